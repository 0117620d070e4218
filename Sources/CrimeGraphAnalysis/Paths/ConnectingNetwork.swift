import CrimeGraph

/// The connecting network of a set of entities — i2's "find connecting network": a small
/// subgraph joining them all, as a Steiner tree approximation.
public struct ConnectingNetwork: Sendable {
    /// The entities to connect.
    public let terminals: [Int]
    /// Every entity in the network (terminals and the intermediaries that join them), ascending.
    public let entities: [Int]
    /// The tree's edges as entity pairs, each with the relationships that realize it.
    public let links: [Link]
    /// The summed length of the links (hops, or distances when weighted).
    public let totalLength: Double
    /// Terminals that could not be joined to the others (another component).
    public let unreachable: [Int]

    /// One edge of the tree.
    public struct Link: Hashable, Sendable {
        /// The lower-numbered entity.
        public let from: Int
        /// The other entity.
        public let to: Int
        /// The relationships between them that the search could use.
        public let relationships: [Int]
        /// The link's length.
        public let length: Double
    }
}

extension ConnectionGraph {
    /// A Steiner tree approximation over shortest paths (Mehlhorn 1988, the method NetworkX's
    /// `steiner_tree` uses by default): grow Voronoi regions from all terminals at once, join
    /// neighbouring regions through their cheapest boundary edge, take a minimum spanning tree
    /// of that terminal graph, expand it into graph paths, take a minimum spanning tree of the
    /// result and prune non-terminal leaves. At most 2(1 − 1/t) times the optimum.
    /// Use an undirected `TraversalOptions.direction` (`.both`).
    /// - Complexity: O((n + m) log n).
    public func connectingNetwork(of terminals: [Int]) -> ConnectingNetwork {
        let wanted = Array(Set(terminals)).sorted()
        let n = nodeCount
        // Multi-source Dijkstra: nearest terminal (region), distance, predecessor.
        var distance = [Double](repeating: .infinity, count: n)
        var region = [Int32](repeating: -1, count: n)
                var settled = [Bool](repeating: false, count: n)
        var heap = MinHeap()
        for terminal in wanted {
            distance[terminal] = 0
            region[terminal] = Int32(terminal)
            heap.push(0, Int32(terminal))
        }
        while let (key, node32) = heap.pop() {
            let node = Int(node32)
            if settled[node] || key > distance[node] { continue }
            settled[node] = true
            for arc in arcs(of: node) {
                let next = Int(neighbors[arc])
                let candidate = key + (weighted ? distances[arc] : 1)
                if candidate < distance[next] || (candidate == distance[next] && !settled[next] && region[node] < region[next]) {
                    distance[next] = candidate
                    region[next] = region[node]
                    heap.push(candidate, neighbors[arc])
                }
            }
        }
        // Terminal graph: for each pair of regions, the cheapest boundary edge.
        struct Boundary { var length: Double; var u: Int; var v: Int }
        var boundaries: [Int64: Boundary] = [:]
        for u in 0..<n where region[u] >= 0 {
            for arc in arcs(of: u) {
                let v = Int(neighbors[arc])
                guard region[v] >= 0, region[v] != region[u] else { continue }
                let a = min(region[u], region[v]), b = max(region[u], region[v])
                let length = distance[u] + (weighted ? distances[arc] : 1) + distance[v]
                let key = Int64(a) << 32 | Int64(b)
                if let existing = boundaries[key], (existing.length, existing.u, existing.v) <= (length, u, v) { continue }
                boundaries[key] = Boundary(length: length, u: u, v: v)
            }
        }
        // Kruskal over terminal pairs, then expand each chosen pair into a graph path.
        var union = UnionFind(n)
        var graphEdges = Set<Int64>()
        for entry in boundaries.sorted(by: { ($0.value.length, $0.key) < ($1.value.length, $1.key) }) {
            let a = Int(entry.key >> 32), b = Int(entry.key & 0xFFFF_FFFF)
            guard union.union(a, b) else { continue }
            // Expand through a shortest path between the two terminals (as NetworkX does).
            guard let path = shortestConnection(from: a, to: b)?.entities else { continue }
            for step in 0..<(path.count - 1) {
                graphEdges.insert(Int64(min(path[step], path[step + 1])) << 32 | Int64(max(path[step], path[step + 1])))
            }
        }
        // Minimum spanning tree of the expanded edges, then prune non-terminal leaves.
        var tree: [ConnectingNetwork.Link] = []
        var spanning = UnionFind(n)
        let candidates = graphEdges.map { key -> ConnectingNetwork.Link in
            let from = Int(key >> 32), to = Int(key & 0xFFFF_FFFF)
            let position = self.arc(from: from, to: to) ?? self.arc(from: to, to: from)
            let length = position.map { weighted ? distances[$0] : 1 } ?? 1
            return ConnectingNetwork.Link(
                from: from, to: to, relationships: position.map { relationships(ofArc: $0) } ?? [], length: length)
        }.sorted { ($0.length, $0.from, $0.to) < ($1.length, $1.from, $1.to) }
        for link in candidates where spanning.union(link.from, link.to) { tree.append(link) }
        let terminalSet = Set(wanted)
        var pruned = true
        while pruned {
            pruned = false
            var degree: [Int: Int] = [:]
            for link in tree {
                degree[link.from, default: 0] += 1
                degree[link.to, default: 0] += 1
            }
            let before = tree.count
            tree.removeAll { link in
                (degree[link.from] == 1 && !terminalSet.contains(link.from)) || (degree[link.to] == 1 && !terminalSet.contains(link.to))
            }
            pruned = tree.count != before
        }
        // Terminals not joined to the first terminal's part of the tree are reported.
        var parts = UnionFind(n)
        for link in tree { _ = parts.union(link.from, link.to) }
        let anchor = wanted.first.map { parts.find($0) }
        let unreachable = wanted.filter { parts.find($0) != anchor }
        let members = Set(tree.flatMap { [$0.from, $0.to] } + wanted.filter { parts.find($0) == anchor })
        return ConnectingNetwork(
            terminals: wanted, entities: members.sorted(), links: tree.sorted { ($0.from, $0.to) < ($1.from, $1.to) },
            totalLength: tree.reduce(0) { $0 + $1.length }, unreachable: unreachable)
    }
}

/// Disjoint sets with path halving and union by size.
struct UnionFind {
    private var parent: [Int]
    private var size: [Int]

    init(_ count: Int) {
        parent = Array(0..<count)
        size = [Int](repeating: 1, count: count)
    }

    mutating func find(_ element: Int) -> Int {
        var node = element
        while parent[node] != node {
            parent[node] = parent[parent[node]]
            node = parent[node]
        }
        return node
    }

    /// Joins the sets of `a` and `b`; false if they were already one.
    mutating func union(_ a: Int, _ b: Int) -> Bool {
        var rootA = find(a)
        var rootB = find(b)
        if rootA == rootB { return false }
        if size[rootA] < size[rootB] { swap(&rootA, &rootB) }
        parent[rootB] = rootA
        size[rootA] += size[rootB]
        return true
    }
}
