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
