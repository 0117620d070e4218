/// The rows a query returned, with its column names and any warnings (unknown labels or
/// relationship types, with suggestions).
public struct QueryResult: Sendable, Hashable {
    /// The column names: aliases, or the expressions as written.
    public let columns: [String]
    /// The rows, each with one value per column.
    public let rows: [[QueryValue]]
    /// Things that look like mistakes, such as a label no node has.
    public let warnings: [QueryWarning]

    /// Creates a result.
    public init(columns: [String], rows: [[QueryValue]], warnings: [QueryWarning] = []) {
        self.columns = columns
        self.rows = rows
        self.warnings = warnings
    }

    /// The values of one column, by name.
    public func column(_ name: String) -> [QueryValue]? {
        guard let index = columns.firstIndex(of: name) else { return nil }
        return rows.map { $0[index] }
    }
}

extension QueryValue {
    /// The result form of a running value: graph elements materialized from `graph`.
    init(_ value: Value, graph: any PropertyGraph) {
        switch value {
        case .null: self = .null
        case .bool(let flag): self = .boolean(flag)
        case .int(let number): self = .integer(number)
        case .float(let number): self = .float(number)
        case .string(let text): self = .string(text)
        case .list(let items): self = .list(items.map { QueryValue($0, graph: graph) })
        case .map(let map): self = .map(QueryMap(map, graph: graph))
        case .node(let node): self = .node(QueryNode(node, graph: graph))
        case .relationship(let relationship): self = .relationship(QueryRelationship(relationship, graph: graph))
        case .path(let path):
            self = .path(QueryPath(
                nodes: path.nodes.map { QueryNode($0, graph: graph) },
                relationships: path.relationships.map { QueryRelationship($0, graph: graph) }))
        case .date(let date): self = .date(date)
        }
    }

    /// Whether every node and relationship inside is an index of a graph of this size.
    func refersOnlyTo(entityCount: Int, relationshipCount: Int) -> Bool {
        switch self {
        case .node(let node): return (0..<entityCount).contains(node.index)
        case .relationship(let relationship):
            return (0..<relationshipCount).contains(relationship.index) && (0..<entityCount).contains(relationship.startIndex)
                && (0..<entityCount).contains(relationship.endIndex)
        case .path(let path):
            return path.nodes.allSatisfy { QueryValue.node($0).refersOnlyTo(entityCount: entityCount, relationshipCount: relationshipCount) }
                && path.relationships.allSatisfy {
                    QueryValue.relationship($0).refersOnlyTo(entityCount: entityCount, relationshipCount: relationshipCount)
                }
        case .list(let items): return items.allSatisfy { $0.refersOnlyTo(entityCount: entityCount, relationshipCount: relationshipCount) }
        case .map(let map): return map.allSatisfy { $0.value.refersOnlyTo(entityCount: entityCount, relationshipCount: relationshipCount) }
        default: return true
        }
    }

    /// The running form of a parameter value.
    var value: Value {
        switch self {
        case .null: return .null
        case .boolean(let flag): return .bool(flag)
        case .integer(let number): return .int(number)
        case .float(let number): return .float(number)
        case .string(let text): return .string(text)
        case .list(let items): return .list(items.map(\.value))
        case .map(let map): return .map(ValueMap(keys: map.keys, values: map.entries.map(\.value.value)))
        case .node(let node): return .node(node.index)
        case .relationship(let relationship): return .relationship(relationship.index)
        case .path(let path): return .path(PathValue(nodes: path.nodes.map(\.index), relationships: path.relationships.map(\.index)))
        case .date(let date): return .date(date)
        }
    }
}

extension QueryMap {
    init(_ map: ValueMap, graph: any PropertyGraph) {
        self.init(map.entries.map { Entry(key: $0.0, value: QueryValue($0.1, graph: graph)) })
    }
}

extension QueryNode {
    init(_ node: Int, graph: any PropertyGraph) {
        let exists = graph.nodeExists(node)
        self.init(
            index: node, labels: exists ? graph.labels(ofNode: node) : [],
            properties: exists ? QueryMap(graph.properties(ofNode: node), graph: graph) : [:])
    }
}

extension QueryRelationship {
    init(_ relationship: Int, graph: any PropertyGraph) {
        let topology = graph.topology
        self.init(
            index: relationship, type: graph.typeName(ofRelationship: relationship),
            startIndex: Int(topology.sources[relationship]), endIndex: Int(topology.targets[relationship]),
            properties: graph.relationshipExists(relationship)
                ? QueryMap(graph.properties(ofRelationship: relationship), graph: graph) : [:])
    }
}
