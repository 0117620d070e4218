/// One Brandes pass (single-source shortest paths with path counts, then dependency
/// accumulation), with buffers reused between sources.
///
/// Predecessors are not stored: during accumulation a node's predecessors are found again by
/// scanning its incoming arcs for `distance[v] + length == distance[w]`, the same comparison the
/// forward pass used, so ties between equally short weighted paths are counted exactly as in
/// NetworkX (which compares floating-point sums with `==` too).
struct BrandesPass {
    let graph: AnalysisGraph
    let weighted: Bool
    var distance: [Double]
    var sigma: [Double]
    var delta: [Double]
    var order: [Int32] = []
    var settled: [Bool]
    var touched: [Int32] = []
    var heap = MinHeap()

    init(_ graph: AnalysisGraph, weighted: Bool) {
        self.graph = graph
        self.weighted = weighted
        distance = [Double](repeating: .infinity, count: graph.nodeCount)
        sigma = [Double](repeating: 0, count: graph.nodeCount)
        delta = [Double](repeating: 0, count: graph.nodeCount)
        settled = [Bool](repeating: false, count: graph.nodeCount)
    }

    /// Runs the forward pass from `source`: distances, path counts, settle order.
    mutating func forward(from source: Int) {
        for node in touched {
            let index = Int(node)
            distance[index] = .infinity
            sigma[index] = 0
            delta[index] = 0
            settled[index] = false
        }
        touched.removeAll(keepingCapacity: true)
        order.removeAll(keepingCapacity: true)
        distance[source] = 0
        sigma[source] = 1
        touched.append(Int32(source))
        let offsets = graph.offsets
        let targets = graph.targets
        if !weighted {
            order.append(Int32(source))
            var head = 0
            while head < order.count {
                let node = Int(order[head])
                head += 1
                let next = distance[node] + 1
                let paths = sigma[node]
                for arc in offsets[node]..<offsets[node + 1] {
                    let neighbor = Int(targets[arc])
                    if distance[neighbor] == .infinity {
                        distance[neighbor] = next
                        order.append(targets[arc])
                        touched.append(targets[arc])
                    }
                    if distance[neighbor] == next { sigma[neighbor] += paths }
                }
            }
            return
        }
        let lengths = graph.distances
        heap.removeAll()
        heap.push(0, Int32(source))
        while let (key, node32) = heap.pop() {
            let node = Int(node32)
            if settled[node] || key > distance[node] { continue }
            settled[node] = true
            order.append(node32)
            let paths = sigma[node]
            for arc in offsets[node]..<offsets[node + 1] {
                let neighbor = Int(targets[arc])
                if settled[neighbor] { continue }
                let candidate = key + lengths[arc]
                if candidate < distance[neighbor] {
                    if distance[neighbor] == .infinity { touched.append(targets[arc]) }
                    distance[neighbor] = candidate
                    sigma[neighbor] = paths
                    heap.push(candidate, targets[arc])
                } else if candidate == distance[neighbor] {
                    sigma[neighbor] += paths
                }
            }
        }
    }

    /// Accumulates dependencies back from the farthest node. Calls `edge(arcIndex, value)` for
    /// each shortest-path arc (an index into the incoming arrays) and returns nothing: node
    /// dependencies are left in ``delta``.
    mutating func accumulate(source: Int, edge: ((Int, Double) -> Void)? = nil) {
        let inOffsets = graph.inOffsets
        let inSources = graph.inSources
        let inLengths = graph.inDistances
        var position = order.count - 1
        while position >= 0 {
            let w = Int(order[position])
            position -= 1
            let coefficient = (1 + delta[w]) / sigma[w]
            let reach = distance[w]
            for arc in inOffsets[w]..<inOffsets[w + 1] {
                let v = Int(inSources[arc])
                let isPredecessor = weighted ? distance[v] + inLengths[arc] == reach && settled[v] : distance[v] == reach - 1
                guard isPredecessor, v != w else { continue }
                let share = sigma[v] * coefficient
                delta[v] += share
                edge?(arc, share)
            }
        }
    }
}

/// Brandes' algorithm on hop counts, with flat buffers reused between sources: a BFS that
/// counts shortest paths, then dependencies accumulated back from the farthest node.
///
/// The accumulation pulls: a node's dependency is its path count times the sum of
/// `(1 + δ(w)) / σ(w)` over its successors w (neighbours one step farther), so each node's
/// value is written once and read by its predecessors.
struct UnweightedBrandes {
    let graph: AnalysisGraph
    private var distance: [Int32]
    private var sigma: [Double]
    /// `(1 + δ(w)) / σ(w)` of every finished node.
    private var coefficient: [Double]
    private var order: [Int32]

    init(_ graph: AnalysisGraph) {
        self.graph = graph
        distance = [Int32](repeating: -1, count: graph.nodeCount)
        sigma = [Double](repeating: 0, count: graph.nodeCount)
        coefficient = [Double](repeating: 0, count: graph.nodeCount)
        order = [Int32](repeating: 0, count: graph.nodeCount)
    }

    /// Adds the dependencies of `source` on every other node to `sums`.
    /// - Complexity: O(n + m).
    mutating func run(from source: Int, into sums: inout [Double]) {
        graph.offsets.withUnsafeBufferPointer { offsets in
            graph.targets.withUnsafeBufferPointer { targets in
                distance.withUnsafeMutableBufferPointer { distance in
                    sigma.withUnsafeMutableBufferPointer { sigma in
                        coefficient.withUnsafeMutableBufferPointer { coefficient in
                            order.withUnsafeMutableBufferPointer { order in
                                sums.withUnsafeMutableBufferPointer { sums in
                                    distance[source] = 0
                                    sigma[source] = 1
                                    order[0] = Int32(source)
                                    var head = 0
                                    var tail = 1
                                    while head < tail {
                                        let node = Int(order[head])
                                        head += 1
                                        let next = distance[node] + 1
                                        let paths = sigma[node]
                                        for arc in offsets[node]..<offsets[node + 1] {
                                            let neighbor = Int(targets[arc])
                                            let known = distance[neighbor]
                                            if known < 0 {
                                                distance[neighbor] = next
                                                sigma[neighbor] = paths
                                                order[tail] = Int32(neighbor)
                                                tail += 1
                                            } else if known == next {
                                                sigma[neighbor] += paths
                                            }
                                        }
                                    }
                                    var position = tail - 1
                                    while position > 0 {
                                        let node = Int(order[position])
                                        position -= 1
                                        let next = distance[node] + 1
                                        var pulled = 0.0
                                        for arc in offsets[node]..<offsets[node + 1] {
                                            let neighbor = Int(targets[arc])
                                            // Branch-free: whether a neighbour is one step farther is
                                            // a coin toss the processor cannot predict.
                                            let value = coefficient[neighbor]
                                            pulled += distance[neighbor] == next ? value : 0
                                        }
                                        let dependency = sigma[node] * pulled
                                        sums[node] += dependency
                                        coefficient[node] = (1 + dependency) / sigma[node]
                                    }
                                    for position in 0..<tail {
                                        let node = Int(order[position])
                                        distance[node] = -1
                                        sigma[node] = 0
                                        coefficient[node] = 0
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
    }
}
