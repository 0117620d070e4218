import CrimeGraph

/// For every node, how many nodes reach it and how far they are in hops (on a directed view,
/// distances *to* the node, as closeness uses them): the sums behind closeness and harmonic
/// centrality.
///
/// Breadth-first searches run 64 at a time, one bit per search (multi-source BFS, Then et al.
/// 2014): a node's word of "reached by" bits grows level by level from its neighbours' words,
/// so one sweep over the arcs serves 64 sources. Counts are integers, so the sums are exact
/// and do not depend on the order or the number of threads.
struct HopSums {
    /// Per node, the nodes at finite distance, itself included.
    var reached: [Int]
    /// Per node, the sum of those distances.
    var totalDistance: [Int]
    /// Per node, the sum of 1/distance over the others at finite distance.
    var harmonic: [Double]

    /// - Complexity: O(n/64 · L · (n + m)) for L the deepest level; all cores.
    static func compute(_ graph: AnalysisGraph, progress: ProgressHandler?) -> HopSums {
        let n = graph.nodeCount
        let reached = SharedPointer<Int>(count: n, repeating: 0)
        let total = SharedPointer<Int>(count: n, repeating: 0)
        let harmonic = SharedPointer<Double>(count: n, repeating: 0)
        defer {
            reached.free()
            total.free()
            harmonic.free()
        }
        // A search from s follows arcs out of s (in, on a directed view: distances to s); node
        // v joins the frontier from the nodes it is reached from, its arcs the other way.
        let offsets = graph.isDirected ? graph.offsets : graph.inOffsets
        let heads = graph.isDirected ? graph.targets : graph.inSources
        let batches = (n + 63) / 64
        let counter = ProgressCounter(total: n, handler: progress)
        let work = batches * (n + heads.count)
        let parts = work < 2_000_000 ? 1 : min(Parallel.parts, batches)
        offsets.withUnsafeBufferPointer { offsets in
            heads.withUnsafeBufferPointer { heads in
                let offsets = SharedPointer(reading: offsets)
                let heads = SharedPointer(reading: heads)
                _ = Parallel.map(parts: max(parts, 1)) { part, parts -> Int in
                    let seen = SharedPointer<UInt64>(count: n, repeating: 0)
                    var frontier = SharedPointer<UInt64>(count: n, repeating: 0)
                    var next = SharedPointer<UInt64>(count: n, repeating: 0)
                    defer {
                        seen.free()
                        frontier.free()
                        next.free()
                    }
                    var counts = [Int](repeating: 0, count: 64)
                    var batch = part
                    while batch < batches {
                        let first = batch * 64
                        let size = min(64, n - first)
                        let all: UInt64 = size == 64 ? ~0 : (1 << UInt64(size)) - 1
                        for node in 0..<n {
                            seen[node] = 0
                            frontier[node] = 0
                        }
                        for bit in 0..<size {
                            seen[first + bit] = 1 << UInt64(bit)
                            frontier[first + bit] = 1 << UInt64(bit)
                            reached[first + bit] = 1
                        }
                        var level = 0
                        while true {
                            level += 1
                            var grew = false
                            for node in 0..<n {
                                let missing = ~seen[node] & all
                                if missing == 0 {
                                    next[node] = 0
                                    continue
                                }
                                var arriving: UInt64 = 0
                                for arc in offsets[node]..<offsets[node + 1] {
                                    arriving |= frontier[Int(heads[arc])]
                                    if arriving & missing == missing { break }
                                }
                                arriving &= missing
                                next[node] = arriving
                                if arriving != 0 {
                                    grew = true
                                    seen[node] |= arriving
                                    var bits = arriving
                                    while bits != 0 {
                                        counts[bits.trailingZeroBitCount] += 1
                                        bits &= bits - 1
                                    }
                                }
                            }
                            guard grew else { break }
                            for bit in 0..<size where counts[bit] > 0 {
                                let source = first + bit
                                reached[source] += counts[bit]
                                total[source] += counts[bit] * level
                                harmonic[source] += Double(counts[bit]) / Double(level)
                                counts[bit] = 0
                            }
                            swap(&frontier, &next)
                        }
                        counter.step(size)
                        batch += parts
                    }
                    return 0
                }
            }
        }
        return HopSums(
            reached: Array(UnsafeBufferPointer(start: reached.base, count: n)),
            totalDistance: Array(UnsafeBufferPointer(start: total.base, count: n)),
            harmonic: Array(UnsafeBufferPointer(start: harmonic.base, count: n)))
    }
}
