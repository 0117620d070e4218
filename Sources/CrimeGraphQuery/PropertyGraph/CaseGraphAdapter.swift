import CrimeGraph

/// CrimeGraph's indexed `Graph` as a property graph.
///
/// - Labels: an entity's kind, then its tags.
/// - Relationship types: relation kinds.
/// - Node properties: `id`, `name`, `kind`, `aliases` and `tags` (lists, when there are any),
///   `date`, then the case file's properties. Relationship properties: `id`, `kind`, `date`,
///   `weight`, then the case file's properties.
/// - A quantity reads as its number (an integer when whole); a vague figure with no number is
///   null. Lists of quantities are lists of numbers.
///
/// Making one is O(1): the adjacency arrays are shared with the graph, and the tag index is
/// built only when a query names a label that is not an entity kind.
final class CaseGraphAdapter: PropertyGraph {
    let graph: Graph
    let topology: Topology
    /// The graph's counts, read once: `nodeExists` runs for every node a match reaches.
    private let entityCount: Int
    private let relationshipCount: Int
    private var tagIndexCache: [String: [Int]]?

    init(_ graph: Graph) {
        self.graph = graph
        entityCount = graph.entityCount
        relationshipCount = graph.relationshipCount
        let undirected = !graph.isDirected
        topology = Topology(
            outgoing: NeighborLists(graph.isDirected ? graph.outgoing : graph.undirected),
            incoming: undirected ? .empty : NeighborLists(graph.incoming),
            sources: graph.relationshipSources, targets: graph.relationshipTargets,
            typeCodes: graph.relationKindCodes, isUndirected: undirected)
    }

    var nodes: NodeSet { .range(0..<graph.entityCount) }
    var isWritable: Bool { false }

    // MARK: Labels

    func labels(ofNode node: Int) -> [String] {
        [graph.kind(of: node).rawValue] + graph.tags(of: node).filter { $0 != graph.kind(of: node).rawValue }
    }

    func node(_ node: Int, hasLabel label: String) -> Bool {
        graph.kind(of: node).rawValue == label || graph.tags(of: node).contains(label)
    }

    /// Tag → entities, built on first use. - Complexity: O(n) once.
    private var tagIndex: [String: [Int]] {
        if let tagIndexCache { return tagIndexCache }
        var index: [String: [Int]] = [:]
        for entity in 0..<graph.entityCount {
            for tag in graph.tags(of: entity) { index[tag, default: []].append(entity) }
        }
        tagIndexCache = index
        return index
    }

    /// The entities of the kind `label` and those tagged `label`.
    /// - Complexity: O(k) for k results, after the O(n) tag index is built.
    func nodes(withLabel label: String) -> [Int] {
        let ofKind = graph.entities(ofKind: EntityKind(rawValue: label))
        guard let tagged = tagIndex[label] else { return ofKind }
        if ofKind.isEmpty { return tagged }
        return Array(Set(ofKind).union(tagged)).sorted()
    }

    func estimatedCount(ofLabel label: String) -> Int {
        if let count = graph.entityCountsByKind[EntityKind(rawValue: label)] { return count }
        return tagIndex[label]?.count ?? 0
    }

    var labelNames: [String] { graph.entityKinds.map(\.rawValue) + tagIndex.keys.sorted() }

    // MARK: Types

    func typeName(ofRelationship relationship: Int) -> String { graph.relationKind(of: relationship).rawValue }

    func typeCode(named name: String) -> UInt16? {
        graph.relationKinds.firstIndex(of: RelationKind(rawValue: name)).map { UInt16($0) }
    }

    var typeNames: [String] { graph.relationKinds.map(\.rawValue) }

    // MARK: Properties

    func property(ofNode node: Int, key: String) -> Value {
        switch key {
        case "id": return .string(graph.id(of: node))
        case "name": return .string(graph.name(of: node))
        case "kind": return .string(graph.kind(of: node).rawValue)
        case "aliases":
            let aliases = graph.aliases(of: node)
            return aliases.isEmpty ? .null : .list(aliases.map(Value.string))
        case "tags":
            let tags = graph.tags(of: node)
            return tags.isEmpty ? .null : .list(tags.map(Value.string))
        case "date": return graph.date(ofEntity: node).map(Value.date) ?? .null
        default: return graph.properties(ofEntity: node)[key].map(CaseGraphAdapter.value) ?? .null
        }
    }

    func properties(ofNode node: Int) -> ValueMap {
        var map = ValueMap()
        for key in ["id", "name", "kind", "aliases", "tags", "date"] {
            let value = property(ofNode: node, key: key)
            if !value.isNull { map[key] = value }
        }
        for property in graph.properties(ofEntity: node) where map[property.key] == nil {
            let value = CaseGraphAdapter.value(property.value)
            if !value.isNull { map[property.key] = value }
        }
        return map
    }

    func property(ofRelationship relationship: Int, key: String) -> Value {
        switch key {
        case "id": return .string(graph.relationshipID(of: relationship))
        case "kind": return .string(graph.relationKind(of: relationship).rawValue)
        case "date": return graph.date(ofRelationship: relationship).map(Value.date) ?? .null
        case "weight": return graph.weight(of: relationship).map(Value.float) ?? .null
        default: return graph.properties(ofRelationship: relationship)[key].map(CaseGraphAdapter.value) ?? .null
        }
    }

    func properties(ofRelationship relationship: Int) -> ValueMap {
        var map = ValueMap()
        for key in ["id", "kind", "date", "weight"] {
            let value = property(ofRelationship: relationship, key: key)
            if !value.isNull { map[key] = value }
        }
        for property in graph.properties(ofRelationship: relationship) where map[property.key] == nil {
            let value = CaseGraphAdapter.value(property.value)
            if !value.isNull { map[property.key] = value }
        }
        return map
    }

    /// A case-file property value as a Cypher value.
    static func value(_ property: PropertyValue) -> Value {
        switch property {
        case .string(let text): return .string(text)
        case .integer(let number): return .int(number)
        case .number(let number): return .float(number)
        case .boolean(let flag): return .bool(flag)
        case .quantity(let quantity):
            guard let number = quantity.value else { return .null }
            if let whole = Int(exactly: number) { return .int(whole) }
            return .float(number)
        case .list(let items): return .list(items.map(value))
        }
    }

    func nodes(withProperty key: String, equalTo value: Value) -> [Int]? {
        switch (key, value) {
        case ("id", .string(let id)): return graph.index(ofEntity: id).map { [$0] } ?? []
        case ("name", .string(let name)): return graph.entities(named: name).filter { graph.name(of: $0) == name }
        case ("id", _), ("name", _): return []
        default: return nil
        }
    }

    func nodeExists(_ node: Int) -> Bool { node >= 0 && node < entityCount }
    func relationshipExists(_ relationship: Int) -> Bool { relationship >= 0 && relationship < relationshipCount }
}

extension NeighborLists {
    /// Shares the arrays of CrimeGraph's adjacency (no copy).
    init(_ adjacency: Adjacency) {
        self.init(offsets: adjacency.offsets, targets: adjacency.targets, edges: adjacency.edges)
    }
}
