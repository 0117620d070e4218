import CrimeGraph

/// How relationship weights enter an analysis.
public enum WeightUse: String, Sendable, Hashable, CaseIterable {
    /// Every relationship counts 1.
    case none
    /// Weights as the graph declares them (``WeightMeaning``), converted as each measure needs:
    /// path-based measures use distance (1/strength for strength weights), spectral measures
    /// (eigenvector, PageRank) use strength (1/distance for distance weights).
    case declared
}

/// A simple graph for algorithms: entities `0..<nodeCount` (the same indices as the source
/// ``Graph``), at most one arc per ordered pair (one edge per pair when undirected), optional
/// self-loops, and a strength and a distance per arc.
///
/// Case files are multigraphs — two agencies can be tied by `part_of` and by
/// `cooperates_with` — while centrality and community measures are defined on simple graphs
/// (as NetworkX's `Graph` and `DiGraph`). Parallel relationships are merged: their
/// strengths add up, so their distance (1/strength) shrinks; for distance weights the shortest
/// one is kept and strength is 1/distance. Without weights every merged arc has strength 1 and
/// distance 1. An undirected view also merges a→b with b→a.
///
/// Neighbour lists are sorted by target index; arcs are stored in compressed sparse row form,
/// outgoing and (for directed views) incoming.
public struct AnalysisGraph: Sendable {
    /// The number of nodes (entities of the source graph).
    public let nodeCount: Int
    /// Whether arcs are one-way.
    public let isDirected: Bool
    /// Whether any weight differs from 1.
    public let isWeighted: Bool
    /// `nodeCount + 1` offsets into the outgoing arrays.
    public let offsets: [Int]
    /// Arc heads, sorted per node.
    public let targets: [Int32]
    /// Tie strength per arc (higher = closer).
    public let strengths: [Double]
    /// Distance per arc (for shortest paths).
    public let distances: [Double]
    /// Incoming arcs (for directed views; equal to the outgoing ones when undirected).
    public let inOffsets: [Int]
    /// Arc tails of incoming arcs, sorted per node.
    public let inSources: [Int32]
    /// Strength of each incoming arc.
    public let inStrengths: [Double]
    /// Distance of each incoming arc.
    public let inDistances: [Double]
    /// The number of merged edges (arcs when directed; each undirected edge once).
    public let edgeCount: Int

    /// The arc positions of `node`'s outgoing neighbours.
    @inlinable public func arcs(of node: Int) -> Range<Int> { offsets[node]..<offsets[node + 1] }
    /// The arc positions of `node`'s incoming neighbours.
    @inlinable public func inArcs(of node: Int) -> Range<Int> { inOffsets[node]..<inOffsets[node + 1] }
    /// Outgoing (or, undirected, all) neighbours of `node`.
    public func neighbors(of node: Int) -> ArraySlice<Int32> { targets[arcs(of: node)] }
    /// Whether `node` has a self-loop.
    public func hasSelfLoop(_ node: Int) -> Bool { targets[arcs(of: node)].contains(Int32(node)) }

    /// Degree as NetworkX counts it: neighbours, with a self-loop counted twice when
    /// undirected; out-degree when directed.
    public func degree(of node: Int) -> Int {
        let count = offsets[node + 1] - offsets[node]
        return !isDirected && hasSelfLoop(node) ? count + 1 : count
    }

    /// In-degree (equal to ``degree(of:)`` when undirected).
    public func inDegree(of node: Int) -> Int {
        isDirected ? inOffsets[node + 1] - inOffsets[node] : degree(of: node)
    }

    /// Builds the simple view of `graph`.
    /// - Parameters:
    ///   - directed: follow relationship direction (only meaningful on a directed graph);
    ///     false merges both directions.
    ///   - weights: whether to use the declared weights.
    ///   - relationKinds: only these relationship kinds; nil for all.
    /// - Complexity: O(n + m log d) for the sort of each neighbour list.
    public init(_ graph: Graph, directed: Bool, weights: WeightUse = .none, relationKinds: Set<RelationKind>? = nil) {
        let directedView = directed && graph.isDirected
        let meaning = graph.weightMeaning ?? .strength
        let useWeights = weights == .declared && graph.isWeighted
        let allowed = relationKinds.map { kinds in graph.relationKinds.map { kinds.contains($0) } }
        var arcs: [Arc] = []
        arcs.reserveCapacity(directedView ? graph.relationshipCount : 2 * graph.relationshipCount)
        for relationship in 0..<graph.relationshipCount {
            if let allowed, !allowed[Int(graph.relationKindCodes[relationship])] { continue }
            var weight = 1.0
            if useWeights, let given = graph.weight(of: relationship), given > 0, given.isFinite { weight = given }
            let from = Int32(graph.source(of: relationship))
            let to = Int32(graph.target(of: relationship))
            arcs.append(Arc(from: from, to: to, weight: weight))
            if !directedView && from != to { arcs.append(Arc(from: to, to: from, weight: weight)) }
        }
        self.init(nodeCount: graph.entityCount, directed: directedView, arcs: arcs, meaning: useWeights ? meaning : nil)
    }

    struct Arc {
        var from: Int32
        var to: Int32
        var weight: Double
    }

    /// Builds from raw arcs; `meaning` nil means unweighted.
    init(nodeCount: Int, directed: Bool, arcs unsorted: [Arc], meaning: WeightMeaning?) {
        var arcs = unsorted
        arcs.sort { ($0.from, $0.to) < ($1.from, $1.to) }
        var merged: [Arc] = []
        merged.reserveCapacity(arcs.count)
        for arc in arcs {
            if let last = merged.last, last.from == arc.from, last.to == arc.to {
                if meaning == .distance {
                    merged[merged.count - 1].weight = min(last.weight, arc.weight)
                } else if meaning == .strength {
                    merged[merged.count - 1].weight = last.weight + arc.weight
                }
            } else {
                merged.append(arc)
            }
        }
        func strength(_ arc: Arc) -> Double { meaning == .distance ? 1 / arc.weight : arc.weight }
        func distance(_ arc: Arc) -> Double { meaning == .strength ? 1 / arc.weight : arc.weight }
        var offsets = [Int](repeating: 0, count: nodeCount + 1)
        for arc in merged { offsets[Int(arc.from) + 1] += 1 }
        for node in 0..<nodeCount { offsets[node + 1] += offsets[node] }
        self.nodeCount = nodeCount
        self.isDirected = directed
        self.isWeighted = meaning != nil && merged.contains { $0.weight != 1 }
        self.offsets = offsets
        self.targets = merged.map(\.to)
        self.strengths = merged.map(strength)
        self.distances = merged.map(distance)
        self.edgeCount = directed ? merged.count : (merged.count + merged.filter { $0.from == $0.to }.count) / 2
        if directed {
            let reversed = merged.map { Arc(from: $0.to, to: $0.from, weight: $0.weight) }.sorted { ($0.from, $0.to) < ($1.from, $1.to) }
            var inOffsets = [Int](repeating: 0, count: nodeCount + 1)
            for arc in reversed { inOffsets[Int(arc.from) + 1] += 1 }
            for node in 0..<nodeCount { inOffsets[node + 1] += inOffsets[node] }
            self.inOffsets = inOffsets
            self.inSources = reversed.map(\.to)
            self.inStrengths = reversed.map(strength)
            self.inDistances = reversed.map(distance)
        } else {
            self.inOffsets = offsets
            self.inSources = merged.map(\.to)
            self.inStrengths = self.strengths
            self.inDistances = self.distances
        }
    }

    /// The same graph with every arc reversed (for in-closeness, in-paths).
    public func reversed() -> AnalysisGraph {
        guard isDirected else { return self }
        var flipped: [Arc] = []
        for node in 0..<nodeCount {
            for arc in arcs(of: node) { flipped.append(Arc(from: targets[arc], to: Int32(node), weight: distances[arc])) }
        }
        return AnalysisGraph(nodeCount: nodeCount, directed: true, arcs: flipped, meaning: isWeighted ? .distance : nil)
    }
}
