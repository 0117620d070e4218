import CrimeGraph

/// What happens to a network when entities are removed — arrested, sanctioned, turned: how
/// far it falls apart and which connections break.
public enum Disruption {
    /// The state of the network at one moment.
    public struct Snapshot: Hashable, Sendable {
        /// Entities still present.
        public let entities: Int
        /// Weak components among them (isolated entities count).
        public let components: Int
        /// The largest component's size.
        public let largestComponent: Int
        /// Borgatti's fragmentation: the share of pairs of remaining entities that cannot reach
        /// each other, 1 − Σ s(s−1) / (n(n−1)).
        public let fragmentation: Double
        /// Mean shortest-path length over pairs that can reach each other (undirected,
        /// unweighted); nil when the network is too large to compute it exactly.
        public let averageDistance: Double?
        /// Pairs of watched entities still connected.
        public let connectedWatchedPairs: Set<Pair>
    }

    /// Two entities, lower index first.
    public struct Pair: Hashable, Sendable, Comparable {
        /// The lower index.
        public let first: Int
        /// The higher index.
        public let second: Int
        /// Creates a pair in order.
        public init(_ a: Int, _ b: Int) {
            first = min(a, b)
            second = max(a, b)
        }
        /// Orders pairs by their first, then their second index.
        public static func < (lhs: Pair, rhs: Pair) -> Bool { (lhs.first, lhs.second) < (rhs.first, rhs.second) }
    }

    /// One removal and its effect.
    public struct Step: Sendable {
        /// The entity removed.
        public let removed: Int
        /// Its score under the targeting measure when it was chosen (nil for named removals).
        public let score: Double?
        /// The network after the removal.
        public let after: Snapshot
        /// Watched pairs this removal disconnected.
        public let broken: [Pair]
    }

    /// How to pick entities to remove.
    public enum Target: Sendable, Hashable {
        /// These entities, in this order.
        case named([Int])
        /// The top `count` by a measure, computed once on the intact network.
        case top(count: Int, measure: Measure)
        /// The top `count` by a measure, recomputed after each removal (a sequential attack).
        case topRecomputed(count: Int, measure: Measure)
    }

    /// Measures that can rank entities for removal.
    public enum Measure: String, Sendable, Hashable, CaseIterable {
        /// Degree, betweenness, closeness, harmonic centrality or PageRank.
        case degree, betweenness, closeness, harmonic, pagerank
    }

    /// The outcome of a simulation.
    public struct Report: Sendable {
        /// The intact network.
        public let before: Snapshot
        /// Each removal in order.
        public let steps: [Step]
        /// The network after every removal.
        public var after: Snapshot { steps.last?.after ?? before }
    }

    /// Above this many entities, average distance is not computed (it needs all-pairs paths).
    public static let averageDistanceLimit = 5_000

    /// Removes entities from the undirected view of `graph` and measures the damage.
    /// - Parameters:
    ///   - graph: the network, taken as undirected.
    ///   - target: which entities to remove: named ones, or the top k by a measure.
    ///   - watch: entities whose mutual connections are tracked.
    ///   - relationKinds: only these relationship kinds count; nil for all.
    /// - Complexity: one snapshot costs O(n + m), plus O(n·m) for the average distance on
    ///   small networks; ranking costs the measure's complexity (once, or per step when
    ///   recomputed).
    public static func simulate(_ graph: Graph, target: Target, watch: [Int] = [], relationKinds: Set<RelationKind>? = nil) -> Report {
        var view = AnalysisGraph(graph, directed: false, relationKinds: relationKinds)
        var removed = Set<Int>()
        let before = snapshot(view, removed: removed, watch: watch)
        var steps: [Step] = []
        var current = before
        func remove(_ entity: Int, score: Double?) {
            guard !removed.contains(entity) else { return }
            removed.insert(entity)
            view = view.removing(removed)
            let after = snapshot(view, removed: removed, watch: watch)
            let broken = current.connectedWatchedPairs.subtracting(after.connectedWatchedPairs).sorted()
            steps.append(Step(removed: entity, score: score, after: after, broken: broken))
            current = after
        }
        switch target {
        case .named(let entities):
            for entity in entities { remove(entity, score: nil) }
        case .top(let count, let measure):
            let scores = rank(view, measure: measure)
            let order = ordered(scores, excluding: removed, in: graph)
            for entity in order.prefix(count) { remove(entity, score: scores[entity]) }
        case .topRecomputed(let count, let measure):
            for _ in 0..<count {
                let scores = rank(view, measure: measure)
                guard let entity = ordered(scores, excluding: removed, in: graph).first else { break }
                remove(entity, score: scores[entity])
            }
        }
        return Report(before: before, steps: steps)
    }

    static func rank(_ view: AnalysisGraph, measure: Measure) -> [Double] {
        switch measure {
        case .degree: return DegreeCentrality.scores(view).values
        case .betweenness: return Betweenness.nodes(view).values
        case .closeness: return Closeness.closeness(view).values
        case .harmonic: return Closeness.harmonic(view).values
        case .pagerank: return Spectral.pageRank(view).scores.values
        }
    }

    /// Highest score first, ties by entity id.
    static func ordered(_ scores: [Double], excluding removed: Set<Int>, in graph: Graph) -> [Int] {
        scores.indices.filter { !removed.contains($0) && !scores[$0].isNaN }.sorted { a, b in
            scores[a] != scores[b] ? scores[a] > scores[b] : graph.id(of: a) < graph.id(of: b)
        }
    }

    static func snapshot(_ view: AnalysisGraph, removed: Set<Int>, watch: [Int]) -> Snapshot {
        let components = Structure.weakComponents(view)
        var sizes = [Int](repeating: 0, count: components.count)
        for (node, component) in components.componentOf.enumerated() where !removed.contains(node) { sizes[Int(component)] += 1 }
        let remaining = view.nodeCount - removed.count
        let present = sizes.filter { $0 > 0 }
        var fragmentation = 0.0
        if remaining > 1 {
            let connectedPairs = present.reduce(0.0) { $0 + Double($1) * Double($1 - 1) }
            fragmentation = 1 - connectedPairs / (Double(remaining) * Double(remaining - 1))
        }
        var average: Double?
        if remaining <= averageDistanceLimit {
            let stats = Structure.componentDistances(view, limit: averageDistanceLimit)
            let pairs = stats.reduce(0.0) { $0 + Double($1.size) * Double($1.size - 1) }
            let total = stats.reduce(0.0) { $0 + $1.averageDistance * Double($1.size) * Double($1.size - 1) }
            average = pairs > 0 ? total / pairs : nil
        }
        var pairs = Set<Pair>()
        let watched = watch.filter { !removed.contains($0) }
        for (position, a) in watched.enumerated() {
            for b in watched[(position + 1)...] where a != b && components.componentOf[a] == components.componentOf[b] {
                pairs.insert(Pair(a, b))
            }
        }
        return Snapshot(
            entities: remaining, components: present.count, largestComponent: present.max() ?? 0,
            fragmentation: fragmentation, averageDistance: average, connectedWatchedPairs: pairs)
    }
}

extension AnalysisGraph {
    /// The same graph with every arc touching `removed` dropped (the nodes stay, isolated, so
    /// indices keep their meaning).
    public func removing(_ removed: Set<Int>) -> AnalysisGraph {
        var arcs: [Arc] = []
        arcs.reserveCapacity(targets.count)
        for node in 0..<nodeCount where !removed.contains(node) {
            for arc in self.arcs(of: node) where !removed.contains(Int(targets[arc])) {
                arcs.append(Arc(from: Int32(node), to: targets[arc], weight: isWeighted ? strengths[arc] : 1))
            }
        }
        return AnalysisGraph(nodeCount: nodeCount, directed: isDirected, arcs: arcs, meaning: isWeighted ? .strength : nil)
    }
}
