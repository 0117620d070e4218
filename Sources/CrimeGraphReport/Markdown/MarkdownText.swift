/// Escaping for GitHub-flavoured Markdown: user text is shown as written, never read as
/// emphasis, links, tables or HTML.
public enum MarkdownText {
    /// Backslash-escapes the characters Markdown (and its inline HTML) would interpret:
    /// `\ ` * _ [ ] < > | # ~ $`, `&` before what could be a character reference; newlines
    /// become spaces.
    public static func escape(_ text: String) -> String {
        var out = ""
        let scalars = Array(text.unicodeScalars)
        for (position, scalar) in scalars.enumerated() {
            switch scalar {
            case "\\", "`", "*", "_", "[", "]", "<", ">", "|", "#", "~", "$":
                out += "\\"
                out.unicodeScalars.append(scalar)
            case "&":
                let next = position + 1 < scalars.count ? scalars[position + 1] : " "
                out += next.properties.isAlphabetic || next == "#" ? "\\&" : "&"
            case "\n", "\r", "\t": out += " "
            default: out.unicodeScalars.append(scalar)
            }
        }
        // A paragraph or cell starting with these could become a list, a quote or a heading.
        if let first = out.first, "-+=".contains(first) { out = "\\" + out }
        return out
    }

    /// A heading's link target as GitHub makes it: lowercase, punctuation removed, spaces as `-`.
    public static func anchor(_ heading: String) -> String {
        var out = ""
        for character in heading.lowercased() {
            if character.isLetter || character.isNumber || character == "-" || character == "_" {
                out.append(character)
            } else if character == " " {
                out.append("-")
            }
        }
        return out
    }
}
