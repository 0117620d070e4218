import CrimeGraph

/// Connectivity of an ``AnalysisGraph``: components, cut points, bridges, cores, density.
/// Every traversal is iterative, so a path of a million entities cannot overflow the stack.
public enum Structure {
    /// A partition of the nodes into components, numbered by size (largest first; ties by
    /// smallest member).
    public struct Components: Sendable {
        /// Per node, its component number.
        public let componentOf: [Int32]
        /// Per component, its size.
        public let sizes: [Int]
        /// The number of components.
        public var count: Int { sizes.count }
        /// The members of each component, ascending.
        public var members: [[Int]] {
            var lists = [[Int]](repeating: [], count: sizes.count)
            for (node, component) in componentOf.enumerated() { lists[Int(component)].append(node) }
            return lists
        }
    }

    /// Weakly connected components (connected components on an undirected view).
    /// - Complexity: O(n + m).
    public static func weakComponents(_ graph: AnalysisGraph) -> Components {
        let n = graph.nodeCount
        var label = [Int32](repeating: -1, count: n)
        var count: Int32 = 0
        var stack: [Int32] = []
        for start in 0..<n where label[start] < 0 {
            label[start] = count
            stack.append(Int32(start))
            while let node32 = stack.popLast() {
                let node = Int(node32)
                for arc in graph.arcs(of: node) where label[Int(graph.targets[arc])] < 0 {
                    label[Int(graph.targets[arc])] = count
                    stack.append(graph.targets[arc])
                }
                if graph.isDirected {
                    for arc in graph.inArcs(of: node) where label[Int(graph.inSources[arc])] < 0 {
                        label[Int(graph.inSources[arc])] = count
                        stack.append(graph.inSources[arc])
                    }
                }
            }
            count += 1
        }
        return renumbered(label, count: Int(count))
    }

    /// Strongly connected components (Tarjan's algorithm, iterative). On an undirected view they
    /// are the connected components.
    /// - Complexity: O(n + m).
    public static func strongComponents(_ graph: AnalysisGraph) -> Components {
        guard graph.isDirected else { return weakComponents(graph) }
        let n = graph.nodeCount
        var index = [Int32](repeating: -1, count: n)
        var low = [Int32](repeating: 0, count: n)
        var onStack = [Bool](repeating: false, count: n)
        var label = [Int32](repeating: -1, count: n)
        var stack: [Int32] = []
        var callStack: [(node: Int32, arc: Int)] = []
        var counter: Int32 = 0
        var components: Int32 = 0
        for root in 0..<n where index[root] < 0 {
            callStack.append((Int32(root), graph.offsets[root]))
            index[root] = counter
            low[root] = counter
            counter += 1
            stack.append(Int32(root))
            onStack[root] = true
            while var frame = callStack.popLast() {
                let node = Int(frame.node)
                var descended = false
                while frame.arc < graph.offsets[node + 1] {
                    let next = Int(graph.targets[frame.arc])
                    frame.arc += 1
                    if index[next] < 0 {
                        callStack.append(frame)
                        callStack.append((Int32(next), graph.offsets[next]))
                        index[next] = counter
                        low[next] = counter
                        counter += 1
                        stack.append(Int32(next))
                        onStack[next] = true
                        descended = true
                        break
                    } else if onStack[next] {
                        low[node] = min(low[node], index[next])
                    }
                }
                if descended { continue }
                if low[node] == index[node] {
                    while let member = stack.popLast() {
                        onStack[Int(member)] = false
                        label[Int(member)] = components
                        if Int(member) == node { break }
                    }
                    components += 1
                }
                if let parent = callStack.last { low[Int(parent.node)] = min(low[Int(parent.node)], low[node]) }
            }
        }
        return renumbered(label, count: Int(components))
    }

    /// Whether every node reaches every other (strongly, on a directed view).
    public static func isStronglyConnected(_ graph: AnalysisGraph) -> Bool {
        graph.nodeCount > 0 && strongComponents(graph).count == 1
    }

    static func renumbered(_ label: [Int32], count: Int) -> Components {
        var sizes = [Int](repeating: 0, count: count)
        var first = [Int](repeating: Int.max, count: count)
        for (node, component) in label.enumerated() {
            sizes[Int(component)] += 1
            first[Int(component)] = min(first[Int(component)], node)
        }
        let order = (0..<count).sorted { sizes[$0] != sizes[$1] ? sizes[$0] > sizes[$1] : first[$0] < first[$1] }
        var rank = [Int32](repeating: 0, count: count)
        for (position, component) in order.enumerated() { rank[component] = Int32(position) }
        return Components(componentOf: label.map { rank[Int($0)] }, sizes: order.map { sizes[$0] })
    }

    /// Density as NetworkX computes it: m / (n(n−1)/2) undirected, m / (n(n−1)) directed,
    /// counting self-loops among the m edges; 0 for fewer than two nodes.
    public static func density(_ graph: AnalysisGraph) -> Double {
        let n = Double(graph.nodeCount)
        guard n > 1 else { return 0 }
        let m = Double(graph.edgeCount)
        return graph.isDirected ? m / (n * (n - 1)) : 2 * m / (n * (n - 1))
    }
}
