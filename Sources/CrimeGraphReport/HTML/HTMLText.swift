import CrimeGraphIO

/// Escaping for each context a user string can reach in an HTML report.
public enum HTMLText {
    /// Text content: `&`, `<`, `>`, `"` and `'` as character references.
    public static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for character in text.unicodeScalars {
            switch character {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            case "\u{0}": out += "\u{FFFD}"
            default: out.unicodeScalars.append(character)
            }
        }
        return out
    }

    /// An attribute value, to be written between double quotes (same escapes as text).
    public static func attribute(_ text: String) -> String { escape(text) }

    /// JSON for a `<script type="application/json">` block: `<`, `>` and `&` written as
    /// `\u003c`, `\u003e`, `\u0026`, so no string can close the script element or open a
    /// comment. These characters only occur inside JSON strings, where the escapes mean the same.
    public static func scriptJSON(_ value: JSONValue) -> String {
        var out = ""
        for character in value.serialized(pretty: false).unicodeScalars {
            switch character {
            case "<": out += "\\u003c"
            case ">": out += "\\u003e"
            case "&": out += "\\u0026"
            default: out.unicodeScalars.append(character)
            }
        }
        return out
    }

    /// Whether `url` may become a link: `http`, `https` or `mailto`.
    public static func isSafeLink(_ url: String) -> Bool {
        let lower = url.lowercased()
        return lower.hasPrefix("http://") || lower.hasPrefix("https://") || lower.hasPrefix("mailto:")
    }
}
