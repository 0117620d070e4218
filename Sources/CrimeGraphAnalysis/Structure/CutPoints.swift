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
    /// - Complexity: O(n + m).
    public static func cutPoints(_ graph: AnalysisGraph) -> CutPoints {
        let n = graph.nodeCount
        // Undirected neighbour lists: outgoing and incoming arcs together.
        let neighborLists: (Int) -> [Int32] = { node in
            guard graph.isDirected else { return Array(graph.neighbors(of: node)) }
            return Array(Set(graph.neighbors(of: node)).union(graph.inSources[graph.inArcs(of: node)])).sorted()
        }
        var discovery = [Int32](repeating: -1, count: n)
        var low = [Int32](repeating: 0, count: n)
        var isCut = [Bool](repeating: false, count: n)
        var bridges: [Bridge] = []
        var time: Int32 = 0
        struct Frame {
            var node: Int32
            var parent: Int32
            var neighbors: [Int32]
            var next: Int
            var children: Int
        }
        var stack: [Frame] = []
        for root in 0..<n where discovery[root] < 0 {
            discovery[root] = time
            low[root] = time
            time += 1
            stack.append(Frame(node: Int32(root), parent: -1, neighbors: neighborLists(root), next: 0, children: 0))
            while !stack.isEmpty {
                let top = stack.count - 1
                let node = Int(stack[top].node)
                if stack[top].next < stack[top].neighbors.count {
                    let neighbor = Int(stack[top].neighbors[stack[top].next])
                    stack[top].next += 1
                    if neighbor == node { continue }
                    if discovery[neighbor] < 0 {
                        discovery[neighbor] = time
                        low[neighbor] = time
                        time += 1
                        stack[top].children += 1
                        stack.append(Frame(node: Int32(neighbor), parent: Int32(node), neighbors: neighborLists(neighbor), next: 0, children: 0))
                    } else if neighbor != Int(stack[top].parent) {
                        low[node] = min(low[node], discovery[neighbor])
                    }
                    continue
                }
                let finished = stack.removeLast()
                let parent = Int(finished.parent)
                if parent >= 0 {
                    low[parent] = min(low[parent], low[node])
                    if low[node] > discovery[parent] { bridges.append(Bridge(from: min(parent, node), to: max(parent, node))) }
                    let parentIsRoot = stack.last?.parent == -1
                    if !parentIsRoot && low[node] >= discovery[parent] { isCut[parent] = true }
                } else if finished.children > 1 {
                    isCut[node] = true
                }
            }
        }
        bridges.sort { ($0.from, $0.to) < ($1.from, $1.to) }
        return CutPoints(articulationPoints: (0..<n).filter { isCut[$0] }, bridges: bridges)
    }

    /// The k-core number of every node (Batagelj–Zaversnik bucket algorithm) on the undirected
    /// view with self-loops removed: the largest k such that the node belongs to a subgraph in
    /// which everyone has at least k neighbours. Equals NetworkX's `core_number`.
    /// - Complexity: O(n + m).
    public static func coreNumbers(_ graph: AnalysisGraph) -> [Int] {
        let n = graph.nodeCount
        var neighbors = [[Int32]](repeating: [], count: n)
        for node in 0..<n {
            var set = Set(graph.neighbors(of: node))
            if graph.isDirected { set.formUnion(graph.inSources[graph.inArcs(of: node)]) }
            set.remove(Int32(node))
            neighbors[node] = Array(set)
        }
        var degree = neighbors.map(\.count)
        let maximum = degree.max() ?? 0
        var bins = [Int](repeating: 0, count: maximum + 1)
        for value in degree { bins[value] += 1 }
        var start = 0
        for value in 0...maximum {
            let count = bins[value]
            bins[value] = start
            start += count
        }
        var position = [Int](repeating: 0, count: n)
        var order = [Int](repeating: 0, count: n)
        for node in 0..<n {
            position[node] = bins[degree[node]]
            order[position[node]] = node
            bins[degree[node]] += 1
        }
        for value in stride(from: maximum, to: 0, by: -1) { bins[value] = bins[value - 1] }
        if maximum >= 0, !bins.isEmpty { bins[0] = 0 }
        for index in 0..<n {
            let node = order[index]
            for neighbor32 in neighbors[node] {
                let neighbor = Int(neighbor32)
                if degree[neighbor] > degree[node] {
                    let neighborDegree = degree[neighbor]
                    let firstPosition = bins[neighborDegree]
                    let firstNode = order[firstPosition]
                    if firstNode != neighbor {
                        order[position[neighbor]] = firstNode
                        position[firstNode] = position[neighbor]
                        order[firstPosition] = neighbor
                        position[neighbor] = firstPosition
                    }
                    bins[neighborDegree] += 1
                    degree[neighbor] -= 1
                }
            }
        }
        return degree
    }
}
