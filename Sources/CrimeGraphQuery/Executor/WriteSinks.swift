/// CREATE on a mutable graph (the TCK's scenario graphs). The clause runs once every row has
/// arrived, and passes its rows on once every row is written: earlier clauses never see its
/// effects, later ones see all of them, as Cypher's clause-by-clause semantics require.
final class CreateSink: RowSink {
    let plan: CreatePlan
    let context: ExecutionContext
    let graph: any MutablePropertyGraph
    let next: RowSink
    private var buffer: [[Value]] = []

    init(_ plan: CreatePlan, context: ExecutionContext, graph: any MutablePropertyGraph, next: RowSink) {
        self.plan = plan
        self.context = context
        self.graph = graph
        self.next = next
    }

    override func push(_ row: [Value]) throws(QueryError) -> Bool {
        buffer.append(row)
        return true
    }

    private func create(_ row: [Value]) throws(QueryError) -> [Value] {
        var out = row
        var nodes: [Int] = []
        for node in plan.nodes {
            if node.bound {
                guard case .node(let existing) = out[node.slot] else {
                    throw QueryError.type("InvalidArgumentType", "CREATE needs a node, not \(out[node.slot].typeName)")
                }
                nodes.append(existing)
                continue
            }
            let created = graph.createNode(labels: node.labels, properties: try properties(node.properties, out))
            out[node.slot] = .node(created)
            nodes.append(created)
        }
        var relationships: [Int] = []
        for relationship in plan.relationships {
            let created = graph.createRelationship(
                type: relationship.type, from: nodes[relationship.from], to: nodes[relationship.to],
                properties: try properties(relationship.properties, out))
            out[relationship.slot] = .relationship(created)
            relationships.append(created)
        }
        for part in plan.parts {
            guard let slot = part.pathSlot else { continue }
            out[slot] = .path(PathValue(
                nodes: part.nodes.map { nodes[$0] }, relationships: part.relationships.map { relationships[$0] }))
        }
        return out
    }

    /// A property map without its null entries.
    private func properties(_ expression: BoundExpression?, _ row: [Value]) throws(QueryError) -> ValueMap {
        guard let expression else { return ValueMap() }
        switch try context.evaluate(expression, row) {
        case .map(let map):
            var result = ValueMap()
            for (key, value) in map.entries where !value.isNull { result[key] = value }
            return result
        case .null: return ValueMap()
        case let other: throw QueryError.type("InvalidArgumentType", "properties must be a map, not \(other.typeName)")
        }
    }

    override func finish() throws(QueryError) {
        var rows: [[Value]] = []
        for row in buffer { rows.append(try create(row)) }
        buffer = []
        for row in rows where !(try next.push(row)) { break }
        try next.finish()
    }
}

/// DELETE and DETACH DELETE on a mutable graph, clause by clause like CREATE.
final class DeleteSink: RowSink {
    let targets: [BoundExpression]
    let detach: Bool
    let context: ExecutionContext
    let graph: any MutablePropertyGraph
    let next: RowSink
    private var buffer: [[Value]] = []

    init(targets: [BoundExpression], detach: Bool, context: ExecutionContext, graph: any MutablePropertyGraph, next: RowSink) {
        self.targets = targets
        self.detach = detach
        self.context = context
        self.graph = graph
        self.next = next
    }

    override func push(_ row: [Value]) throws(QueryError) -> Bool {
        buffer.append(row)
        return true
    }

    private func delete(_ value: Value) throws(QueryError) {
        switch value {
        case .null: break
        case .node(let node): try graph.deleteNode(node, detach: detach)
        case .relationship(let relationship): graph.deleteRelationship(relationship)
        case .path(let path):
            for relationship in path.relationships { graph.deleteRelationship(relationship) }
            for node in path.nodes { try graph.deleteNode(node, detach: detach) }
        case .list(let items): for item in items { try delete(item) }
        default: throw QueryError.type("InvalidArgumentType", "DELETE expects a node, relationship or path, not \(value.typeName)")
        }
    }

    override func finish() throws(QueryError) {
        let rows = buffer
        buffer = []
        for row in rows {
            for target in targets { try delete(try context.evaluate(target, row)) }
        }
        for row in rows where !(try next.push(row)) { break }
        try next.finish()
    }
}
