import CrimeGraph

/// A Cypher value while a query runs. Nodes and relationships are indices into the graph the
/// query reads, so rows stay small; ``QueryValue`` is the materialized form handed to callers.
///
/// Null semantics, comparison and ordering follow openCypher: see `Value+Equality.swift`,
/// `Value+Comparison.swift` and `Value+Ordering.swift`.
enum Value: Sendable {
    case null
    case bool(Bool)
    case int(Int)
    case float(Double)
    case string(String)
    case list([Value])
    case map(ValueMap)
    case node(Int)
    case relationship(Int)
    case path(PathValue)
    /// Boxed, so that a value stays as small as a string.
    indirect case date(CaseDate)

    /// Whether this is `null`.
    var isNull: Bool {
        if case .null = self { return true }
        return false
    }

    /// The Cypher type name, for messages: `Integer`, `String`, `Node`, ….
    var typeName: String {
        switch self {
        case .null: return "Null"
        case .bool: return "Boolean"
        case .int: return "Integer"
        case .float: return "Float"
        case .string: return "String"
        case .list: return "List"
        case .map: return "Map"
        case .node: return "Node"
        case .relationship: return "Relationship"
        case .path: return "Path"
        case .date: return "Date"
        }
    }

    /// The numeric value of an integer or float.
    var number: Double? {
        switch self {
        case .int(let value): return Double(value)
        case .float(let value): return value
        default: return nil
        }
    }
}

/// A map value: keys in the order written, looked up linearly (maps are small).
struct ValueMap: Sendable {
    private(set) var keys: [String] = []
    private(set) var values: [Value] = []

    init() {}

    init(keys: [String], values: [Value]) {
        for (key, value) in zip(keys, values) { self[key] = value }
    }

    var count: Int { keys.count }
    var isEmpty: Bool { keys.isEmpty }

    /// The value for `key`; setting a key already present replaces its value in place.
    subscript(key: String) -> Value? {
        get { keys.firstIndex(of: key).map { values[$0] } }
        set {
            if let index = keys.firstIndex(of: key) {
                if let newValue {
                    values[index] = newValue
                } else {
                    keys.remove(at: index)
                    values.remove(at: index)
                }
            } else if let newValue {
                keys.append(key)
                values.append(newValue)
            }
        }
    }

    /// Key–value pairs in order.
    var entries: Zip2Sequence<[String], [Value]> { zip(keys, values) }
}

/// A path: `nodes.count == relationships.count + 1`, relationships in traversal order.
struct PathValue: Sendable, Hashable {
    var nodes: [Int]
    var relationships: [Int]

    var length: Int { relationships.count }
}
