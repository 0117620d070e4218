/// Newman–Girvan modularity with a resolution parameter, as NetworkX's
/// `nx.community.modularity` defines it, weighted by tie strength.
///
/// Undirected: Q = Σ_c [ L_c / m − γ (D_c / 2m)² ], where m is the total edge strength (a
/// self-loop once), L_c the strength of edges inside c, and D_c the sum of the members'
/// strengths (a self-loop counted twice). Directed (Leicht–Newman, as NetworkX):
/// Q = Σ_c [ L_c / m − γ · out_c · in_c / m² ], with m the total arc strength and out_c, in_c
/// the members' out- and in-strengths. The graph's ``AnalysisGraph/isDirected`` chooses.
public enum Modularity {
    /// The modularity of the partition given by `labels` (equal labels = same community; any
    /// `Int32` values) on `graph`; NaN when the graph has no ties (m = 0).
    /// - Complexity: O(n log n + m).
    public static func score(of labels: [Int32], in graph: AnalysisGraph, resolution: Double = 1) -> Double {
        precondition(labels.count == graph.nodeCount, "one label per node")
        let canonical = CommunityLabels.canonical(labels)
        return score(canonicalMembership: canonical.membership, count: canonical.count, in: graph, resolution: resolution)
    }

    /// The modularity of a membership already numbered `0..<count`.
    /// - Complexity: O(n + m).
    static func score(canonicalMembership membership: [Int32], count: Int, in graph: AnalysisGraph, resolution: Double) -> Double {
        var inside = [Double](repeating: 0, count: count)
        var outStrength = [Double](repeating: 0, count: count)
        var inStrength = [Double](repeating: 0, count: count)
        var total = 0.0
        for node in 0..<graph.nodeCount {
            let community = Int(membership[node])
            for arc in graph.arcs(of: node) {
                let other = Int(graph.targets[arc])
                let strength = graph.strengths[arc]
                if graph.isDirected {
                    total += strength
                    outStrength[community] += strength
                    inStrength[Int(membership[other])] += strength
                    if membership[other] == membership[node] { inside[community] += strength }
                } else if other == node {
                    total += strength
                    outStrength[community] += 2 * strength
                    inside[community] += strength
                } else {
                    outStrength[community] += strength
                    if other > node {
                        total += strength
                        if membership[other] == membership[node] { inside[community] += strength }
                    }
                }
            }
        }
        guard total > 0 else { return .nan }
        let norm: Double
        if graph.isDirected {
            norm = 1 / (total * total)
        } else {
            let degreeSum = 2 * total
            norm = 1 / (degreeSum * degreeSum)
            inStrength = outStrength
        }
        var q = 0.0
        for community in 0..<count {
            q += inside[community] / total - resolution * outStrength[community] * inStrength[community] * norm
        }
        return q
    }
}
