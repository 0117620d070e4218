import CrimeGraph

extension Structure {
    /// Entities and ties whose removal disconnects part of the network.
    public struct CutPoints: Sendable {
        /// Articulation points (cut vertices), ascending.
        public let articulationPoints: [Int]
        /// Bridges as (lower, higher) node pairs, sorted.
        public let bridges: [Bridge]
    }

    /// An edge whose removal disconnects its ends.
    public struct Bridge: Hashable, Sendable {
        /// The lower-numbered end.
        public let from: Int
        /// The higher-numbered end.
        public let to: Int
    }

    /// Articulation points and bridges of the undirected view (Hopcroft–Tarjan, iterative).
    /// Self-loops are ignored; parallel relationships were merged into one edge by the view,
    /// so a tie doubled in the case file is still a bridge — as in NetworkX.
    /// - Complexity: O(n + m), on the flat neighbour arrays (no per-node lists).
    public static func cutPoints(_ graph: AnalysisGraph) -> CutPoints {
        let n = graph.nodeCount
        let simple = graph.simpleNeighbors()
        var discovery = [Int32](repeating: -1, count: n)
        var low = [Int32](repeating: 0, count: n)
        var isCut = [Bool](repeating: false, count: n)
        var bridges: [Bridge] = []
        var time: Int32 = 0
        // The DFS stack as parallel arrays: node, its parent, and the next neighbour position.
        var stackNode = [Int32](repeating: 0, count: n)
        var stackParent = [Int32](repeating: 0, count: n)
        var stackNext = [Int](repeating: 0, count: n)
        simple.offsets.withUnsafeBufferPointer { offsets in
            simple.neighbors.withUnsafeBufferPointer { neighbors in
                discovery.withUnsafeMutableBufferPointer { discovery in
                    low.withUnsafeMutableBufferPointer { low in
                        for root in 0..<n where discovery[root] < 0 {
                            discovery[root] = time
                            low[root] = time
                            time += 1
                            var depth = 1
                            stackNode[0] = Int32(root)
                            stackParent[0] = -1
                            stackNext[0] = offsets[root]
                            var rootChildren = 0
                            while depth > 0 {
                                let top = depth - 1
                                let node = Int(stackNode[top])
                                let next = stackNext[top]
                                if next < offsets[node + 1] {
                                    stackNext[top] = next + 1
                                    let neighbor = Int(neighbors[next])
                                    if discovery[neighbor] < 0 {
                                        discovery[neighbor] = time
                                        low[neighbor] = time
                                        time += 1
                                        if top == 0 { rootChildren += 1 }
                                        stackNode[depth] = Int32(neighbor)
                                        stackParent[depth] = Int32(node)
                                        stackNext[depth] = offsets[neighbor]
                                        depth += 1
                                    } else if neighbor != Int(stackParent[top]) {
                                        low[node] = min(low[node], discovery[neighbor])
                                    }
                                    continue
                                }
                                depth -= 1
                                let parent = Int(stackParent[top])
                                guard parent >= 0 else { continue }
                                low[parent] = min(low[parent], low[node])
                                if low[node] > discovery[parent] {
                                    bridges.append(Bridge(from: min(parent, node), to: max(parent, node)))
                                }
                                // The root is a cut point only with two DFS children (below).
                                if top - 1 > 0 && low[node] >= discovery[parent] { isCut[parent] = true }
                            }
                            if rootChildren > 1 { isCut[root] = true }
                        }
                    }
                }
            }
        }
        bridges.sort { ($0.from, $0.to) < ($1.from, $1.to) }
        return CutPoints(articulationPoints: (0..<n).filter { isCut[$0] }, bridges: bridges)
    }

    /// The k-core number of every node (Batagelj–Zaversnik bucket algorithm) on the undirected
    /// view with self-loops removed: the largest k such that the node belongs to a subgraph in
    /// which everyone has at least k neighbours. Equals NetworkX's `core_number`.
    /// - Complexity: O(n + m), on the flat neighbour arrays.
    public static func coreNumbers(_ graph: AnalysisGraph) -> [Int] {
        let n = graph.nodeCount
        guard n > 0 else { return [] }
        let simple = graph.simpleNeighbors()
        var degree = [Int32](repeating: 0, count: n)
        var maximum = 0
        for node in 0..<n {
            let d = simple.offsets[node + 1] - simple.offsets[node]
            degree[node] = Int32(d)
            maximum = max(maximum, d)
        }
        // bins[d]: where the nodes of current degree d start in `order`.
        var bins = [Int32](repeating: 0, count: maximum + 2)
        for node in 0..<n { bins[Int(degree[node])] += 1 }
        var start: Int32 = 0
        for value in 0...maximum {
            let count = bins[value]
            bins[value] = start
            start += count
        }
        var position = [Int32](repeating: 0, count: n)
        var order = [Int32](repeating: 0, count: n)
        degree.withUnsafeMutableBufferPointer { degree in
            bins.withUnsafeMutableBufferPointer { bins in
                position.withUnsafeMutableBufferPointer { position in
                    order.withUnsafeMutableBufferPointer { order in
                        for node in 0..<n {
                            let d = Int(degree[node])
                            position[node] = bins[d]
                            order[Int(bins[d])] = Int32(node)
                            bins[d] += 1
                        }
                        for value in stride(from: maximum, to: 0, by: -1) { bins[value] = bins[value - 1] }
                        bins[0] = 0
                        simple.offsets.withUnsafeBufferPointer { offsets in
                            simple.neighbors.withUnsafeBufferPointer { neighbors in
                                for index in 0..<n {
                                    let node = Int(order[index])
                                    let nodeDegree = degree[node]
                                    for slot in offsets[node]..<offsets[node + 1] {
                                        let neighbor = Int(neighbors[slot])
                                        let neighborDegree = degree[neighbor]
                                        guard neighborDegree > nodeDegree else { continue }
                                        let firstPosition = Int(bins[Int(neighborDegree)])
                                        let firstNode = Int(order[firstPosition])
                                        if firstNode != neighbor {
                                            let current = position[neighbor]
                                            order[Int(current)] = Int32(firstNode)
                                            position[firstNode] = current
                                            order[firstPosition] = Int32(neighbor)
                                            position[neighbor] = Int32(firstPosition)
                                        }
                                        bins[Int(neighborDegree)] += 1
                                        degree[neighbor] = neighborDegree - 1
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
        return degree.map { Int($0) }
    }
}

extension AnalysisGraph {
    /// Neighbour lists of the undirected simple graph underneath: sorted, without self-loops,
    /// outgoing and incoming merged on a directed view.
    struct SimpleNeighbors {
        var offsets: [Int]
        var neighbors: [Int32]
    }

    /// The undirected neighbour lists without self-loops; shares the view's arrays when it is
    /// undirected and loop-free.
    /// - Complexity: O(n + m).
    func simpleNeighbors() -> SimpleNeighbors {
        let n = nodeCount
        if !isDirected {
            var loops = false
            for node in 0..<n where !loops {
                for arc in arcs(of: node) where targets[arc] == Int32(node) {
                    loops = true
                    break
                }
            }
            if !loops { return SimpleNeighbors(offsets: offsets, neighbors: targets) }
        }
        var newOffsets = [Int](repeating: 0, count: n + 1)
        var list: [Int32] = []
        list.reserveCapacity(isDirected ? 2 * targets.count : targets.count)
        for node in 0..<n {
            let me = Int32(node)
            var a = offsets[node]
            let aEnd = offsets[node + 1]
            var b = isDirected ? inOffsets[node] : 0
            let bEnd = isDirected ? inOffsets[node + 1] : 0
            while a < aEnd || b < bEnd {
                let next: Int32
                if b == bEnd || (a < aEnd && targets[a] <= inSources[b]) {
                    next = targets[a]
                    if b < bEnd && inSources[b] == next { b += 1 }
                    a += 1
                } else {
                    next = inSources[b]
                    b += 1
                }
                if next != me { list.append(next) }
            }
            newOffsets[node + 1] = list.count
        }
        return SimpleNeighbors(offsets: newOffsets, neighbors: list)
    }
}
