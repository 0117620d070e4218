import CrimeGraph
import Foundation

/// Cypher literals, escaped so that no value can end a string or inject a clause.
enum CypherText {
    /// A single-quoted string: `\` `'` `"` and control characters escaped.
    static func string(_ text: String) -> String {
        var output = "'"
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": output += "\\\\"
            case "'": output += "\\'"
            case "\"": output += "\\\""
            case "\n": output += "\\n"
            case "\r": output += "\\r"
            case "\t": output += "\\t"
            case "\u{8}": output += "\\b"
            case "\u{C}": output += "\\f"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F || scalar.value == 0x2028 || scalar.value == 0x2029 {
                    let hex = String(scalar.value, radix: 16, uppercase: true)
                    output += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    output.unicodeScalars.append(scalar)
                }
            }
        }
        return output + "'"
    }

    /// A name (label, type, property key): plain when it is an identifier, else in backticks
    /// with backticks doubled.
    static func name(_ text: String) -> String {
        let isPlain = text.utf8.enumerated().allSatisfy { position, byte in
            (byte | 0x20 >= UInt8(ascii: "a") && byte | 0x20 <= UInt8(ascii: "z")) || byte == UInt8(ascii: "_")
                || (position > 0 && byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9"))
        }
        return isPlain && !text.isEmpty ? text : "`" + text.replacingScalar("`", with: "``") + "`"
    }

    /// A float literal Cypher reads (`1.5`, `1e20`: no `+` in exponents); nil for NaN and
    /// infinities, which Cypher literals cannot express.
    static func number(_ value: Double) -> String? {
        guard value.isFinite else { return nil }
        var text = "\(value)"
        text = text.replacingOccurrences(of: "e+", with: "e")
        if !text.contains(".") && !text.contains("e") { text += ".0" }
        return text
    }
}
