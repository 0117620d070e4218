import CrimeGraph

/// The bipartite adjacency between ONTO and VIA entities, distinct and sorted, in both
/// directions.
struct TwoModeLinks {
    /// Per entity index: for ONTO entities their VIA neighbours, for VIA entities their ONTO
    /// neighbours; empty for other entities.
    var offsets: [Int]
    var neighbors: [Int32]
    let onto: [Int]

    var isEmpty: Bool { neighbors.isEmpty }

    func neighbors(of entity: Int) -> ArraySlice<Int32> { neighbors[offsets[entity]..<offsets[entity + 1]] }

    init(_ graph: Graph, onto: [Int], via: [Int]) {
        let n = graph.entityCount
        // side: 1 ONTO, 2 VIA, 0 other.
        var side = [UInt8](repeating: 0, count: n)
        for entity in onto { side[entity] = 1 }
        for entity in via { side[entity] = 2 }
        offsets = [Int](repeating: 0, count: n + 1)
        neighbors = []
        var scratch: [Int32] = []
        for entity in 0..<n {
            let own = side[entity]
            if own != 0 {
                scratch.removeAll(keepingCapacity: true)
                for neighbor in graph.undirected.neighbors(of: entity) where side[Int(neighbor)] == 3 - own {
                    scratch.append(Int32(neighbor))
                }
                scratch.sort()
                var previous: Int32 = -1
                for neighbor in scratch where neighbor != previous {
                    neighbors.append(neighbor)
                    previous = neighbor
                }
            }
            offsets[entity + 1] = neighbors.count
        }
        self.onto = onto
    }

    /// Every pair of ONTO entities sharing a VIA neighbour, with its weight and shared list.
    func ties(weighting: ProjectionWeighting) -> [ProjectedTie] {
        let n = offsets.count - 1
        var count = [Int32](repeating: 0, count: n)
        var newman = [Double](repeating: 0, count: n)
        var touched: [Int32] = []
        var pairs: [SharedPair] = []
        var ties: [ProjectedTie] = []
        for u in onto {
            for k32 in neighbors(of: u) {
                let k = Int(k32)
                let others = neighbors(of: k)
                let degree = others.count
                for v32 in others where Int(v32) > u {
                    let v = Int(v32)
                    if count[v] == 0 { touched.append(v32) }
                    count[v] += 1
                    if degree > 1 { newman[v] += 1 / Double(degree - 1) }
                    pairs.append(SharedPair(other: v32, shared: k32))
                }
            }
            if touched.isEmpty { continue }
            touched.sort()
            pairs.sort { ($0.other, $0.shared) < ($1.other, $1.shared) }
            var cursor = 0
            for v32 in touched {
                let v = Int(v32)
                var shared: [Int] = []
                shared.reserveCapacity(Int(count[v]))
                while cursor < pairs.count && pairs[cursor].other == v32 {
                    shared.append(Int(pairs[cursor].shared))
                    cursor += 1
                }
                let weight = weighting == .shared ? Double(count[v]) : newman[v]
                ties.append(ProjectedTie(from: u, to: v, weight: weight, shared: shared))
                count[v] = 0
                newman[v] = 0
            }
            touched.removeAll(keepingCapacity: true)
            pairs.removeAll(keepingCapacity: true)
        }
        return ties
    }

    struct SharedPair {
        var other: Int32
        var shared: Int32
    }
}
