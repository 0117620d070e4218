import CrimeGraph

/// One score per entity, from a centrality or structural measure.
public struct NodeScores: Sendable {
    /// The measure's name, such as `betweenness`.
    public let measure: String
    /// Per entity index, its score; NaN where the measure is undefined for that entity.
    public let values: [Double]

    /// Creates scores.
    public init(measure: String, values: [Double]) {
        self.measure = measure
        self.values = values
    }

    /// One ranked entity.
    public struct Ranked: Hashable, Sendable {
        /// The entity index.
        public let entity: Int
        /// Its score.
        public let score: Double
    }

    /// Entities by score, highest first, ties broken by entity id (ascending), optionally only
    /// some entities; NaN scores are left out.
    /// - Complexity: O(n log n).
    public func ranking(in graph: Graph, top: Int? = nil, where include: (Int) -> Bool = { _ in true }) -> [Ranked] {
        var ranked = values.indices.filter { !values[$0].isNaN && include($0) }.map { Ranked(entity: $0, score: values[$0]) }
        ranked.sort { a, b in
            if a.score != b.score { return a.score > b.score }
            return graph.id(of: a.entity) < graph.id(of: b.entity)
        }
        if let top { return Array(ranked.prefix(top)) }
        return ranked
    }
}
