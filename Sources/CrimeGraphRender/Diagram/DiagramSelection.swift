import CrimeGraph

/// Which part of a graph a diagram shows: everything, or the neighbourhood of some entities,
/// restricted to some entity and relation kinds.
public struct DiagramSelection: Sendable {
    /// Entities to centre on; empty for the whole graph.
    public var focus: [Int]
    /// How many relationships away from the focus to include.
    public var depth: Int
    /// Only entities of these kinds (focus entities are always kept); nil for all.
    public var entityKinds: Set<EntityKind>?
    /// Only relationships of these kinds; nil for all.
    public var relationKinds: Set<RelationKind>?

    /// Creates a selection; the default is the whole graph.
    public init(focus: [Int] = [], depth: Int = 1, entityKinds: Set<EntityKind>? = nil, relationKinds: Set<RelationKind>? = nil) {
        self.focus = focus
        self.depth = depth
        self.entityKinds = entityKinds
        self.relationKinds = relationKinds
    }

    /// The selected part as a graph of its own (ids and details kept).
    /// - Complexity: O(n + m).
    public func apply(to graph: Graph) -> Graph {
        if focus.isEmpty && entityKinds == nil && relationKinds == nil { return graph }
        var keep = [Bool](repeating: focus.isEmpty, count: graph.entityCount)
        if let entityKinds, focus.isEmpty {
            for entity in 0..<graph.entityCount { keep[entity] = entityKinds.contains(graph.kind(of: entity)) }
        }
        for origin in focus {
            let options = TraversalOptions(direction: .both, relationKinds: relationKinds, entityKinds: entityKinds, maxDepth: depth)
            for entity in graph.neighborhood(of: origin, options: options).entities { keep[entity] = true }
        }
        let relationKinds = relationKinds
        return graph.subgraph(keeping: (0..<graph.entityCount).filter { keep[$0] }) { relationship in
            relationKinds?.contains(graph.relationKind(of: relationship)) ?? true
        }
    }
}
