import CrimeGraph

extension ConnectionGraph {
    /// Distances from `source` and, per entity, its predecessors on shortest paths.
    struct ShortestPathTree {
        var distance: [Double]
        var predecessors: [[Int32]]
    }

    /// Single-source shortest paths with every shortest predecessor kept.
    /// - Complexity: O(n + m) unweighted, O((n + m) log n) weighted.
    func shortestPathTree(from source: Int) -> ShortestPathTree {
        let n = nodeCount
        var distance = [Double](repeating: .infinity, count: n)
        var predecessors = [[Int32]](repeating: [], count: n)
        distance[source] = 0
        if !weighted {
            var queue = [source]
            var head = 0
            while head < queue.count {
                let node = queue[head]
                head += 1
                for arc in arcs(of: node) {
                    let next = Int(neighbors[arc])
                    if distance[next] == .infinity {
                        distance[next] = distance[node] + 1
                        queue.append(next)
                    }
                    if distance[next] == distance[node] + 1 { predecessors[next].append(Int32(node)) }
                }
            }
            return ShortestPathTree(distance: distance, predecessors: predecessors)
        }
        var settled = [Bool](repeating: false, count: n)
        var heap = MinHeap()
        heap.push(0, Int32(source))
        while let (key, node32) = heap.pop() {
            let node = Int(node32)
            if settled[node] || key > distance[node] { continue }
            settled[node] = true
            for arc in arcs(of: node) {
                let next = Int(neighbors[arc])
                if settled[next] { continue }
                let candidate = key + distances[arc]
                if candidate < distance[next] {
                    distance[next] = candidate
                    predecessors[next] = [node32]
                    heap.push(candidate, neighbors[arc])
                } else if candidate == distance[next] {
                    predecessors[next].append(node32)
                }
            }
        }
        return ShortestPathTree(distance: distance, predecessors: predecessors)
    }

    /// One shortest connection from `source` to `target` (fewest hops, or least distance when
    /// weighted); among equals, the one through lower-numbered entities.
    /// - Complexity: as `shortestPathTree(from:)`.
    public func shortestConnection(from source: Int, to target: Int) -> Connection? {
        let tree = shortestPathTree(from: source)
        guard tree.distance[target] < .infinity else { return nil }
        var path = [target]
        var node = target
        while node != source {
            guard let previous = tree.predecessors[node].min() else { return nil }
            node = Int(previous)
            path.append(node)
        }
        return connection(through: path.reversed())
    }

    /// Every shortest connection from `source` to `target` (distinct entity sequences, as
    /// NetworkX's `all_shortest_paths`), at most `limit`, in lexicographic order of entities.
    /// - Complexity: as `shortestPathTree(from:)` plus the paths listed.
    public func allShortestConnections(from source: Int, to target: Int, limit: Int = 1_000) -> [Connection] {
        let tree = shortestPathTree(from: source)
        guard tree.distance[target] < .infinity else { return [] }
        if source == target { return [connection(through: [source])] }
        // Walk back from the target through predecessors, depth first, iteratively.
        var results: [[Int]] = []
        var stack: [(node: Int, next: Int)] = [(target, 0)]
        let predecessorLists = tree.predecessors.map { $0.sorted() }
        while let top = stack.last, results.count < limit {
            if top.node == source {
                results.append(stack.map(\.node).reversed())
                stack.removeLast()
                continue
            }
            let list = predecessorLists[top.node]
            if top.next < list.count {
                stack[stack.count - 1].next += 1
                stack.append((Int(list[top.next]), 0))
            } else {
                stack.removeLast()
            }
        }
        return results.sorted { $0.lexicographicallyPrecedes($1) }.map { connection(through: $0) }
    }

    /// The number of shortest connections from `source` to `target` (distinct entity sequences),
    /// without listing them.
    /// - Complexity: as `shortestPathTree(from:)`.
    public func shortestConnectionCount(from source: Int, to target: Int) -> Double {
        let tree = shortestPathTree(from: source)
        guard tree.distance[target] < .infinity else { return 0 }
        let order = (0..<nodeCount).filter { tree.distance[$0] < .infinity }.sorted { tree.distance[$0] < tree.distance[$1] }
        var count = [Double](repeating: 0, count: nodeCount)
        count[source] = 1
        for node in order where node != source {
            count[node] = tree.predecessors[node].reduce(0) { $0 + count[Int($1)] }
        }
        return count[target]
    }
}
