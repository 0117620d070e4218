import CrimeGraph

extension Structure {
    /// Distance statistics of one connected component.
    public struct ComponentDistances: Hashable, Sendable {
        /// The component's number in ``Components``.
        public let component: Int
        /// Its number of entities.
        public let size: Int
        /// The longest shortest path, in relationships.
        public let diameter: Int
        /// The mean shortest path length over ordered pairs of distinct members.
        public let averageDistance: Double
    }

    /// Diameter and average distance of every weak component with at least two members, on the
    /// undirected unweighted view (as NetworkX's `diameter` and `average_shortest_path_length`
    /// per component). Components larger than `limit` are left out (exact all-pairs distances
    /// cost O(s·m) for a component of s entities).
    /// - Complexity: O(Σ s·m_s) over the components; all cores.
    public static func componentDistances(_ graph: AnalysisGraph, limit: Int = 20_000, progress: ProgressHandler? = nil) -> [ComponentDistances] {
        let undirected = graph.isDirected ? graph.undirectedView() : graph
        let components = weakComponents(undirected)
        let members = components.members
        var results: [ComponentDistances] = []
        for (number, group) in members.enumerated() where group.count >= 2 && group.count <= limit {
            let counter = ProgressCounter(total: group.count, handler: progress)
            let partials = Parallel.map { part, parts -> (Double, Int) in
                var search = ShortestPathLengths(undirected, weighted: false)
                var total = 0.0
                var diameter = 0
                var index = part
                while index < group.count {
                    search.run(from: group[index])
                    for node in search.order {
                        let distance = search.distance[Int(node)]
                        total += distance
                        diameter = max(diameter, Int(distance))
                    }
                    counter.step()
                    index += parts
                }
                return (total, diameter)
            }
            let total = partials.reduce(0) { $0 + $1.0 }
            let diameter = partials.map(\.1).max() ?? 0
            let pairs = Double(group.count) * Double(group.count - 1)
            results.append(ComponentDistances(component: number, size: group.count, diameter: diameter, averageDistance: total / pairs))
        }
        return results
    }
}

extension AnalysisGraph {
    /// The same nodes with every arc made an undirected edge (merging both directions as the
    /// undirected view of the source graph would).
    public func undirectedView() -> AnalysisGraph {
        guard isDirected else { return self }
        var arcs: [Arc] = []
        arcs.reserveCapacity(2 * targets.count)
        for node in 0..<nodeCount {
            for arc in self.arcs(of: node) {
                let head = targets[arc]
                arcs.append(Arc(from: Int32(node), to: head, weight: strengths[arc]))
                if head != Int32(node) { arcs.append(Arc(from: head, to: Int32(node), weight: strengths[arc])) }
            }
        }
        return AnalysisGraph(nodeCount: nodeCount, directed: false, arcs: arcs, meaning: isWeighted ? .strength : nil)
    }
}
