import CrimeGraph

/// A GraphML `<key>`: the declaration of an attribute that `<data>` elements give values of.
struct GraphMLKey: Sendable {
    /// What a key applies to.
    enum Domain: String, Sendable {
        case node, edge, graph, all, other
    }

    /// The declared value type (`attr.type`).
    enum ValueType: String, Sendable {
        case string, int, long, float, double, boolean

        init(declared: String?) {
            switch declared?.lowercased() {
            case "int", "integer": self = .int
            case "long": self = .long
            case "float": self = .float
            case "double": self = .double
            case "boolean", "bool": self = .boolean
            default: self = .string
            }
        }
    }

    /// The `id` that `<data key=…>` refers to.
    let id: String
    /// The attribute's name (`attr.name`, else the id).
    let name: String
    /// The declared type.
    let type: ValueType
    /// What it applies to (`for`).
    let domain: Domain
    /// yEd's `yfiles.type` (`nodegraphics`, `edgegraphics`, …), whose data is nested XML.
    let yfilesType: String?
    /// Whether values are JSON text (CrimeGraph marks such keys with an id ending in `.json`).
    var isJSON: Bool { id.hasSuffix(GraphMLKey.jsonSuffix) && type == .string }
    /// The `<default>` value, if any.
    var defaultValue: String?

    /// The id suffix that marks JSON-valued keys.
    static let jsonSuffix = ".json"

    /// Whether the key applies to `domain`.
    func applies(to domain: Domain) -> Bool { self.domain == domain || self.domain == .all }

    /// Parses a value of this key's type; a value that does not fit is described in `problem`.
    func value(of text: String) -> (value: ForeignValue?, problem: String?) {
        switch type {
        case .string: return (isJSON ? .json(text) : .string(text), nil)
        case .int, .long:
            let trimmed = GraphMLKey.trimmed(text)
            if let integer = NumberParsing.integer(trimmed) { return (.integer(integer), nil) }
            // Some writers put 3.0 in an int key; keep it when it is whole.
            if let number = NumberParsing.double(trimmed), number == number.rounded(), abs(number) < 9e15 {
                return (.integer(Int(number)), nil)
            }
            return (nil, "'\(ElementDecoder.short(text))' is not a whole number (key '\(name)' is declared \(type.rawValue))")
        case .float, .double:
            if let number = NumberParsing.double(GraphMLKey.trimmed(text)) { return (.number(number), nil) }
            return (nil, "'\(ElementDecoder.short(text))' is not a number (key '\(name)' is declared \(type.rawValue))")
        case .boolean:
            switch GraphMLKey.trimmed(text).lowercased() {
            case "true", "1": return (.boolean(true), nil)
            case "false", "0": return (.boolean(false), nil)
            default: return (nil, "'\(ElementDecoder.short(text))' is not true or false (key '\(name)' is declared boolean)")
            }
        }
    }

    static func trimmed(_ text: String) -> String {
        var slice = text[...]
        while let first = slice.first, first.isWhitespace { slice = slice.dropFirst() }
        while let last = slice.last, last.isWhitespace { slice = slice.dropLast() }
        return String(slice)
    }
}
