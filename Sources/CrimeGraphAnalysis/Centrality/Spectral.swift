import CrimeGraph

/// Why a measure gives no numbers for this graph.
public struct UndefinedMeasure: Error, CustomStringConvertible, Sendable {
    /// The measure.
    public let measure: String
    /// Why it is undefined, in words for users.
    public let reason: String
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

    /// PageRank (NetworkX's `pagerank`): damping `alpha`, uniform teleport, dangling entities'
    /// rank spread uniformly; weighted views use strengths. An undirected view counts each
    /// edge both ways. Iterates until the L1 change is below `tolerance` (absolute, not scaled
    /// by n — NetworkX scales by n, which at a million entities stops far too early).
    /// - Complexity: O(m) per iteration; parallel over entities.
    public static func pageRank(_ graph: AnalysisGraph, alpha: Double = 0.85, weighted: Bool = false, tolerance: Double = 1e-14, maximumIterations: Int = 10_000) -> Iterated {
        let n = graph.nodeCount
        guard n > 0 else { return Iterated(scores: NodeScores(measure: "pagerank", values: []), iterations: 0, residual: 0) }
        let useWeights = weighted && graph.isWeighted
        // Out-strength of every node, for row normalization.
        var outStrength = [Double](repeating: 0, count: n)
        for node in 0..<n {
            for arc in graph.arcs(of: node) { outStrength[node] += useWeights ? graph.strengths[arc] : 1 }
        }
        let inverseOut = outStrength.map { $0 > 0 ? 1 / $0 : 0 }
        var x = [Double](repeating: 1 / Double(n), count: n)
        var residual = Double.infinity
        var iterations = 0
        let teleport = (1 - alpha) / Double(n)
        while iterations < maximumIterations {
            iterations += 1
            var dangling = 0.0
            for node in 0..<n where outStrength[node] == 0 { dangling += x[node] }
            let base = teleport + alpha * dangling / Double(n)
            let current = x
            // Pull formulation over incoming arcs: parallel and deterministic per node.
            let partials = Parallel.map { part, parts -> [(Int, Double)] in
                var out: [(Int, Double)] = []
                var node = part
                while node < n {
                    var sum = 0.0
                    for arc in graph.inArcs(of: node) {
                        let source = Int(graph.inSources[arc])
                        sum += current[source] * (useWeights ? graph.inStrengths[arc] : 1) * inverseOut[source]
                    }
                    out.append((node, base + alpha * sum))
                    node += parts
                }
                return out
            }
            var next = [Double](repeating: 0, count: n)
            for partial in partials { for (node, value) in partial { next[node] = value } }
            residual = 0
            for node in 0..<n { residual += abs(next[node] - x[node]) }
            x = next
            if residual < tolerance { break }
        }
        return Iterated(scores: NodeScores(measure: "pagerank", values: x), iterations: iterations, residual: residual)
    }
}
