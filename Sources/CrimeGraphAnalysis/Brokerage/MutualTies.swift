/// The symmetric mutual-weight graph behind Burt's measures: for each entity, its neighbours
/// either way (sorted, self-loops left out) with mutual weight a_uv + a_vu, and per entity the
/// sum and largest of those weights.
struct MutualTies {
    var offsets: [Int]
    var neighbors: [Int32]
    var weights: [Double]
    var total: [Double]
    var largest: [Double]

    func range(of node: Int) -> Range<Int> { offsets[node]..<offsets[node + 1] }

    /// p_uv: the share of u's mutual weight on the tie at `position` of u's list.
    func proportion(at position: Int, of node: Int) -> Double {
        let sum = total[node]
        return sum == 0 ? 0 : weights[position] / sum
    }

    init(_ graph: AnalysisGraph) {
        let n = graph.nodeCount
        offsets = [Int](repeating: 0, count: n + 1)
        neighbors = []
        weights = []
        neighbors.reserveCapacity(graph.isDirected ? 2 * graph.targets.count : graph.targets.count)
        weights.reserveCapacity(neighbors.capacity)
        total = [Double](repeating: 0, count: n)
        largest = [Double](repeating: 0, count: n)
        for node in 0..<n {
            let start = neighbors.count
            if graph.isDirected {
                // Merge the sorted out- and in-lists; a self-loop appears in both.
                var a = graph.offsets[node]
                var b = graph.inOffsets[node]
                let aEnd = graph.offsets[node + 1]
                let bEnd = graph.inOffsets[node + 1]
                while a < aEnd || b < bEnd {
                    if (a < aEnd && Int(graph.targets[a]) == node) || (b < bEnd && Int(graph.inSources[b]) == node) {
                        // A self-loop is listed both out and in, at the same place in order.
                        if a < aEnd && Int(graph.targets[a]) == node { a += 1 }
                        if b < bEnd && Int(graph.inSources[b]) == node { b += 1 }
                        continue
                    }
                    if b == bEnd || (a < aEnd && graph.targets[a] < graph.inSources[b]) {
                        append(graph.targets[a], graph.strengths[a])
                        a += 1
                    } else if a == aEnd || graph.inSources[b] < graph.targets[a] {
                        append(graph.inSources[b], graph.inStrengths[b])
                        b += 1
                    } else {
                        append(graph.targets[a], graph.strengths[a] + graph.inStrengths[b])
                        a += 1
                        b += 1
                    }
                }
            } else {
                for arc in graph.arcs(of: node) where Int(graph.targets[arc]) != node {
                    append(graph.targets[arc], 2 * graph.strengths[arc])
                }
            }
            var sum = 0.0
            var most = 0.0
            for position in start..<neighbors.count {
                sum += weights[position]
                most = max(most, weights[position])
            }
            total[node] = sum
            largest[node] = most
            offsets[node + 1] = neighbors.count
        }
    }

    private mutating func append(_ neighbor: Int32, _ weight: Double) {
        neighbors.append(neighbor)
        weights.append(weight)
    }
}
