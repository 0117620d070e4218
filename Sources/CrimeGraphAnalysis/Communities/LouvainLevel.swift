/// One level of the Louvain method: a weighted graph whose nodes are the communities of the
/// level below (the entities themselves at the first level), in flat arrays.
///
/// Self-loops are kept apart from the neighbour lists, as NetworkX's `_one_level` leaves them
/// out of `nbrs` while counting them in the degrees. Directed levels keep their outgoing arcs
/// for aggregation and list in- and out-neighbours together, weights summed, for the moves.
struct LouvainLevel {
    var nodeCount: Int
    var isDirected: Bool
    /// Neighbours other than the node itself (in and out merged when directed), sorted, with
    /// summed weights.
    var offsets: [Int]
    var neighbors: [Int32]
    var weights: [Double]
    /// Directed only: outgoing arcs without self-loops.
    var outOffsets: [Int] = []
    var outTargets: [Int32] = []
    var outWeights: [Double] = []
    /// Self-loop weight per node.
    var selfLoops: [Double]
    /// Out-strength (undirected: strength, a self-loop twice) and in-strength per node.
    var outDegree: [Double]
    var inDegree: [Double]

    /// The first level: the analysis graph itself.
    init(_ graph: AnalysisGraph) {
        let n = graph.nodeCount
        nodeCount = n
        isDirected = graph.isDirected
        selfLoops = [Double](repeating: 0, count: n)
        var offsets = [Int](repeating: 0, count: n + 1)
        var targets: [Int32] = []
        var weights: [Double] = []
        targets.reserveCapacity(graph.targets.count)
        weights.reserveCapacity(graph.targets.count)
        for node in 0..<n {
            for arc in graph.arcs(of: node) {
                let target = graph.targets[arc]
                if Int(target) == node {
                    selfLoops[node] += graph.strengths[arc]
                } else {
                    targets.append(target)
                    weights.append(graph.strengths[arc])
                }
            }
            offsets[node + 1] = targets.count
        }
        if graph.isDirected {
            outOffsets = offsets
            outTargets = targets
            outWeights = weights
            outDegree = [Double](repeating: 0, count: n)
            inDegree = [Double](repeating: 0, count: n)
            (self.offsets, neighbors, self.weights) = ([], [], [])
            finishDirected(computingDegrees: true)
        } else {
            self.offsets = offsets
            neighbors = targets
            self.weights = weights
            var degree = [Double](repeating: 0, count: n)
            for node in 0..<n {
                var sum = 0.0
                for position in offsets[node]..<offsets[node + 1] { sum += weights[position] }
                degree[node] = sum + 2 * selfLoops[node]
            }
            outDegree = degree
            inDegree = degree
        }
    }

    private init(nodeCount: Int, isDirected: Bool, selfLoops: [Double]) {
        self.nodeCount = nodeCount
        self.isDirected = isDirected
        self.selfLoops = selfLoops
        offsets = []
        neighbors = []
        weights = []
        outDegree = []
        inDegree = []
    }

    /// The total tie weight m: edges once (self-loops once) or arcs.
    var totalWeight: Double {
        if isDirected { return outDegree.reduce(0, +) }
        return outDegree.reduce(0, +) / 2
    }

    /// Directed: the merged neighbour lists and, if asked, the degrees from the outgoing arcs
    /// and self-loops.
    private mutating func finishDirected(computingDegrees: Bool) {
        let n = nodeCount
        var inOffsets = [Int](repeating: 0, count: n + 1)
        for target in outTargets { inOffsets[Int(target) + 1] += 1 }
        for node in 0..<n { inOffsets[node + 1] += inOffsets[node] }
        var cursor = inOffsets
        var inSources = [Int32](repeating: 0, count: outTargets.count)
        var inWeights = [Double](repeating: 0, count: outTargets.count)
        for node in 0..<n {
            var out = selfLoops[node]
            for position in outOffsets[node]..<outOffsets[node + 1] {
                let target = Int(outTargets[position])
                inSources[cursor[target]] = Int32(node)
                inWeights[cursor[target]] = outWeights[position]
                cursor[target] += 1
                out += outWeights[position]
            }
            if computingDegrees { outDegree[node] = out }
        }
        offsets = [Int](repeating: 0, count: n + 1)
        neighbors = []
        weights = []
        neighbors.reserveCapacity(2 * outTargets.count)
        weights.reserveCapacity(2 * outTargets.count)
        for node in 0..<n {
            var incoming = selfLoops[node]
            for position in inOffsets[node]..<inOffsets[node + 1] { incoming += inWeights[position] }
            if computingDegrees { inDegree[node] = incoming }
            var a = outOffsets[node]
            var b = inOffsets[node]
            let aEnd = outOffsets[node + 1]
            let bEnd = inOffsets[node + 1]
            while a < aEnd || b < bEnd {
                if b == bEnd || (a < aEnd && outTargets[a] < inSources[b]) {
                    neighbors.append(outTargets[a])
                    weights.append(outWeights[a])
                    a += 1
                } else if a == aEnd || inSources[b] < outTargets[a] {
                    neighbors.append(inSources[b])
                    weights.append(inWeights[b])
                    b += 1
                } else {
                    neighbors.append(outTargets[a])
                    weights.append(outWeights[a] + inWeights[b])
                    a += 1
                    b += 1
                }
            }
            offsets[node + 1] = neighbors.count
        }
    }

    /// The next level: one node per community of `membership` (numbered `0..<count`), ties
    /// between communities summed, ties inside a community become its self-loop (as NetworkX's
    /// `_gen_graph`).
    /// - Complexity: O(n + m + Σ d log d).
    func aggregated(by membership: [Int32], count: Int) -> LouvainLevel {
        var memberOffsets = [Int](repeating: 0, count: count + 1)
        for community in membership { memberOffsets[Int(community) + 1] += 1 }
        for community in 0..<count { memberOffsets[community + 1] += memberOffsets[community] }
        var cursor = memberOffsets
        var members = [Int32](repeating: 0, count: nodeCount)
        for node in 0..<nodeCount {
            let community = Int(membership[node])
            members[cursor[community]] = Int32(node)
            cursor[community] += 1
        }
        var next = LouvainLevel(nodeCount: count, isDirected: isDirected, selfLoops: [Double](repeating: 0, count: count))
        var accumulated = [Double](repeating: 0, count: count)
        var touched = [Bool](repeating: false, count: count)
        var list: [Int32] = []
        var newOffsets = [Int](repeating: 0, count: count + 1)
        var newTargets: [Int32] = []
        var newWeights: [Double] = []
        var nextOut = [Double](repeating: 0, count: count)
        var nextIn = [Double](repeating: 0, count: count)
        for community in 0..<count {
            var inside = 0.0
            for member in members[memberOffsets[community]..<memberOffsets[community + 1]] {
                let node = Int(member)
                next.selfLoops[community] += selfLoops[node]
                nextOut[community] += outDegree[node]
                nextIn[community] += inDegree[node]
                let range = isDirected ? outOffsets[node]..<outOffsets[node + 1] : offsets[node]..<offsets[node + 1]
                for position in range {
                    let other = Int(isDirected ? outTargets[position] : neighbors[position])
                    let weight = isDirected ? outWeights[position] : weights[position]
                    let target = Int(membership[other])
                    if target == community {
                        inside += weight
                    } else {
                        if !touched[target] {
                            touched[target] = true
                            list.append(Int32(target))
                        }
                        accumulated[target] += weight
                    }
                }
            }
            // Undirected lists hold each inner edge at both ends.
            next.selfLoops[community] += isDirected ? inside : inside / 2
            list.sort()
            for target in list {
                newTargets.append(target)
                newWeights.append(accumulated[Int(target)])
                accumulated[Int(target)] = 0
                touched[Int(target)] = false
            }
            list.removeAll(keepingCapacity: true)
            newOffsets[community + 1] = newTargets.count
        }
        next.outDegree = nextOut
        next.inDegree = nextIn
        if isDirected {
            next.outOffsets = newOffsets
            next.outTargets = newTargets
            next.outWeights = newWeights
            next.finishDirected(computingDegrees: false)
        } else {
            next.offsets = newOffsets
            next.neighbors = newTargets
            next.weights = newWeights
        }
        return next
    }

    /// The modularity of `membership` (numbered `0..<count`) on this level, with the original
    /// graph's total weight `m`.
    /// - Complexity: O(n + m).
    func modularity(of membership: [Int32], count: Int, totalWeight m: Double, resolution: Double) -> Double {
        var inside = [Double](repeating: 0, count: count)
        var out = [Double](repeating: 0, count: count)
        var into = [Double](repeating: 0, count: count)
        for node in 0..<nodeCount {
            let community = Int(membership[node])
            inside[community] += selfLoops[node]
            out[community] += outDegree[node]
            into[community] += inDegree[node]
            let range = isDirected ? outOffsets[node]..<outOffsets[node + 1] : offsets[node]..<offsets[node + 1]
            for position in range {
                let other = Int(isDirected ? outTargets[position] : neighbors[position])
                guard membership[other] == membership[node] else { continue }
                if isDirected || other > node {
                    inside[community] += isDirected ? outWeights[position] : weights[position]
                }
            }
        }
        let norm = isDirected ? 1 / (m * m) : 1 / (4 * m * m)
        var q = 0.0
        for community in 0..<count {
            q += inside[community] / m - resolution * out[community] * into[community] * norm
        }
        return q
    }
}
