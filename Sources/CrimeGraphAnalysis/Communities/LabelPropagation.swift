/// Asynchronous label propagation (Raghavan, Albert & Kumara 2007), as NetworkX's
/// `asyn_lpa_communities` runs it: every entity starts with its own label; in each round the
/// entities, in a fresh seeded random order, take the label carrying the most tie strength
/// among their neighbours, keeping their own label when it is among the best and otherwise
/// choosing one of the best at random; rounds repeat until no label changes.
///
/// Neighbours are the arcs of the view: all ties when undirected, successors when directed
/// (as NetworkX's `G[node]`); a self-loop votes for the entity's own label.
public enum LabelPropagation {
    /// The communities found by label propagation.
    /// - Parameters:
    ///   - graph: the graph; strengths weigh the votes (all 1 when unweighted).
    ///   - seed: fixes the visiting orders and the choices among tied labels.
    ///   - resolution: only used to score the result's modularity.
    ///   - maxRounds: a cap on rounds (asynchronous propagation has no convergence proof;
    ///     real graphs settle in a few rounds).
    /// - Complexity: O(n + m) per round.
    public static func communities(in graph: AnalysisGraph, seed: UInt64 = 0, resolution: Double = 1, maxRounds: Int = 1_000) -> Communities {
        let n = graph.nodeCount
        var random = SeededRandom(seed: seed)
        var labels = (0..<n).map { Int32($0) }
        var votes = [Double](repeating: 0, count: n)
        var seen = [Bool](repeating: false, count: n)
        var touched: [Int32] = []
        var best: [Int32] = []
        var changed = true
        var rounds = 0
        while changed && rounds < maxRounds {
            changed = false
            rounds += 1
            let order = random.permutation(of: n)
            for node32 in order {
                let node = Int(node32)
                let arcs = graph.arcs(of: node)
                if arcs.isEmpty { continue }
                for arc in arcs {
                    let label = labels[Int(graph.targets[arc])]
                    if !seen[Int(label)] {
                        seen[Int(label)] = true
                        touched.append(label)
                    }
                    votes[Int(label)] += graph.strengths[arc]
                }
                var most = -Double.infinity
                for label in touched { most = max(most, votes[Int(label)]) }
                var keeps = false
                for label in touched where votes[Int(label)] == most {
                    best.append(label)
                    if label == labels[node] { keeps = true }
                }
                if !keeps {
                    labels[node] = best[random.index(below: best.count)]
                    changed = true
                }
                for label in touched {
                    votes[Int(label)] = 0
                    seen[Int(label)] = false
                }
                touched.removeAll(keepingCapacity: true)
                best.removeAll(keepingCapacity: true)
            }
        }
        return Communities(labels: labels, graph: graph, resolution: resolution)
    }
}
