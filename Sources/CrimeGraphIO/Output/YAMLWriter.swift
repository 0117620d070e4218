import CrimeGraph

/// Writes a ``JSONValue`` as block-style YAML, with short collections of scalars (citations,
/// quantities, dates) in flow style on one line so that case files stay readable.
///
/// Strings are left plain only when no YAML reader could take them for anything else; every
/// other string is double-quoted with escapes, so the output reads back as the same values in
/// any YAML 1.1 or 1.2 parser.
public enum YAMLWriter {
    /// The longest line a flow collection may take.
    static let flowWidth = 100

    /// A YAML document with a trailing newline.
    public static func document(_ value: JSONValue) -> String {
        var output = ""
        switch value {
        case .object(let members) where !members.isEmpty:
            writeMembers(members, indent: 0, to: &output)
        case .array(let items) where !items.isEmpty:
            writeItems(items, indent: 0, to: &output)
        default:
            output = flow(value) + "\n"
        }
        return output
    }

    private static func writeMembers(_ members: [JSONValue.Member], indent: Int, to output: inout String) {
        let pad = String(repeating: "  ", count: indent)
        for member in members {
            output += pad + key(member.key) + ":"
            writeNested(member.value, indent: indent, to: &output)
        }
    }

    private static func writeItems(_ items: [JSONValue], indent: Int, to output: inout String) {
        let pad = String(repeating: "  ", count: indent)
        for item in items {
            if case .object(let members) = item, !members.isEmpty, !fitsFlow(item, indent: indent + 2) {
                // "- key: value" with the rest of the mapping indented under the first key.
                var nested = ""
                writeMembers(members, indent: indent + 1, to: &nested)
                output += pad + "- " + nested.dropFirst(pad.count + 2)
            } else {
                output += pad + "-"
                writeNested(item, indent: indent, to: &output)
            }
        }
    }

    /// Writes what follows `key:` or `-`: a scalar or flow collection on the same line, or a
    /// block collection on the following lines.
    private static func writeNested(_ value: JSONValue, indent: Int, to output: inout String) {
        switch value {
        case .object(let members) where !members.isEmpty && !fitsFlow(value, indent: indent + 1):
            output += "\n"
            writeMembers(members, indent: indent + 1, to: &output)
        case .array(let items) where !items.isEmpty && !fitsFlow(value, indent: indent + 1):
            output += "\n"
            writeItems(items, indent: indent + 1, to: &output)
        default:
            output += " " + flow(value) + "\n"
        }
    }

    private static func fitsFlow(_ value: JSONValue, indent: Int) -> Bool {
        depth(value) <= 2 && flow(value).count + indent * 2 <= flowWidth
    }

    private static func depth(_ value: JSONValue) -> Int {
        switch value {
        case .object(let members): return 1 + (members.map { depth($0.value) }.max() ?? 0)
        case .array(let items): return 1 + (items.map(depth).max() ?? 0)
        default: return 0
        }
    }

    /// The flow (single-line) form of a value.
    static func flow(_ value: JSONValue) -> String {
        switch value {
        case .string(let text): return scalar(text, inFlow: true)
        case .integer(let number): return String(number)
        case .number(let number):
            if number.isNaN { return ".nan" }
            if number.isInfinite { return number < 0 ? "-.inf" : ".inf" }
            return "\(number)"
        case .boolean(let flag): return flag ? "true" : "false"
        case .null: return "null"
        case .array(let items): return "[" + items.map(flow).joined(separator: ", ") + "]"
        case .object(let members):
            return "{" + members.map { key($0.key) + ": " + flow($0.value) }.joined(separator: ", ") + "}"
        }
    }

    private static func key(_ text: String) -> String { scalar(text, inFlow: true) }

    /// Plain when safe, double-quoted otherwise.
    static func scalar(_ text: String, inFlow: Bool) -> String {
        isPlainSafe(text, inFlow: inFlow) ? text : doubleQuoted(text)
    }

    private static let ambiguousWords: Set<String> = [
        "y", "n", "yes", "no", "on", "off", "true", "false", "null", "~", "nan", "inf",
    ]

    static func isPlainSafe(_ text: String, inFlow: Bool) -> Bool {
        guard let first = text.unicodeScalars.first, let last = text.unicodeScalars.last else { return false }
        if first == " " || last == " " || last == ":" { return false }
        if "-?:,[]{}#&*!|>'\"%@`+.0123456789".unicodeScalars.contains(first) { return false }
        if ambiguousWords.contains(text.lowercased()) { return false }
        if text.contains(": ") || text.contains(" #") { return false }
        for scalar in text.unicodeScalars {
            if scalar.value < 0x20 || scalar.value == 0x7F || (0x80...0x9F).contains(scalar.value) { return false }
            if scalar == "\u{FEFF}" || scalar == "\u{2028}" || scalar == "\u{2029}" || scalar == "\u{85}" { return false }
            if inFlow && ",[]{}".unicodeScalars.contains(scalar) { return false }
        }
        return true
    }

    static func doubleQuoted(_ text: String) -> String {
        var output = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": output += "\\\""
            case "\\": output += "\\\\"
            case "\n": output += "\\n"
            case "\t": output += "\\t"
            case "\r": output += "\\r"
            default:
                let value = scalar.value
                if value < 0x20 || value == 0x7F || (0x80...0x9F).contains(value) || value == 0xFEFF
                    || value == 0x2028 || value == 0x2029
                {
                    let hex = String(value, radix: 16, uppercase: true)
                    output += "\\u" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
                } else {
                    output.unicodeScalars.append(scalar)
                }
            }
        }
        return output + "\""
    }
}
