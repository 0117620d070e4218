/// Escaping for the three kinds of text a DOT file holds.
///
/// DOT's lexer only unescapes `\"` in quoted strings; Graphviz then applies its own escapes to
/// labels (`\N` node name, `\G` graph name, `\E` edge name, `\L`/`\l`/`\r`/`\n` line breaks,
/// `\\` a backslash) and expands HTML entities such as `&lt;`. Names from case files are data,
/// so every one of those must come out as the characters the user wrote.
public enum DOTText {
    /// A quoted DOT identifier or attribute value that Graphviz does not reinterpret (ids,
    /// colours, numbers): quotes and backslashes escaped, control characters dropped.
    public static func quoted(_ text: String) -> String {
        var output = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": output += "\\\""
            case "\\": output += "\\\\"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F { continue }
                output.unicodeScalars.append(scalar)
            }
        }
        return output + "\""
    }

    /// A quoted label (an escString attribute: `label`, `xlabel`, `tooltip`): backslashes
    /// doubled so `\N` stays literal, `&` written as `&amp;` so entities stay literal, newlines
    /// as centred line breaks, other control characters dropped.
    public static func label(_ text: String) -> String {
        "\"" + labelBody(text) + "\""
    }

    /// Several lines as one label, each line escaped.
    public static func label(lines: [String]) -> String {
        "\"" + lines.map(labelBody).joined(separator: "\\n") + "\""
    }

    static func labelBody(_ text: String) -> String {
        var output = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": output += "\\\""
            case "\\": output += "\\\\"
            case "&": output += "&amp;"
            case "\n": output += "\\n"
            case "\t": output += " "
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F || scalar == "\u{2028}" || scalar == "\u{2029}" { continue }
                output.unicodeScalars.append(scalar)
            }
        }
        return output
    }

    /// Text inside an HTML-like label (`<…>`): markup characters as entities.
    public static func html(_ text: String) -> String {
        var output = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "<": output += "&lt;"
            case ">": output += "&gt;"
            case "&": output += "&amp;"
            case "\"": output += "&quot;"
            case "'": output += "&#39;"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F { continue }
                output.unicodeScalars.append(scalar)
            }
        }
        return output
    }

    /// Breaks `text` into lines of at most about `width` characters at spaces, so long names
    /// make tall boxes rather than very wide ones. Words longer than `width` stay whole.
    public static func wrap(_ text: String, width: Int) -> [String] {
        var lines: [String] = []
        var current = ""
        for word in text.split(separator: " ", omittingEmptySubsequences: true) {
            if current.isEmpty {
                current = String(word)
            } else if current.count + 1 + word.count <= width {
                current += " " + word
            } else {
                lines.append(current)
                current = String(word)
            }
        }
        if !current.isEmpty || lines.isEmpty { lines.append(current) }
        return lines
    }
}
