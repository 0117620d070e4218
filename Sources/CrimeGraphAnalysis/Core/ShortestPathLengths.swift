/// Single-source shortest path lengths over an ``AnalysisGraph``, reusing its buffers between
/// sources. Unreached nodes have distance `.infinity`.
struct ShortestPathLengths {
    let graph: AnalysisGraph
    let weighted: Bool
    /// Follow incoming arcs instead of outgoing ones (distances *to* the source).
    let reverse: Bool
    private(set) var distance: [Double]
    /// Nodes in the order they were settled (the source first).
    private(set) var order: [Int32] = []
    private var settled: [Bool]
    /// Every node whose distance was set in the last run (reached or only queued).
    private var touched: [Int32] = []
    private var heap = MinHeap()

    init(_ graph: AnalysisGraph, weighted: Bool, reverse: Bool = false) {
        self.graph = graph
        self.weighted = weighted
        self.reverse = reverse
        distance = [Double](repeating: .infinity, count: graph.nodeCount)
        settled = [Bool](repeating: false, count: graph.nodeCount)
        order.reserveCapacity(graph.nodeCount)
    }

    /// Computes distances from `source`.
    /// - Complexity: O(n + m) unweighted (BFS), O((n + m) log n) weighted.
    mutating func run(from source: Int) {
        for node in touched { distance[Int(node)] = .infinity }
        for node in order { settled[Int(node)] = false }
        touched.removeAll(keepingCapacity: true)
        order.removeAll(keepingCapacity: true)
        let offsets = reverse ? graph.inOffsets : graph.offsets
        let heads = reverse ? graph.inSources : graph.targets
        let lengths = reverse ? graph.inDistances : graph.distances
        distance[source] = 0
        touched.append(Int32(source))
        if !weighted {
            order.append(Int32(source))
            var head = 0
            while head < order.count {
                let node = Int(order[head])
                head += 1
                let next = distance[node] + 1
                for arc in offsets[node]..<offsets[node + 1] {
                    let neighbor = Int(heads[arc])
                    if distance[neighbor] == .infinity {
                        distance[neighbor] = next
                        order.append(Int32(neighbor))
                        touched.append(Int32(neighbor))
                    }
                }
            }
            return
        }
        heap.removeAll()
        heap.push(0, Int32(source))
        while let (key, node32) = heap.pop() {
            let node = Int(node32)
            if settled[node] || key > distance[node] { continue }
            settled[node] = true
            order.append(node32)
            for arc in offsets[node]..<offsets[node + 1] {
                let neighbor = Int(heads[arc])
                let candidate = key + lengths[arc]
                if candidate < distance[neighbor] {
                    if distance[neighbor] == .infinity { touched.append(heads[arc]) }
                    distance[neighbor] = candidate
                    heap.push(candidate, heads[arc])
                }
            }
        }
    }
}
