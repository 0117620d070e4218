import CrimeGraph

/// Betweenness centrality (Brandes 2001): for each entity, the share of shortest paths between
/// other entities that pass through it.
///
/// Normalization follows NetworkX's defaults (`betweenness_centrality(G, normalized=True,
/// endpoints=False)`): the sum over ordered pairs (s, t) of σ_st(v)/σ_st divided by
/// (n−1)(n−2), so values lie in [0, 1] for directed and undirected graphs alike. Weighted
/// graphs use distances (1/strength for strength weights). With sampling, `k` seeded sources
/// are used and rescaled as NetworkX does (sources by 1/((k−1)(n−2)), others by 1/(k(n−2))).
public enum Betweenness {
    /// Sources × arcs below which one thread does it all: handing work to a second thread
    /// costs tens of microseconds, more than a small network's whole computation (CAVIAR,
    /// 110 × 410, takes about 0.1 ms on one core).
    static let parallelWork = 1_000_000

    /// Node betweenness.
    /// - Parameters:
    ///   - graph: the simple view (directed or not).
    ///   - weighted: use arc distances instead of hop counts.
    ///   - samples: use only this many sources, chosen with `seed`; nil for exact.
    ///   - seed: the random seed choosing the sampled sources (same seed, same sources).
    ///   - progress: called as sources finish.
    /// - Complexity: O(n·m) unweighted, O(n·m·log n) weighted; with `samples` k, O(k·m).
    ///   Runs on all cores, deterministically.
    public static func nodes(
        _ graph: AnalysisGraph, weighted: Bool = false, samples: Int? = nil, seed: UInt64 = 0,
        progress: ProgressHandler? = nil
    ) -> NodeScores {
        let n = graph.nodeCount
        let sources = sourceList(n: n, samples: samples, seed: seed)
        let counter = ProgressCounter(total: sources.count, handler: progress)
        let useWeights = weighted && graph.isWeighted
        let partials = Parallel.map(parts: sources.count * graph.targets.count < Self.parallelWork ? 1 : Parallel.parts) { part, parts -> [Double] in
            var sums = [Double](repeating: 0, count: n)
            if !useWeights {
                var pass = UnweightedBrandes(graph)
                var index = part
                while index < sources.count {
                    pass.run(from: sources[index], into: &sums)
                    counter.step()
                    index += parts
                }
                return sums
            }
            var pass = BrandesPass(graph, weighted: true)
            var index = part
            while index < sources.count {
                let source = sources[index]
                pass.forward(from: source)
                pass.accumulate(source: source)
                for node in pass.order where Int(node) != source { sums[Int(node)] += pass.delta[Int(node)] }
                counter.step()
                index += parts
            }
            return sums
        }
        var values = [Double](repeating: 0, count: n)
        for partial in partials { for node in 0..<n { values[node] += partial[node] } }
        let N = n - 1
        guard N >= 2 else { return NodeScores(measure: "betweenness", values: values) }
        if let samples, samples < n {
            let k = Double(sources.count)
            let sampled = Set(sources)
            let sourceScale = k > 1 ? 1 / ((k - 1) * Double(N - 1)) : .nan
            let otherScale = 1 / (k * Double(N - 1))
            for node in 0..<n { values[node] *= sampled.contains(node) ? sourceScale : otherScale }
        } else {
            let scale = 1 / (Double(N) * Double(N - 1))
            for node in 0..<n { values[node] *= scale }
        }
        return NodeScores(measure: "betweenness", values: values)
    }

    /// Sources: every node, or `samples` distinct nodes drawn with `seed` (sorted).
    static func sourceList(n: Int, samples: Int?, seed: UInt64) -> [Int] {
        guard let samples, samples < n else { return Array(0..<n) }
        var generator = SeededRandom(seed: seed)
        var pool = Array(0..<n)
        for index in 0..<max(0, samples) {
            let pick = Int.random(in: index..<n, using: &generator)
            pool.swapAt(index, pick)
        }
        return pool.prefix(max(0, samples)).sorted()
    }

    /// The betweenness of one edge (or arc).
    public struct EdgeScore: Hashable, Sendable {
        /// One end (the tail for directed graphs; the lower index otherwise).
        public let from: Int
        /// The other end.
        public let to: Int
        /// The score.
        public let score: Double
    }

    /// Edge betweenness: for each edge, the share of shortest paths that use it, normalized as
    /// NetworkX's `edge_betweenness_centrality` (divided by n(n−1)).
    /// - Complexity: as ``nodes(_:weighted:samples:seed:progress:)``.
    public static func edges(_ graph: AnalysisGraph, weighted: Bool = false, progress: ProgressHandler? = nil) -> [EdgeScore] {
        let n = graph.nodeCount
        let counter = ProgressCounter(total: n, handler: progress)
        let arcCount = graph.inSources.count
        let partials = Parallel.map { part, parts -> [Double] in
            var pass = BrandesPass(graph, weighted: weighted && graph.isWeighted)
            var sums = [Double](repeating: 0, count: arcCount)
            var source = part
            while source < n {
                pass.forward(from: source)
                pass.accumulate(source: source) { arc, share in sums[arc] += share }
                counter.step()
                source += parts
            }
            return sums
        }
        var arcValues = [Double](repeating: 0, count: arcCount)
        for partial in partials { for arc in 0..<arcCount { arcValues[arc] += partial[arc] } }
        let scale = n >= 2 ? 1 / (Double(n) * Double(n - 1)) : 1
        // Incoming arc position p at node w comes from inSources[p]; undirected edges add both arcs.
        var totals: [Int64: Double] = [:]
        for w in 0..<n {
            for arc in graph.inArcs(of: w) {
                let v = Int(graph.inSources[arc])
                let key = graph.isDirected ? Int64(v) << 32 | Int64(w) : Int64(min(v, w)) << 32 | Int64(max(v, w))
                totals[key, default: 0] += arcValues[arc]
            }
        }
        return totals.keys.sorted().map { key in
            EdgeScore(from: Int(key >> 32), to: Int(key & 0xFFFF_FFFF), score: (totals[key] ?? 0) * scale)
        }
    }
}
