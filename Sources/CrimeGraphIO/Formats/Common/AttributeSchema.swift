/// The declared type of each attribute name across all elements of one domain (nodes or
/// edges), in first-seen order: a name whose values disagree in type is written as JSON.
struct AttributeSchema {
    private(set) var names: [String] = []
    private var types: [String: Set<ForeignType>] = [:]

    /// Notes the attributes of one element.
    mutating func add(_ attributes: [(name: String, value: ForeignValue)]) {
        for attribute in attributes {
            if types[attribute.name] == nil { names.append(attribute.name) }
            types[attribute.name, default: []].insert(attribute.value.type)
        }
    }

    /// The type every value of `name` is written as.
    func type(of name: String) -> ForeignType { ForeignType.common(types[name] ?? [.string]) }

    /// The XML declaration of every name, in order, as GraphML keys and GEXF attributes share
    /// it: its id (`prefix` and its number, with GraphML's `.json` suffix when it holds JSON)
    /// and its XML Schema type (`string`, `long`, `double`, `boolean`).
    func xmlDeclarations(prefix: String) -> [(name: String, id: String, type: String)] {
        names.enumerated().map { number, name in
            let type = type(of: name)
            let declared = switch type {
            case .string, .json: "string"
            case .integer: "long"
            case .number: "double"
            case .boolean: "boolean"
            }
            return (name, prefix + String(number) + (type == .json ? GraphMLKey.jsonSuffix : ""), declared)
        }
    }
}
