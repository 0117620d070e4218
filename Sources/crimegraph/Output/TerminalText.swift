/// Text from input files made safe to show on a terminal: a name in a leaked file must not
/// move the cursor, recolour or clear the screen, set the window title or the clipboard
/// (escape sequences), hide what precedes it (a carriage return), or reorder the text around
/// it (Unicode bidirectional embeddings, overrides and isolates, as in "Trojan Source").
///
/// Such characters are shown as `<U+001B>`; right-to-left scripts, combining marks and every
/// other character are shown as they are. Only what people read goes through this — tables
/// and messages; JSON, CSV and files keep the data exactly.
enum TerminalText {
    /// `text` with control and bidirectional-formatting characters made visible; newlines are
    /// kept when `keepingNewlines`, else shown too (one message, one line).
    static func safe(_ text: String, keepingNewlines: Bool = true) -> String {
        guard text.unicodeScalars.contains(where: { isUnsafe($0, keepingNewlines: keepingNewlines) }) else { return text }
        var output = ""
        output.unicodeScalars.reserveCapacity(text.unicodeScalars.count + 16)
        for scalar in text.unicodeScalars {
            if isUnsafe(scalar, keepingNewlines: keepingNewlines) {
                let hex = String(scalar.value, radix: 16, uppercase: true)
                output += "<U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex + ">"
            } else {
                output.unicodeScalars.append(scalar)
            }
        }
        return output
    }

    static func isUnsafe(_ scalar: Unicode.Scalar, keepingNewlines: Bool) -> Bool {
        switch scalar.value {
        case 0x0A: return !keepingNewlines
        case 0x09: return false
        case 0x00...0x1F, 0x7F...0x9F: return true
        case 0x202A...0x202E, 0x2066...0x2069: return true
        case 0x2028, 0x2029: return true
        default: return false
        }
    }
}
