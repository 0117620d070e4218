import CrimeGraph
import CrimeGraphAnalysis

/// Smaller views of a graph for diagrams: its highest-scoring entities and the ties among them.
public enum DiagramReduction {
    /// The `count` entities of `graph` with the highest `scores` (equal scores by id; NaN
    /// scores last) and the relationships among them, ids and details kept.
    /// - Parameters:
    ///   - count: how many entities to keep; a graph no larger is returned as it is.
    ///   - graph: the graph to reduce.
    ///   - scores: one score per entity of `graph` (from any measure, or ``degreeScores(_:)``).
    ///   - pinned: entities kept whatever their score (a focus, the ends of a highlighted
    ///     path); they count towards `count`.
    /// - Complexity: O(n log n + m).
    public static func top(_ count: Int, of graph: Graph, by scores: NodeScores, keeping pinned: Set<Int> = []) -> Graph {
        guard graph.entityCount > count else { return graph }
        var keep = Set(pinned.filter { $0 >= 0 && $0 < graph.entityCount })
        let ranked = scores.ranking(in: graph)
        for entry in ranked where keep.count < count { keep.insert(entry.entity) }
        if keep.count < count {
            // Entities whose score is undefined come last, by id.
            let rest = (0..<graph.entityCount).filter { !keep.contains($0) }.sorted { graph.id(of: $0) < graph.id(of: $1) }
            for entity in rest where keep.count < count { keep.insert(entity) }
        }
        return graph.subgraph(keeping: keep)
    }

    /// Each entity's number of relationships, in either direction (a self-loop counts twice):
    /// the score that decides which entities stay when a view is too large.
    /// - Complexity: O(n).
    public static func degreeScores(_ graph: Graph) -> NodeScores {
        NodeScores(measure: "relationships", values: (0..<graph.entityCount).map { Double(graph.undirected.degree(of: $0)) })
    }
}
