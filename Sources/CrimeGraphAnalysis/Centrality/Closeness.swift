import CrimeGraph

/// Distance-based centralities: closeness and harmonic.
///
/// Both follow NetworkX. On a directed view they use *incoming* distances (how close others
/// are to the entity); on an undirected view the direction does not matter.
public enum Closeness {
    /// Closeness with the Wasserman–Faust correction for disconnected graphs (NetworkX's
    /// `closeness_centrality(G, wf_improved=True)`): for an entity reaching r others at total
    /// distance d, `(r / d) · (r / (n − 1))`; 0 when it reaches nobody.
    /// - Complexity: O(n·m) unweighted (64 searches at once, one bit each), O(n·m·log n)
    ///   weighted; all cores.
    public static func closeness(_ graph: AnalysisGraph, weighted: Bool = false, progress: ProgressHandler? = nil) -> NodeScores {
        let n = graph.nodeCount
        if !(weighted && graph.isWeighted) {
            let sums = HopSums.compute(graph, progress: progress)
            let values = (0..<n).map { node -> Double in
                let total = Double(sums.totalDistance[node])
                guard total > 0, n > 1 else { return 0 }
                let others = Double(sums.reached[node] - 1)
                return (others / total) * (others / Double(n - 1))
            }
            return NodeScores(measure: "closeness", values: values)
        }
        let values = perSource(graph, weighted: weighted, progress: progress) { search in
            var reached = 0
            var total = 0.0
            for node in search.order {
                let distance = search.distance[Int(node)]
                total += distance
                reached += 1
            }
            guard total > 0, n > 1 else { return 0 }
            let others = Double(reached - 1)
            return (others / total) * (others / Double(n - 1))
        }
        return NodeScores(measure: "closeness", values: values)
    }

    /// Harmonic centrality (NetworkX's `harmonic_centrality`): the sum of 1/d over all other
    /// entities at finite distance d. Not normalized.
    /// - Complexity: as ``closeness(_:weighted:progress:)``.
    public static func harmonic(_ graph: AnalysisGraph, weighted: Bool = false, progress: ProgressHandler? = nil) -> NodeScores {
        if !(weighted && graph.isWeighted) {
            return NodeScores(measure: "harmonic", values: HopSums.compute(graph, progress: progress).harmonic)
        }
        let values = perSource(graph, weighted: weighted, progress: progress) { search in
            var total = 0.0
            for node in search.order {
                let distance = search.distance[Int(node)]
                if distance > 0 { total += 1 / distance }
            }
            return total
        }
        return NodeScores(measure: "harmonic", values: values)
    }

    /// Runs a reversed single-source search from every node in parallel and maps it to a score
    /// (weighted views; hop counts use ``HopSums``).
    static func perSource(
        _ graph: AnalysisGraph, weighted: Bool, progress: ProgressHandler?, score: @Sendable (ShortestPathLengths) -> Double
    ) -> [Double] {
        let n = graph.nodeCount
        let counter = ProgressCounter(total: n, handler: progress)
        let partials = Parallel.map { part, parts -> [(Int, Double)] in
            var search = ShortestPathLengths(graph, weighted: weighted && graph.isWeighted, reverse: graph.isDirected)
            var results: [(Int, Double)] = []
            var node = part
            while node < n {
                search.run(from: node)
                results.append((node, score(search)))
                counter.step()
                node += parts
            }
            return results
        }
        var values = [Double](repeating: 0, count: n)
        for partial in partials { for (node, value) in partial { values[node] = value } }
        return values
    }
}

/// Degree centrality as NetworkX defines it: degree / (n − 1), a self-loop counting twice on an
/// undirected view; on a directed view in-, out- and total degree.
public enum DegreeCentrality {
    /// Which degree to count.
    public enum Mode: String, Sendable, CaseIterable {
        /// All ties (`total`), incoming ties only (`in`) or outgoing ties only (`out`).
        case total, incoming = "in", outgoing = "out"
    }

    /// Degree centrality; with one entity or none every score is 1, as NetworkX.
    /// - Complexity: O(n).
    public static func scores(_ graph: AnalysisGraph, mode: Mode = .total) -> NodeScores {
        let n = graph.nodeCount
        let scale = n > 1 ? 1 / Double(n - 1) : 1
        let values = (0..<n).map { node -> Double in
            if n <= 1 { return 1 }
            let degree: Int
            switch mode {
            case .outgoing: degree = graph.degree(of: node)
            case .incoming: degree = graph.inDegree(of: node)
            case .total: degree = graph.isDirected ? graph.degree(of: node) + graph.inDegree(of: node) : graph.degree(of: node)
            }
            return Double(degree) * scale
        }
        let name = mode == .total ? "degree" : "\(mode.rawValue)_degree"
        return NodeScores(measure: name, values: values)
    }
}
