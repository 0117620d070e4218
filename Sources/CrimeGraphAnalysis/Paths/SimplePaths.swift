import CrimeGraph

extension ConnectionGraph {
    /// Every simple connection (no entity twice) from `source` to `target` with at most
    /// `maximumHops` steps, at most `limit` of them, shortest first (then lexicographic).
    /// Iterative depth-first search.
    /// - Complexity: exponential in `maximumHops` in the worst case; bounded by `limit`.
    public func simpleConnections(from source: Int, to target: Int, maximumHops: Int, limit: Int = 10_000) -> [Connection] {
        guard source != target, maximumHops > 0 else { return [] }
        var found: [[Int]] = []
        var onPath = [Bool](repeating: false, count: nodeCount)
        var path = [source]
        onPath[source] = true
        var cursor = [offsets[source]]
        while let position = cursor.last, found.count < limit {
            let node = path[path.count - 1]
            if position >= offsets[node + 1] || path.count > maximumHops {
                cursor.removeLast()
                onPath[path.removeLast()] = false
                continue
            }
            cursor[cursor.count - 1] += 1
            let next = Int(neighbors[position])
            if onPath[next] { continue }
            if next == target {
                found.append(path + [target])
                continue
            }
            if path.count < maximumHops {
                path.append(next)
                onPath[next] = true
                cursor.append(offsets[next])
            }
        }
        found.sort { $0.count != $1.count ? $0.count < $1.count : $0.lexicographicallyPrecedes($1) }
        return found.map { connection(through: $0) }
    }

    /// The `k` shortest simple connections from `source` to `target` (Yen's algorithm), by hop
    /// count or distance; equal lengths in lexicographic order of entities.
    /// - Complexity: O(k · n · (m + n log n)).
    public func kShortestConnections(from source: Int, to target: Int, k: Int) -> [Connection] {
        guard k > 0, let first = shortestConnection(from: source, to: target) else { return [] }
        var accepted: [Connection] = [first]
        var candidates: [Connection] = []
        var seen: Set<[Int]> = [first.entities]
        while accepted.count < k {
            let previous = accepted[accepted.count - 1].entities
            for spur in 0..<(previous.count - 1) {
                let root = Array(previous[0...spur])
                var removedArcs = Set<Int64>()
                for path in accepted where path.entities.count > spur && Array(path.entities[0...spur]) == root {
                    removedArcs.insert(Int64(path.entities[spur]) << 32 | Int64(path.entities[spur + 1]))
                }
                let blocked = Set(root.dropLast())
                guard let spurPath = restrictedShortest(from: root[spur], to: target, blockedNodes: blocked, blockedArcs: removedArcs)
                else { continue }
                let entities = root.dropLast() + spurPath
                if seen.insert(Array(entities)).inserted { candidates.append(connection(through: Array(entities))) }
            }
            guard !candidates.isEmpty else { break }
            candidates.sort { $0.length != $1.length ? $0.length < $1.length : $0.entities.lexicographicallyPrecedes($1.entities) }
            accepted.append(candidates.removeFirst())
        }
        return accepted
    }

    /// A shortest entity sequence avoiding some entities and arcs (for Yen's spur paths).
    private func restrictedShortest(from source: Int, to target: Int, blockedNodes: Set<Int>, blockedArcs: Set<Int64>) -> [Int]? {
        var distance = [Double](repeating: .infinity, count: nodeCount)
        var previous = [Int32](repeating: -1, count: nodeCount)
        var settled = [Bool](repeating: false, count: nodeCount)
        var heap = MinHeap()
        distance[source] = 0
        heap.push(0, Int32(source))
        while let (key, node32) = heap.pop() {
            let node = Int(node32)
            if settled[node] || key > distance[node] { continue }
            settled[node] = true
            if node == target { break }
            for arc in arcs(of: node) {
                let next = Int(neighbors[arc])
                if blockedNodes.contains(next) || blockedArcs.contains(Int64(node) << 32 | Int64(next)) { continue }
                let candidate = key + (weighted ? distances[arc] : 1)
                if candidate < distance[next] || (candidate == distance[next] && node32 < previous[next]) {
                    distance[next] = candidate
                    previous[next] = node32
                    heap.push(candidate, neighbors[arc])
                }
            }
        }
        guard distance[target] < .infinity else { return nil }
        var path = [target]
        var node = target
        while node != source {
            node = Int(previous[node])
            path.append(node)
        }
        return path.reversed()
    }

    /// Entities adjacent to every one of `entities` (common neighbours), ascending.
    /// - Complexity: O(Σ degree).
    public func commonNeighbors(of entities: [Int]) -> [Int] {
        guard let first = entities.first else { return [] }
        var common = Set(neighbors[arcs(of: first)].map(Int.init))
        for entity in entities.dropFirst() { common.formIntersection(neighbors[arcs(of: entity)].map(Int.init)) }
        common.subtract(entities)
        return common.sorted()
    }
}
