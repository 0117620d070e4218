import CrimeGraph

/// Property values as Neo4j holds them: strings, integers, floats, booleans, homogeneous lists
/// of them; anything else (quantities, mixed lists, citations) as JSON text.
enum Neo4jValue {
    case string(String)
    case integer(Int)
    case number(Double)
    case boolean(Bool)
    case strings([String])
    case date(String)

    /// The Neo4j form of a property value.
    init(_ value: PropertyValue) {
        switch value {
        case .string(let text): self = .string(text)
        case .integer(let number): self = .integer(number)
        case .number(let number): self = number.isFinite ? .number(number) : .string(NumberText.exact(number))
        case .boolean(let flag): self = .boolean(flag)
        case .quantity: self = .string(CaseFileEncoder.propertyValue(value).serialized(pretty: false))
        case .list(let items):
            var strings: [String] = []
            for item in items {
                guard case .string(let text) = item else {
                    self = .string(CaseFileEncoder.propertyValue(value).serialized(pretty: false))
                    return
                }
                strings.append(text)
            }
            self = .strings(strings)
        }
    }

    /// The `neo4j-admin` header type.
    var headerType: String {
        switch self {
        case .string: return ""
        case .integer: return ":long"
        case .number: return ":double"
        case .boolean: return ":boolean"
        case .strings: return ":string[]"
        case .date: return ":date"
        }
    }
}
