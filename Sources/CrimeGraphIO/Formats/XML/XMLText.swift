/// Escapes text for XML output.
enum XMLText {
    /// `text` safe inside an attribute value in double quotes or in character data: markup
    /// characters as entities; tabs, line ends and other controls as character references, so
    /// they survive attribute normalization; characters XML 1.0 cannot hold at all (NUL and
    /// most C0 controls) are replaced by U+FFFD.
    static func escaped(_ text: String) -> String {
        var needs = false
        for byte in text.utf8 where byte < 0x20 || byte == UInt8(ascii: "<") || byte == UInt8(ascii: ">")
            || byte == UInt8(ascii: "&") || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'")
        {
            needs = true
            break
        }
        if !needs && !text.unicodeScalars.contains(where: { $0.value == 0xFFFE || $0.value == 0xFFFF }) { return text }
        var output = ""
        output.reserveCapacity(text.utf8.count + 16)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "<": output += "&lt;"
            case ">": output += "&gt;"
            case "&": output += "&amp;"
            case "\"": output += "&quot;"
            case "'": output += "&apos;"
            case "\t": output += "&#9;"
            case "\n": output += "&#10;"
            case "\r": output += "&#13;"
            default:
                if scalar.value < 0x20 || scalar.value == 0xFFFE || scalar.value == 0xFFFF {
                    output.unicodeScalars.append("\u{FFFD}")
                } else {
                    output.unicodeScalars.append(scalar)
                }
            }
        }
        return output
    }

    /// Whether `text` holds characters XML cannot (they are written as U+FFFD).
    static func hasUnrepresentable(_ text: String) -> Bool {
        text.unicodeScalars.contains { ($0.value < 0x20 && $0 != "\t" && $0 != "\n" && $0 != "\r") || $0.value == 0xFFFE || $0.value == 0xFFFF }
    }
}
