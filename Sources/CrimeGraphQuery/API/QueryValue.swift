import CrimeGraph

/// A value in a query result, or a parameter passed to a query.
///
/// Nodes, relationships and paths come materialized with their labels and properties; their
/// `index` is the entity's or relationship's index in the `Graph` queried.
public enum QueryValue: Sendable, Hashable, CustomStringConvertible, ExpressibleByStringLiteral,
    ExpressibleByIntegerLiteral, ExpressibleByFloatLiteral, ExpressibleByBooleanLiteral, ExpressibleByArrayLiteral,
    ExpressibleByNilLiteral
{
    /// No value.
    case null
    /// `true` or `false`.
    case boolean(Bool)
    /// A 64-bit integer.
    case integer(Int)
    /// A double-precision float.
    case float(Double)
    /// Text.
    case string(String)
    /// A list of values.
    case list([QueryValue])
    /// A map from keys to values.
    case map(QueryMap)
    /// A node: an entity.
    case node(QueryNode)
    /// A relationship.
    case relationship(QueryRelationship)
    /// A path of nodes and relationships.
    case path(QueryPath)
    /// A date, at the precision and with the range the case file gives.
    case date(CaseDate)

    /// A string.
    public init(stringLiteral value: String) { self = .string(value) }
    /// An integer.
    public init(integerLiteral value: Int) { self = .integer(value) }
    /// A float.
    public init(floatLiteral value: Double) { self = .float(value) }
    /// A boolean.
    public init(booleanLiteral value: Bool) { self = .boolean(value) }
    /// A list.
    public init(arrayLiteral elements: QueryValue...) { self = .list(elements) }
    /// Null.
    public init(nilLiteral: ()) { self = .null }

    /// The text of a string value.
    public var stringValue: String? {
        if case .string(let text) = self { return text }
        return nil
    }

    /// The value of an integer.
    public var integerValue: Int? {
        if case .integer(let number) = self { return number }
        return nil
    }

    /// Whether this is null.
    public var isNull: Bool { self == .null }

    /// Cypher literal syntax: `'text'`, `1.5`, `[1, 2]`, `{key: 'v'}`, nodes as
    /// `(:kind:tag {id: 'x', …})`, relationships as `[:type {…}]`, paths as `<(…)-[…]->(…)>`.
    public var description: String {
        switch self {
        case .null: return "null"
        case .boolean(let flag): return flag ? "true" : "false"
        case .integer(let number): return String(number)
        case .float(let number): return ValueText.float(number)
        case .string(let text): return "'" + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "'", with: "\\'") + "'"
        case .list(let items): return "[" + items.map(\.description).joined(separator: ", ") + "]"
        case .map(let map): return map.description
        case .node(let node): return node.description
        case .relationship(let relationship): return relationship.description
        case .path(let path): return path.description
        case .date(let date): return "date('\(date.iso)')"
        }
    }
}

/// A map value: keys in a stable order (as written, or as the case file lists properties).
public struct QueryMap: Sendable, Hashable, RandomAccessCollection, CustomStringConvertible,
    ExpressibleByDictionaryLiteral
{
    /// One key and its value.
    public struct Entry: Sendable, Hashable {
        /// The key.
        public let key: String
        /// The value.
        public let value: QueryValue

        /// Creates an entry.
        public init(key: String, value: QueryValue) {
            self.key = key
            self.value = value
        }
    }

    /// The entries in order.
    public let entries: [Entry]

    /// A map from entries; a repeated key keeps its last value.
    public init(_ entries: [Entry]) {
        var kept: [Entry] = []
        for entry in entries {
            if let index = kept.firstIndex(where: { $0.key == entry.key }) { kept[index] = entry } else { kept.append(entry) }
        }
        self.entries = kept
    }

    /// A map from key–value pairs in order.
    public init(dictionaryLiteral elements: (String, QueryValue)...) {
        self.init(elements.map { Entry(key: $0.0, value: $0.1) })
    }

    /// The position of the first entry.
    public var startIndex: Int { entries.startIndex }
    /// The position after the last entry.
    public var endIndex: Int { entries.endIndex }
    /// The entry at a position.
    public subscript(position: Int) -> Entry { entries[position] }

    /// The value for `key`.
    public subscript(key: String) -> QueryValue? { entries.first { $0.key == key }?.value }

    /// The keys in order.
    public var keys: [String] { entries.map(\.key) }

    /// Maps are equal when they have the same keys with equal values, in any order.
    public static func == (lhs: QueryMap, rhs: QueryMap) -> Bool {
        lhs.entries.count == rhs.entries.count && lhs.entries.allSatisfy { rhs[$0.key] == $0.value }
    }

    /// Hashes the keys (values are compared by `==`).
    public func hash(into hasher: inout Hasher) {
        for key in keys.sorted() { hasher.combine(key) }
    }

    /// `{key: value, …}`.
    public var description: String {
        "{" + entries.map { "\($0.key): \($0.value)" }.joined(separator: ", ") + "}"
    }
}

/// A node in a result.
public struct QueryNode: Sendable, Hashable, CustomStringConvertible {
    /// The entity's index in the graph.
    public let index: Int
    /// Its labels: the entity kind, then its tags.
    public let labels: [String]
    /// Its properties: `id`, `name`, `kind`, …, then the case file's.
    public let properties: QueryMap

    /// Creates a node value.
    public init(index: Int, labels: [String], properties: QueryMap) {
        self.index = index
        self.labels = labels
        self.properties = properties
    }

    /// The entity id (the `id` property), when there is one.
    public var id: String? { properties["id"]?.stringValue }
    /// The display name (the `name` property), when there is one.
    public var name: String? { properties["name"]?.stringValue }

    /// `(:label {key: value})`.
    public var description: String {
        "(" + labels.map { ":" + $0 }.joined() + (properties.isEmpty ? "" : (labels.isEmpty ? "" : " ") + properties.description) + ")"
    }
}

/// A relationship in a result.
public struct QueryRelationship: Sendable, Hashable, CustomStringConvertible {
    /// The relationship's index in the graph.
    public let index: Int
    /// Its type (relation kind).
    public let type: String
    /// The index of the node it starts from.
    public let startIndex: Int
    /// The index of the node it points to.
    public let endIndex: Int
    /// Its properties: `id`, `kind`, `date`, …, then the case file's.
    public let properties: QueryMap

    /// Creates a relationship value.
    public init(index: Int, type: String, startIndex: Int, endIndex: Int, properties: QueryMap) {
        self.index = index
        self.type = type
        self.startIndex = startIndex
        self.endIndex = endIndex
        self.properties = properties
    }

    /// `[:type {key: value}]`.
    public var description: String {
        "[:" + type + (properties.isEmpty ? "" : " " + properties.description) + "]"
    }
}

/// A path in a result: `nodes.count == relationships.count + 1`.
public struct QueryPath: Sendable, Hashable, CustomStringConvertible {
    /// The nodes, in order.
    public let nodes: [QueryNode]
    /// The relationships, in order; each joins the nodes before and after it, either way.
    public let relationships: [QueryRelationship]

    /// Creates a path value.
    public init(nodes: [QueryNode], relationships: [QueryRelationship]) {
        self.nodes = nodes
        self.relationships = relationships
    }

    /// The number of relationships.
    public var length: Int { relationships.count }

    /// `<(…)-[…]->(…)<-[…]-(…)>`.
    public var description: String {
        guard let first = nodes.first else { return "<>" }
        var text = "<" + first.description
        var previous = first
        for (relationship, node) in zip(relationships, nodes.dropFirst()) {
            text += relationship.startIndex == previous.index ? "-\(relationship)->" : "<-\(relationship)-"
            text += node.description
            previous = node
        }
        return text + ">"
    }
}

extension String {
    /// Scalar by scalar for a one-scalar target: a quote followed by a combining mark is one
    /// character, and must still be escaped.
    func replacingOccurrences(of target: String, with replacement: String) -> String {
        guard target.unicodeScalars.count == 1, let match = target.unicodeScalars.first else {
            return split(separator: target, omittingEmptySubsequences: false).joined(separator: replacement)
        }
        var output = String.UnicodeScalarView()
        for scalar in unicodeScalars {
            if scalar == match { output.append(contentsOf: replacement.unicodeScalars) } else { output.append(scalar) }
        }
        return String(output)
    }
}
