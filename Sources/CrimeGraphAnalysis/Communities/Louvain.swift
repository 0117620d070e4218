/// The Louvain method for community detection (Blondel et al. 2008), as NetworkX's
/// `louvain_communities` runs it: nodes visited in a seeded random order, each moved to the
/// neighbouring community with the largest positive modularity gain until no move helps; the
/// communities then become the nodes of the next level; it stops when a level improves
/// modularity by no more than `threshold`.
///
/// Directed graphs use the directed modularity gain (Dugué & Perez 2015), as NetworkX does.
/// The visiting order comes from ``SeededRandom`` (not Python's generator), so the partition
/// for a seed differs from NetworkX's for the same seed number; its quality does not.
public enum Louvain {
    /// The communities of `graph`.
    /// - Parameters:
    ///   - graph: the graph; strengths are the weights (all 1 when unweighted).
    ///   - seed: fixes the node visiting order.
    ///   - resolution: γ > 1 favours smaller communities, γ < 1 larger ones.
    ///   - threshold: the least modularity gain for which another level is built.
    ///   - maxLevels: stop after this many levels (nil: until no level improves).
    ///   - progress: called from the calling thread as each pass over a level's nodes goes on,
    ///     with the nodes visited so far in that pass and the level's node count. The count
    ///     starts again from 0 at every pass and every level: the number of passes is not known
    ///     in advance (a few per level, the first level by far the longest).
    /// - Returns: the last level's partition, canonically numbered, with its modularity on
    ///   `graph`; every entity in its own community when the graph has no ties.
    /// - Complexity: O(m) per pass over the nodes; in practice a few passes per level and a
    ///   handful of levels, so near-linear in n + m.
    public static func communities(
        in graph: AnalysisGraph, seed: UInt64 = 0, resolution: Double = 1, threshold: Double = 1e-7, maxLevels: Int? = nil,
        progress: ProgressHandler? = nil
    ) -> Communities {
        var random = SeededRandom(seed: seed)
        var level = LouvainLevel(graph)
        var membership = (0..<graph.nodeCount).map { Int32($0) }
        let m = level.totalWeight
        guard m > 0 else { return Communities(labels: membership, graph: graph, resolution: resolution) }
        let identity = (0..<graph.nodeCount).map { Int32($0) }
        var modularity = level.modularity(of: identity, count: graph.nodeCount, totalWeight: m, resolution: resolution)
        var levels = 0
        while true {
            let moved = LouvainPass.run(on: level, totalWeight: m, resolution: resolution, random: &random, progress: progress)
            levels += 1
            if levels > 1 && !moved.improved { break }
            for node in membership.indices { membership[node] = moved.membership[Int(membership[node])] }
            let next = level.modularity(of: moved.membership, count: moved.count, totalWeight: m, resolution: resolution)
            if next - modularity <= threshold { break }
            if let maxLevels, levels >= maxLevels { break }
            modularity = next
            level = level.aggregated(by: moved.membership, count: moved.count)
        }
        return Communities(labels: membership, graph: graph, resolution: resolution)
    }
}
