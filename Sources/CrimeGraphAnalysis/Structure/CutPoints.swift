import CrimeGraph
import Synchronization

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

    /// The k-core number of every node on the undirected view with self-loops removed: the
    /// largest k such that the node belongs to a subgraph in which everyone has at least k
    /// neighbours. Equals NetworkX's `core_number`.
    ///
    /// Peeling level by level (Kabir & Madduri's PKC, 2017), not Batagelj–Zaversnik's bucket
    /// sort: at level k, every remaining node of degree ≤ k is removed with core number k, and
    /// removing one lowers its remaining neighbours' degrees, which may remove them at the
    /// same level. A relationship costs one read and one write of its far end's degree, where
    /// the bucket sort also moves the node within its bucket (three more scattered accesses).
    /// The nodes left are compacted after each level, so scanning them costs
    /// Σ (core number + 1) ≤ n + 2m. While many nodes remain, a level's removals are shared
    /// out between the cores: degrees are then lowered atomically, and the one thread whose
    /// decrement brings a degree to k removes that node. Core numbers are unique, so the
    /// answer does not depend on the threads.
    /// - Complexity: O(n + m), on the flat neighbour arrays.
    public static func coreNumbers(_ graph: AnalysisGraph) -> [Int] { coreNumbers(graph, parallelFrom: Peeling.parallelFrom) }

    /// ``coreNumbers(_:)``, peeling a level on all cores while at least `parallelFrom` nodes
    /// remain (tests force the parallel path on small graphs with 1).
    static func coreNumbers(_ graph: AnalysisGraph, parallelFrom: Int) -> [Int] {
        let n = graph.nodeCount
        guard n > 0 else { return [] }
        let simple = graph.simpleNeighbors()
        // While a node remains, its remaining degree; once removed, its core number.
        let degree = UnsafeMutablePointer<Atomic<Int32>>.allocate(capacity: n)
        defer {
            degree.deinitialize(count: n)
            degree.deallocate()
        }
        var remaining = [Int32](repeating: 0, count: n)
        var lowest = Int32.max
        for node in 0..<n {
            let count = Int32(simple.offsets[node + 1] - simple.offsets[node])
            (degree + node).initialize(to: Atomic(count))
            remaining[node] = Int32(node)
            lowest = min(lowest, count)
        }
        let shared = Peeling(degree: degree, offsets: simple.offsets, neighbors: simple.neighbors)
        var remainingCount = n
        var level = lowest
        while remainingCount > 0 {
            let parts = remainingCount >= parallelFrom ? max(2, Parallel.parts) : 1
            remaining.withUnsafeBufferPointer { remaining in
                let nodes = UnsafeBufferPointer(rebasing: remaining[..<remainingCount])
                if parts == 1 {
                    shared.cascade(from: shared.frontier(nodes, part: 0, of: 1, level: level), level: level, exclusive: true)
                    return
                }
                // Two phases: every part finds its share of the level's first nodes before any
                // part starts removing, or a node a removal brought down to the level could be
                // found again by a part still scanning, and removed twice.
                let (view, count, at) = (SharedPointer(reading: nodes), nodes.count, level)
                let frontiers = Parallel.map(parts: parts) { part, parts in
                    shared.frontier(UnsafeBufferPointer(start: view.base, count: count), part: part, of: parts, level: at)
                }
                _ = Parallel.map(parts: parts) { part, _ in shared.cascade(from: frontiers[part], level: at, exclusive: false) }
            }
            // Keep the nodes still above the level; the next level is their lowest degree.
            var kept = 0
            var next = Int32.max
            for index in 0..<remainingCount {
                let node = remaining[index]
                let left = degree[Int(node)].load(ordering: .relaxed)
                guard left > level else { continue }
                remaining[kept] = node
                kept += 1
                next = min(next, left)
            }
            remainingCount = kept
            level = next
        }
        return (0..<n).map { Int(degree[$0].load(ordering: .relaxed)) }
    }

    /// One level of peeling, run by one part of the threads.
    private struct Peeling: @unchecked Sendable {
        /// From how many remaining nodes a level is peeled on all cores.
        static let parallelFrom = 100_000

        let degree: UnsafeMutablePointer<Atomic<Int32>>
        let offsets: [Int]
        let neighbors: [Int32]

        /// This part's share of `nodes` (positions `part`, `part + parts`, …) with degree ≤
        /// `level`: the level's first removals.
        func frontier(_ nodes: UnsafeBufferPointer<Int32>, part: Int, of parts: Int, level: Int32) -> [Int32] {
            var found: [Int32] = []
            var index = part
            while index < nodes.count {
                let node = Int(nodes[index])
                if degree[node].load(ordering: .relaxed) <= level {
                    degree[node].store(level, ordering: .relaxed)
                    found.append(Int32(node))
                }
                index += parts
            }
            return found
        }

        /// Removes `start` and every node their removal brings down to `level`, lowering the
        /// degrees of the nodes left; `exclusive` when no other thread peels at the same time.
        func cascade(from start: [Int32], level: Int32, exclusive: Bool) {
            var queue = start
            offsets.withUnsafeBufferPointer { offsets in
                neighbors.withUnsafeBufferPointer { neighbors in
                    var head = 0
                    while head < queue.count {
                        let node = Int(queue[head])
                        head += 1
                        for slot in offsets[node]..<offsets[node + 1] {
                            let neighbor = Int(neighbors[slot])
                            let current = degree[neighbor].load(ordering: .relaxed)
                            // Removed nodes and those queued at this level hold ≤ level.
                            guard current > level else { continue }
                            if exclusive {
                                degree[neighbor].store(current - 1, ordering: .relaxed)
                                if current - 1 == level { queue.append(Int32(neighbor)) }
                                continue
                            }
                            let before = degree[neighbor].wrappingSubtract(1, ordering: .relaxed).oldValue
                            if before == level + 1 {
                                queue.append(Int32(neighbor))
                            } else if before <= level {
                                // Another part brought it to the level first: undo the overshoot.
                                degree[neighbor].wrappingAdd(1, ordering: .relaxed)
                            }
                        }
                    }
                }
            }
        }
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
        if !isDirected && selfLoopCount == 0 { return SimpleNeighbors(offsets: offsets, neighbors: targets) }
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
