/// The local-moving phase of one Louvain level (NetworkX's `_one_level`): passes over the
/// nodes in a seeded random order, each node moved to the neighbouring community with the
/// largest positive modularity gain, until a pass moves nothing.
///
/// On levels of ``largeLevel`` nodes or more, two things change. Only nodes whose
/// neighbourhood changed are visited again (a queue, as in Ozaki et al. 2016 and Leiden's fast
/// local moving): after the first sweep, a node is revisited only when a neighbour moved, since
/// no other node can have found a better community. And every n visits whose moves together
/// gain less than ``passThreshold`` end the level, as Blondel et al.'s reference
/// implementation stops a level's passes below a minimum improvement: on a scale-free graph of
/// 100,000 nodes the plain rule needs over 600 passes, the last hundreds each moving a few
/// nodes for a few millionths of modularity, and the final partition scored higher without
/// them. Smaller levels run exactly NetworkX's rule.
enum LouvainPass {
    struct Outcome {
        /// Per level node, its community, numbered `0..<count` in label order (a
        /// community is labelled by a node that started in it).
        var membership: [Int32]
        var count: Int
        /// Whether any node moved.
        var improved: Bool
    }

    /// A safety cap on checking passes over all nodes. Gains are computed as differences so
    /// that exact ties never move a node, but weighted sums rounded differently could in theory
    /// still make two moves undo each other forever.
    static let maxPasses = 1_000

    /// On large levels, a pass that gains less modularity than this ends the level.
    static let passThreshold = 1e-4
    /// The node count from which ``passThreshold`` applies.
    static let largeLevel = 10_000

    /// How many node visits between two progress reports.
    static let progressInterval = 4_096

    static func run(
        on level: LouvainLevel, totalWeight m: Double, resolution: Double, random: inout SeededRandom,
        progress: ProgressHandler? = nil
    ) -> Outcome {
        let n = level.nodeCount
        let order = random.permutation(of: n)
        var community = (0..<n).map { Int32($0) }
        var improved = false
        var totalOut = level.outDegree
        var totalIn = level.inDegree
        var weightTo = [Double](repeating: 0, count: n)
        var touched = [Int32](repeating: 0, count: n)
        let directed = level.isDirected
        let mSquared = m * m
        var passes = 0
        level.offsets.withUnsafeBufferPointer { offsets in
        level.neighbors.withUnsafeBufferPointer { neighbors in
        level.weights.withUnsafeBufferPointer { weights in
        level.outDegree.withUnsafeBufferPointer { outDegrees in
        level.inDegree.withUnsafeBufferPointer { inDegrees in
        community.withUnsafeMutableBufferPointer { community in
        totalOut.withUnsafeMutableBufferPointer { totalOut in
        totalIn.withUnsafeMutableBufferPointer { totalIn in
        weightTo.withUnsafeMutableBufferPointer { weightTo in
        touched.withUnsafeMutableBufferPointer { touched in
            var visited = 0
            var gained = 0.0
            func report() {
                guard let progress else { return }
                visited += 1
                if visited == n {
                    progress(n, n)
                    visited = 0
                    progress(0, n)
                } else if visited % progressInterval == 0 {
                    progress(visited, n)
                }
            }
            /// Moves `node` to the neighbouring community with the largest positive gain.
            /// Returns whether it moved.
            func visit(_ node: Int) -> Bool {
                let own = Int(community[node])
                var count = 0
                let start = offsets[node]
                let end = offsets[node + 1]
                for position in start..<end {
                    let target = Int(community[Int(neighbors[position])])
                    if weightTo[target] == 0 {
                        touched[count] = Int32(target)
                        count += 1
                    }
                    weightTo[target] += weights[position]
                }
                let outDegree = outDegrees[node]
                let inDegree = inDegrees[node]
                var best = own
                var bestGain = 0.0
                // The gain of moving to `candidate` rather than staying, NetworkX's
                // gain(candidate) − gain(own) written as one difference, so that a tie between
                // two equally good communities computes to exactly 0 and never flips back and
                // forth on rounding.
                let stay = weightTo[own]
                if directed {
                    totalOut[own] -= outDegree
                    totalIn[own] -= inDegree
                    let ownPull = outDegree * totalIn[own] + inDegree * totalOut[own]
                    for index in 0..<count {
                        let candidate = Int(touched[index])
                        if candidate == own { continue }
                        let pull = outDegree * totalIn[candidate] + inDegree * totalOut[candidate]
                        let gain = (weightTo[candidate] - stay) / m - resolution * (pull - ownPull) / mSquared
                        if gain > bestGain {
                            bestGain = gain
                            best = candidate
                        }
                    }
                    totalOut[best] += outDegree
                    totalIn[best] += inDegree
                } else {
                    totalOut[own] -= outDegree
                    let ownTotal = totalOut[own]
                    let scale = resolution * outDegree / (2 * mSquared)
                    for index in 0..<count {
                        let candidate = Int(touched[index])
                        if candidate == own { continue }
                        let gain = (weightTo[candidate] - stay) / m - (totalOut[candidate] - ownTotal) * scale
                        if gain > bestGain {
                            bestGain = gain
                            best = candidate
                        }
                    }
                    totalOut[best] += outDegree
                }
                for index in 0..<count { weightTo[Int(touched[index])] = 0 }
                guard best != own else { return false }
                gained += bestGain
                community[node] = Int32(best)
                improved = true
                return true
            }
            progress?(0, n)
            if n >= largeLevel {
                // Large levels: a queue of the nodes whose neighbourhood changed since their
                // last visit, seeded with every node in the random order. A node that moves
                // puts its neighbours outside its new community back in the queue; no other
                // node can have gained a better move. Each n visits count as a pass for the
                // threshold and the cap.
                var queue = order
                var queued = [Bool](repeating: true, count: n)
                var head = 0
                var pending = n
                var sinceCheck = 0
                var before = gained
                while pending > 0 && passes < maxPasses {
                    let node = Int(queue[head])
                    head = head + 1 == n ? 0 : head + 1
                    pending -= 1
                    queued[node] = false
                    if visit(node) {
                        let mine = community[node]
                        for position in offsets[node]..<offsets[node + 1] {
                            let neighbor = Int(neighbors[position])
                            guard !queued[neighbor], community[neighbor] != mine else { continue }
                            queued[neighbor] = true
                            queue[(head + pending) % n] = Int32(neighbor)
                            pending += 1
                        }
                    }
                    report()
                    sinceCheck += 1
                    if sinceCheck == n {
                        sinceCheck = 0
                        passes += 1
                        if gained - before < passThreshold { break }
                        before = gained
                    }
                }
            } else {
                var moved = 1
                while moved > 0 && passes < maxPasses {
                    moved = 0
                    passes += 1
                    for node in order {
                        if visit(Int(node)) { moved += 1 }
                        report()
                    }
                }
            }
            if visited > 0 { progress?(n, n) }
        }}}}}}}}}}
        // Renumber in order of community label (a community keeps the label of a node that
        // started in it), as NetworkX filters its list of communities.
        var number = [Int32](repeating: -1, count: n)
        var used = [Bool](repeating: false, count: n)
        for label in community { used[Int(label)] = true }
        var count: Int32 = 0
        for label in 0..<n where used[label] {
            number[label] = count
            count += 1
        }
        return Outcome(membership: community.map { number[Int($0)] }, count: Int(count), improved: improved)
    }
}

