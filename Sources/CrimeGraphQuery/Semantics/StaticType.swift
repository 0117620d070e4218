/// What the analyzer knows of an expression's type before the query runs. `any` when it
/// cannot tell (a property, a parameter, a list element); the checks that reject a query at
/// compile time only fire on types known for certain.
enum StaticType: Sendable, Hashable {
    case any, null, boolean, integer, float, string, list, map, node, relationship, path, date
    /// A variable-length relationship's list of relationships.
    case relationshipList

    /// The type of a literal value.
    init(of value: Value) {
        switch value {
        case .null: self = .null
        case .bool: self = .boolean
        case .int: self = .integer
        case .float: self = .float
        case .string: self = .string
        case .list: self = .list
        case .map: self = .map
        case .node: self = .node
        case .relationship: self = .relationship
        case .path: self = .path
        case .date: self = .date
        }
    }

    /// Whether a value of this type might be a node (unknown and null included).
    var mayBeNode: Bool { self == .any || self == .null || self == .node }
    /// Whether a value of this type might be a relationship.
    var mayBeRelationship: Bool { self == .any || self == .null || self == .relationship }
    /// Whether a value of this type might be a boolean.
    var mayBeBoolean: Bool { self == .any || self == .null || self == .boolean }
    /// Whether a value of this type might be a list.
    var mayBeList: Bool { self == .any || self == .null || self == .list || self == .relationshipList }
    /// Whether this type is known to have properties (`.key` access) or might.
    var mayHaveProperties: Bool {
        switch self {
        case .any, .null, .map, .node, .relationship, .date: return true
        default: return false
        }
    }

    /// How the type is named in messages.
    var name: String {
        switch self {
        case .any: return "Any"
        case .null: return "Null"
        case .boolean: return "Boolean"
        case .integer: return "Integer"
        case .float: return "Float"
        case .string: return "String"
        case .list, .relationshipList: return "List"
        case .map: return "Map"
        case .node: return "Node"
        case .relationship: return "Relationship"
        case .path: return "Path"
        case .date: return "Date"
        }
    }
}
