import CrimeGraph

/// How relationship weights enter an analysis.
public enum WeightUse: String, Sendable, Hashable, CaseIterable {
    /// Every relationship counts 1.
    case none
    /// Weights as the graph declares them (`WeightMeaning`), converted as each measure needs:
    /// path-based measures use distance (1/strength for strength weights), spectral measures
    /// (eigenvector, PageRank) use strength (1/distance for distance weights).
    case declared
}

/// A simple graph for algorithms: entities `0..<nodeCount` (the same indices as the source
/// `Graph`), at most one arc per ordered pair (one edge per pair when undirected), optional
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
    /// How many nodes have an arc to themselves (counted once, when the view is built, so
    /// algorithms that leave self-loops out know whether they must).
    let selfLoopCount: Int

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
    ///   - graph: the case's graph.
    ///   - directed: follow relationship direction (only meaningful on a directed graph);
    ///     false merges both directions.
    ///   - weights: whether to use the declared weights.
    ///   - relationKinds: only these relationship kinds; nil for all.
    /// - Complexity: O(n + m): two counting sorts (by head, then stably by tail) give sorted
    ///   neighbour lists without comparing, and parallel arcs are merged in relationship order.
    public init(_ graph: Graph, directed: Bool, weights: WeightUse = .none, relationKinds: Set<RelationKind>? = nil) {
        let directedView = directed && graph.isDirected
        let meaning = graph.weightMeaning ?? .strength
        let useWeights = weights == .declared && graph.isWeighted
        let allowed = relationKinds.map { kinds in graph.relationKinds.map { kinds.contains($0) } }
        let sources = graph.relationshipSources
        let targets = graph.relationshipTargets
        let kindCodes = graph.relationKindCodes
        let given = graph.relationshipWeights
        let sorted = sources.withUnsafeBufferPointer { from in
            targets.withUnsafeBufferPointer { to in
                Self.sortedArcs(nodeCount: graph.entityCount, weighted: useWeights, meaning: meaning) { emit in
                    for relationship in 0..<from.count {
                        if let allowed, !allowed[Int(kindCodes[relationship])] { continue }
                        var weight = 1.0
                        if useWeights {
                            let value = given[relationship]
                            if value > 0, value.isFinite { weight = value }
                        }
                        let tail = Int32(bitPattern: from[relationship])
                        let head = Int32(bitPattern: to[relationship])
                        emit(tail, head, weight)
                        if !directedView && tail != head { emit(head, tail, weight) }
                    }
                }
            }
        }
        self.init(nodeCount: graph.entityCount, directed: directedView, sorted: sorted, meaning: useWeights ? meaning : nil)
    }

    struct Arc {
        var from: Int32
        var to: Int32
        var weight: Double
    }

    /// Builds from raw arcs; `meaning` nil means unweighted.
    init(nodeCount: Int, directed: Bool, arcs: [Arc], meaning: WeightMeaning?) {
        let sorted = Self.sortedArcs(nodeCount: nodeCount, weighted: meaning != nil, meaning: meaning ?? .strength) { emit in
            for arc in arcs { emit(arc.from, arc.to, arc.weight) }
        }
        self.init(nodeCount: nodeCount, directed: directed, sorted: sorted, meaning: meaning)
    }

    /// Outgoing arcs, sorted by tail then head, parallel arcs merged.
    struct SortedArcs {
        var offsets: [Int]
        var targets: [Int32]
        /// Merged weights, parallel to `targets`; empty when unweighted.
        var weights: [Double]
    }

    /// Sorts the arcs that `arcs` emits (tail, head, weight) into compressed sparse rows by two
    /// stable counting sorts, by head then by tail, so every row comes out sorted; then merges
    /// parallel arcs: strengths add up, distances keep the shortest, unweighted arcs stay 1.
    /// - Complexity: O(n + a) for a emitted arcs; `arcs` is called twice and must emit the same
    ///   arcs both times.
    static func sortedArcs(
        nodeCount n: Int, weighted: Bool, meaning: WeightMeaning, arcs: ((Int32, Int32, Double) -> Void) -> Void
    ) -> SortedArcs {
        let headStart = UnsafeMutablePointer<Int>.allocate(capacity: n + 1)
        let tailStart = UnsafeMutablePointer<Int>.allocate(capacity: n + 1)
        headStart.initialize(repeating: 0, count: n + 1)
        tailStart.initialize(repeating: 0, count: n + 1)
        defer {
            headStart.deallocate()
            tailStart.deallocate()
        }
        var total = 0
        arcs { tail, head, _ in
            headStart[Int(head) + 1] &+= 1
            tailStart[Int(tail) + 1] &+= 1
            total &+= 1
        }
        for node in 0..<n {
            headStart[node + 1] &+= headStart[node]
            tailStart[node + 1] &+= tailStart[node]
        }
        // First sort: tails (and weights) bucketed by head.
        let byHeadTail = UnsafeMutablePointer<Int32>.allocate(capacity: max(total, 1))
        let byHeadWeight = UnsafeMutablePointer<Double>.allocate(capacity: weighted ? max(total, 1) : 1)
        let cursor = UnsafeMutablePointer<Int>.allocate(capacity: n + 1)
        defer {
            byHeadTail.deallocate()
            byHeadWeight.deallocate()
            cursor.deallocate()
        }
        cursor.update(from: headStart, count: n + 1)
        arcs { tail, head, weight in
            let slot = cursor[Int(head)]
            byHeadTail[slot] = tail
            if weighted { byHeadWeight[slot] = weight }
            cursor[Int(head)] = slot &+ 1
        }
        // Second sort, stable: heads bucketed by tail, visiting heads in ascending order.
        cursor.update(from: tailStart, count: n + 1)
        var targets = [Int32](unsafeUninitializedCapacity: total) { buffer, count in
            for head in 0..<n {
                for slot in headStart[head]..<headStart[head + 1] {
                    let tail = Int(byHeadTail[slot])
                    buffer[cursor[tail]] = Int32(truncatingIfNeeded: head)
                    cursor[tail] &+= 1
                }
            }
            count = total
        }
        var weights: [Double] = []
        if weighted {
            cursor.update(from: tailStart, count: n + 1)
            weights = [Double](unsafeUninitializedCapacity: total) { buffer, count in
                for head in 0..<n {
                    for slot in headStart[head]..<headStart[head + 1] {
                        let tail = Int(byHeadTail[slot])
                        buffer[cursor[tail]] = byHeadWeight[slot]
                        cursor[tail] &+= 1
                    }
                }
                count = total
            }
        }
        // Merge parallel arcs in place (rows are sorted, so repeats are adjacent).
        var offsets = [Int](repeating: 0, count: n + 1)
        var write = 0
        targets.withUnsafeMutableBufferPointer { heads in
            weights.withUnsafeMutableBufferPointer { values in
                for node in 0..<n {
                    offsets[node] = write
                    var read = tailStart[node]
                    let end = tailStart[node + 1]
                    while read < end {
                        let head = heads[read]
                        var weight = weighted ? values[read] : 1
                        read += 1
                        while read < end, heads[read] == head {
                            if weighted {
                                weight = meaning == .distance ? min(weight, values[read]) : weight + values[read]
                            }
                            read += 1
                        }
                        heads[write] = head
                        if weighted { values[write] = weight }
                        write += 1
                    }
                }
            }
        }
        offsets[n] = write
        if write < total {
            // Shrink only when merging freed a good share; otherwise keep the spare capacity.
            if write < total - total / 8 {
                targets = Array(targets[0..<write])
                if weighted { weights = Array(weights[0..<write]) }
            } else {
                targets.removeLast(total - write)
                if weighted { weights.removeLast(total - write) }
            }
        }
        return SortedArcs(offsets: offsets, targets: targets, weights: weights)
    }

    /// The view from sorted, merged arcs; `meaning` nil means unweighted.
    private init(nodeCount n: Int, directed: Bool, sorted: SortedArcs, meaning: WeightMeaning?) {
        let arcCount = sorted.targets.count
        self.nodeCount = n
        self.isDirected = directed
        self.offsets = sorted.offsets
        self.targets = sorted.targets
        let weighted = meaning != nil && sorted.weights.contains { $0 != 1 }
        self.isWeighted = weighted
        if weighted {
            // Merged weights of 1 everywhere would make strength and distance the same.
            let weights = sorted.weights
            self.strengths = meaning == .distance ? weights.map { 1 / $0 } : weights
            self.distances = meaning == .strength ? weights.map { 1 / $0 } : weights
        } else {
            // Unweighted: one array of ones serves as both (copy-on-write shares the storage).
            let ones = [Double](repeating: 1, count: arcCount)
            self.strengths = ones
            self.distances = ones
        }
        var selfLoops = 0
        for node in 0..<n {
            for arc in sorted.offsets[node]..<sorted.offsets[node + 1] where sorted.targets[arc] == Int32(node) { selfLoops += 1 }
        }
        self.edgeCount = directed ? arcCount : (arcCount + selfLoops) / 2
        self.selfLoopCount = selfLoops
        guard directed else {
            self.inOffsets = offsets
            self.inSources = targets
            self.inStrengths = strengths
            self.inDistances = distances
            return
        }
        // Incoming arcs: one counting sort of the outgoing ones by head, visiting tails in
        // ascending order, so every incoming row is sorted by source.
        var inOffsets = [Int](repeating: 0, count: n + 1)
        for head in sorted.targets { inOffsets[Int(head) + 1] += 1 }
        for node in 0..<n { inOffsets[node + 1] += inOffsets[node] }
        var cursor = inOffsets
        var inSources = [Int32](repeating: 0, count: arcCount)
        var inStrengths = weighted ? [Double](repeating: 0, count: arcCount) : strengths
        var inDistances = weighted ? [Double](repeating: 0, count: arcCount) : distances
        for tail in 0..<n {
            for arc in sorted.offsets[tail]..<sorted.offsets[tail + 1] {
                let head = Int(sorted.targets[arc])
                let slot = cursor[head]
                inSources[slot] = Int32(tail)
                if weighted {
                    inStrengths[slot] = strengths[arc]
                    inDistances[slot] = distances[arc]
                }
                cursor[head] = slot + 1
            }
        }
        self.inOffsets = inOffsets
        self.inSources = inSources
        self.inStrengths = inStrengths
        self.inDistances = inDistances
    }

    /// The same graph with every arc reversed (for in-closeness, in-paths).
    public func reversed() -> AnalysisGraph {
        guard isDirected else { return self }
        var flipped: [Arc] = []
        flipped.reserveCapacity(targets.count)
        for node in 0..<nodeCount {
            for arc in arcs(of: node) { flipped.append(Arc(from: targets[arc], to: Int32(node), weight: distances[arc])) }
        }
        return AnalysisGraph(nodeCount: nodeCount, directed: true, arcs: flipped, meaning: isWeighted ? .distance : nil)
    }
}
