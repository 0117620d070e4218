/// A small mutable property graph: nodes with any number of labels, typed relationships, and
/// properties of any Cypher value. The openCypher TCK builds its scenario graphs in one with
/// CREATE; queries read it like a case graph.
///
/// Neighbour lists are rebuilt lazily after a change. Deleted nodes and relationships keep
/// their indices (and are skipped), so indices held by a running query stay valid.
final class MemoryGraph: MutablePropertyGraph {
    struct NodeRecord {
        var labels: [String]
        var properties: ValueMap
        var exists = true
    }

    struct RelationshipRecord {
        var type: UInt16
        var source: Int
        var target: Int
        var properties: ValueMap
        var exists = true
    }

    private(set) var nodeRecords: [NodeRecord] = []
    private(set) var relationshipRecords: [RelationshipRecord] = []
    private(set) var typeNames: [String] = []
    private var typeCodes: [String: UInt16] = [:]
    private var cachedTopology: Topology?
    private var cachedNodes: NodeSet?

    init() {}

    var isWritable: Bool { true }

    var nodes: NodeSet {
        if let cachedNodes { return cachedNodes }
        let live = nodeRecords.indices.filter { nodeRecords[$0].exists }
        let set: NodeSet = live.count == nodeRecords.count ? .range(0..<live.count) : .list(live)
        cachedNodes = set
        return set
    }

    /// Neighbour lists over existing relationships, rebuilt after a change.
    /// - Complexity: O(n + m) after a change, O(1) otherwise.
    var topology: Topology {
        if let cachedTopology { return cachedTopology }
        let live = relationshipRecords.indices.filter { relationshipRecords[$0].exists }
        func lists(outgoing: Bool) -> NeighborLists {
            var offsets = [UInt32](repeating: 0, count: nodeRecords.count + 1)
            for edge in live {
                let record = relationshipRecords[edge]
                offsets[(outgoing ? record.source : record.target) + 1] += 1
            }
            for node in 0..<nodeRecords.count { offsets[node + 1] += offsets[node] }
            var cursor = offsets
            var targets = [UInt32](repeating: 0, count: live.count)
            var edges = [UInt32](repeating: 0, count: live.count)
            for edge in live {
                let record = relationshipRecords[edge]
                let (from, to) = outgoing ? (record.source, record.target) : (record.target, record.source)
                let slot = Int(cursor[from])
                targets[slot] = UInt32(to)
                edges[slot] = UInt32(edge)
                cursor[from] += 1
            }
            return NeighborLists(offsets: offsets, targets: targets, edges: edges)
        }
        let topology = Topology(
            outgoing: lists(outgoing: true), incoming: lists(outgoing: false),
            sources: relationshipRecords.map { UInt32($0.source) }, targets: relationshipRecords.map { UInt32($0.target) },
            typeCodes: relationshipRecords.map(\.type), isUndirected: false)
        cachedTopology = topology
        return topology
    }

    private func invalidate() {
        cachedTopology = nil
        cachedNodes = nil
    }

    // MARK: Reading

    func labels(ofNode node: Int) -> [String] { nodeRecords[node].labels }

    func node(_ node: Int, hasLabel label: String) -> Bool { nodeRecords[node].labels.contains(label) }

    func nodes(withLabel label: String) -> [Int] {
        nodeRecords.indices.filter { nodeRecords[$0].exists && nodeRecords[$0].labels.contains(label) }
    }

    func estimatedCount(ofLabel label: String) -> Int { nodes(withLabel: label).count }

    var labelNames: [String] {
        var seen = Set<String>()
        var names: [String] = []
        for record in nodeRecords where record.exists {
            for label in record.labels where seen.insert(label).inserted { names.append(label) }
        }
        return names
    }

    func typeName(ofRelationship relationship: Int) -> String {
        typeNames[Int(relationshipRecords[relationship].type)]
    }

    func typeCode(named name: String) -> UInt16? { typeCodes[name] }

    func property(ofNode node: Int, key: String) -> Value { nodeRecords[node].properties[key] ?? .null }

    func properties(ofNode node: Int) -> ValueMap { nodeRecords[node].properties }

    func property(ofRelationship relationship: Int, key: String) -> Value {
        relationshipRecords[relationship].properties[key] ?? .null
    }

    func properties(ofRelationship relationship: Int) -> ValueMap { relationshipRecords[relationship].properties }

    func nodes(withProperty key: String, equalTo value: Value) -> [Int]? { nil }

    func nodeExists(_ node: Int) -> Bool { node >= 0 && node < nodeRecords.count && nodeRecords[node].exists }

    func relationshipExists(_ relationship: Int) -> Bool {
        relationship >= 0 && relationship < relationshipRecords.count && relationshipRecords[relationship].exists
    }

    // MARK: Changing

    func createNode(labels: [String], properties: ValueMap) -> Int {
        var unique: [String] = []
        for label in labels where !unique.contains(label) { unique.append(label) }
        nodeRecords.append(NodeRecord(labels: unique, properties: properties))
        invalidate()
        return nodeRecords.count - 1
    }

    func createRelationship(type: String, from source: Int, to target: Int, properties: ValueMap) -> Int {
        let code: UInt16
        if let existing = typeCodes[type] {
            code = existing
        } else {
            code = UInt16(truncatingIfNeeded: typeNames.count)
            typeNames.append(type)
            typeCodes[type] = code
        }
        relationshipRecords.append(RelationshipRecord(type: code, source: source, target: target, properties: properties))
        invalidate()
        return relationshipRecords.count - 1
    }

    func deleteRelationship(_ relationship: Int) {
        guard relationshipExists(relationship) else { return }
        relationshipRecords[relationship].exists = false
        invalidate()
    }

    func deleteNode(_ node: Int, detach: Bool) throws(QueryError) {
        guard nodeExists(node) else { return }
        let attached = relationshipRecords.indices.filter {
            relationshipRecords[$0].exists && (relationshipRecords[$0].source == node || relationshipRecords[$0].target == node)
        }
        if !attached.isEmpty && !detach {
            throw QueryError(
                kind: .syntax, phase: .runtime, code: "DeleteConnectedNode",
                message: "cannot delete a node that still has relationships; use DETACH DELETE")
        }
        for relationship in attached { relationshipRecords[relationship].exists = false }
        nodeRecords[node].exists = false
        invalidate()
    }

    /// Everything that counts as a side effect in the TCK: nodes, relationships, labels in use
    /// and property values, for comparing before and after a query.
    var snapshot: GraphSnapshot {
        var properties = Set<String>()
        for (index, record) in nodeRecords.enumerated() where record.exists {
            for (key, value) in record.properties.entries { properties.insert("n\(index).\(key)=\(Equivalent(value).hashValue)") }
        }
        for (index, record) in relationshipRecords.enumerated() where record.exists {
            for (key, value) in record.properties.entries { properties.insert("r\(index).\(key)=\(Equivalent(value).hashValue)") }
        }
        return GraphSnapshot(
            nodes: Set(nodeRecords.indices.filter { nodeRecords[$0].exists }),
            relationships: Set(relationshipRecords.indices.filter { relationshipRecords[$0].exists }),
            labels: Set(labelNames), properties: properties)
    }
}

/// The parts of a graph the TCK's side-effect checks count.
struct GraphSnapshot: Sendable {
    var nodes: Set<Int>
    var relationships: Set<Int>
    var labels: Set<String>
    var properties: Set<String>
}
