import CrimeGraph

/// Why a measure gives no numbers for this graph.
public struct UndefinedMeasure: Error, CustomStringConvertible, Sendable {
    /// The measure.
    public let measure: String
    /// Why it is undefined, in words for users.
    public let reason: String
    /// `MEASURE is not defined here: REASON`.
    public var description: String { "\(measure) is not defined here: \(reason)" }
}

/// Centralities from the graph's spectrum: eigenvector centrality and PageRank.
public enum Spectral {
    /// The result of an iterative measure, with how far it converged.
    public struct Iterated: Sendable {
        /// The scores.
        public let scores: NodeScores
        /// Iterations run.
        public let iterations: Int
        /// The L1 change in the last iteration.
        public let residual: Double
    }

    /// Eigenvector centrality (NetworkX's `eigenvector_centrality`): the Perron vector of the
    /// adjacency matrix (incoming arcs on a directed view), scaled to unit Euclidean length.
    /// Weighted views use strengths.
    ///
    /// Defined only when the (undirected) view is connected, or the directed view strongly
    /// connected; otherwise the eigenvector concentrates on one part and the numbers mislead.
    /// Power iteration on A + I (the shift keeps it from oscillating on bipartite graphs).
    /// - Throws: ``UndefinedMeasure`` on a disconnected graph or one with no edges.
    /// - Complexity: O(m) per iteration.
    public static func eigenvector(_ graph: AnalysisGraph, weighted: Bool = false, tolerance: Double = 1e-13, maximumIterations: Int = 100_000) throws(UndefinedMeasure) -> Iterated {
        let n = graph.nodeCount
        guard n > 0, graph.edgeCount > 0 else {
            throw UndefinedMeasure(measure: "eigenvector centrality", reason: "the graph has no relationships")
        }
        guard Structure.isStronglyConnected(graph) else {
            throw UndefinedMeasure(
                measure: "eigenvector centrality",
                reason: graph.isDirected ? "the graph is not strongly connected (use the undirected view or restrict to one component)"
                    : "the graph is disconnected (restrict it to one component, e.g. with --focus)")
        }
        let useWeights = weighted && graph.isWeighted
        var x = [Double](repeating: 1 / Double(n), count: n)
        var next = x
        var residual = Double.infinity
        var iterations = 0
        while iterations < maximumIterations {
            iterations += 1
            // next = (A^T + I) x: every arc u→v sends x[u]·w to v.
            for node in 0..<n { next[node] = x[node] }
            for node in 0..<n {
                let value = x[node]
                for arc in graph.arcs(of: node) {
                    next[Int(graph.targets[arc])] += value * (useWeights ? graph.strengths[arc] : 1)
                }
            }
            var norm = 0.0
            for value in next { norm += value * value }
            norm = norm.squareRoot()
            if norm == 0 { norm = 1 }
            residual = 0
            for node in 0..<n {
                next[node] /= norm
                residual += abs(next[node] - x[node])
            }
            swap(&x, &next)
            if residual < Double(n) * tolerance { break }
        }
        return Iterated(scores: NodeScores(measure: "eigenvector", values: x), iterations: iterations, residual: residual)
    }
}
