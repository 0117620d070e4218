import CrimeGraph

/// A value as a foreign format holds it: typed (GraphML, GEXF, typed CSV headers) or text, or
/// JSON text for what the format has no type for (lists, quantities, citations, qualified
/// dates).
enum ForeignValue: Hashable, Sendable {
    case string(String)
    case integer(Int)
    case number(Double)
    case boolean(Bool)
    /// JSON text of a case-file value.
    case json(String)

    /// The type a column or key must declare to hold this value.
    var type: ForeignType {
        switch self {
        case .string: return .string
        case .integer: return .integer
        case .number: return .number
        case .boolean: return .boolean
        case .json: return .json
        }
    }

    /// The value as text: numbers in their shortest exact form, JSON as is.
    var text: String {
        switch self {
        case .string(let text), .json(let text): return text
        case .integer(let value): return String(value)
        case .number(let value): return NumberText.exact(value)
        case .boolean(let value): return value ? "true" : "false"
        }
    }

    /// The value as JSON text, for a key that holds several types.
    var jsonText: String {
        switch self {
        case .json(let text): return text
        case .string(let text): return JSONValue.string(text).serialized(pretty: false)
        case .integer(let value): return String(value)
        case .number(let value): return value.isFinite ? NumberText.exact(value) : JSONValue.string(NumberText.exact(value)).serialized(pretty: false)
        case .boolean(let value): return value ? "true" : "false"
        }
    }

    /// A property value as a foreign value: scalars typed, quantities and lists as JSON.
    init(_ value: PropertyValue) {
        switch value {
        case .string(let text): self = .string(text)
        case .integer(let number): self = .integer(number)
        case .number(let number): self = .number(number)
        case .boolean(let flag): self = .boolean(flag)
        case .quantity, .list: self = .json(CaseFileEncoder.propertyValue(value).serialized(pretty: false))
        }
    }
}

/// The declared type of a key or column.
enum ForeignType: String, Hashable, Sendable {
    case string, integer, number, boolean, json

    /// The single type that holds every value of `types`: itself when they agree, JSON when
    /// they do not (so an integer stays an integer and a string a string on the way back).
    static func common(_ types: Set<ForeignType>) -> ForeignType {
        types.count == 1 ? types.first ?? .string : .json
    }

    /// Converts a value to this type's written form.
    func encode(_ value: ForeignValue) -> String { self == .json ? value.jsonText : value.text }
}

/// One attribute of a node or an edge in a foreign file.
struct ForeignAttribute: Sendable {
    /// Its name (GraphML `attr.name`, GEXF `title`, CSV header, DOT attribute).
    var name: String
    /// Its value.
    var value: ForeignValue
    /// Where it was read, for messages.
    var location: SourceLocation?
}
