import CrimeGraph

/// A parsed YAML or JSON document as a tree whose every node knows its line and column.
///
/// Both formats parse into this one tree, so the case-file decoder, and every message it
/// gives, is the same for YAML and JSON.
public struct DocumentNode: Sendable {
    /// What the node holds.
    public enum Value: Sendable {
        /// A scalar's text; `isQuoted` tells a string `"12"` from the number `12`.
        case scalar(String, isQuoted: Bool)
        /// Key–value pairs in document order.
        case mapping([Pair])
        /// Items in order.
        case sequence([DocumentNode])
    }

    /// One entry of a mapping.
    public struct Pair: Sendable {
        /// The key node (a scalar in every case file).
        public var key: DocumentNode
        /// The value node.
        public var value: DocumentNode
    }

    /// The content.
    public var value: Value
    /// Where the node starts.
    public var location: SourceLocation

    /// The scalar text, if this is a scalar.
    public var scalarText: String? {
        if case .scalar(let text, _) = value { return text }
        return nil
    }

    /// Whether this is an unquoted `null`, `~` or empty scalar.
    public var isNull: Bool {
        if case .scalar(let text, let quoted) = value, !quoted { return text.isEmpty || text == "null" || text == "~" }
        return false
    }

    /// A short name for the node's type, for messages: "a mapping", "a list", "a string".
    public var typeDescription: String {
        switch value {
        case .mapping: return "a mapping"
        case .sequence: return "a list"
        case .scalar(let text, let quoted):
            if quoted { return "a string" }
            if isNull { return "null" }
            if text == "true" || text == "false" { return "a boolean" }
            if ScalarSyntax.integer(text) != nil || ScalarSyntax.number(text) != nil { return "a number" }
            return "a string"
        }
    }
}

/// How plain (unquoted) scalars read: the YAML 1.2 core schema, which JSON also follows.
/// `yes`/`no`/`on`/`off` are strings, not booleans.
enum ScalarSyntax {
    static func integer(_ text: String) -> Int? {
        guard let first = text.utf8.first, first == UInt8(ascii: "-") || first == UInt8(ascii: "+") || (48...57).contains(first)
        else { return nil }
        return Int(text.hasPrefix("+") ? String(text.dropFirst()) : text)
    }

    static func number(_ text: String) -> Double? {
        let lowered = text.lowercased()
        switch lowered {
        case ".inf", "+.inf": return .infinity
        case "-.inf": return -.infinity
        case ".nan": return .nan
        default: break
        }
        guard let first = text.utf8.first,
            first == UInt8(ascii: "-") || first == UInt8(ascii: "+") || first == UInt8(ascii: ".") || (48...57).contains(first),
            text.utf8.allSatisfy({ (48...57).contains($0) || $0 == 46 || $0 == 101 || $0 == 69 || $0 == 43 || $0 == 45 })
        else { return nil }
        return Double(text)
    }
}
