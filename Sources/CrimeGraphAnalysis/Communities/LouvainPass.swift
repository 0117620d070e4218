/// The local-moving phase of one Louvain level (NetworkX's `_one_level`).
enum LouvainPass {
    struct Outcome {
        /// Per level node, its community, numbered `0..<count` in label order (a
        /// community is labelled by a node that started in it).
        var membership: [Int32]
        var count: Int
        /// Whether any node moved.
        var improved: Bool
    }

    /// A safety cap on passes over the nodes. Gains are computed as differences so that exact
    /// ties never move a node, but weighted sums rounded differently could in theory still make
    /// two moves undo each other forever; real graphs settle in a few dozen passes.
    static let maxPasses = 1_000

    static func run(on level: LouvainLevel, totalWeight m: Double, resolution: Double, random: inout SeededRandom) -> Outcome {
        let n = level.nodeCount
        var community = (0..<n).map { Int32($0) }
        var totalOut = level.outDegree
        var totalIn = level.inDegree
        let order = random.permutation(of: n)
        var weightTo = [Double](repeating: 0, count: n)
        var seen = [Bool](repeating: false, count: n)
        var touched: [Int32] = []
        var improved = false
        let mSquared = m * m
        var passes = 0
        var moves = 1
        while moves > 0 && passes < maxPasses {
            moves = 0
            passes += 1
            for node32 in order {
                let node = Int(node32)
                let own = Int(community[node])
                for position in level.offsets[node]..<level.offsets[node + 1] {
                    let target = Int(community[Int(level.neighbors[position])])
                    if !seen[target] {
                        seen[target] = true
                        touched.append(Int32(target))
                    }
                    weightTo[target] += level.weights[position]
                }
                let outDegree = level.outDegree[node]
                let inDegree = level.inDegree[node]
                var best = own
                var bestGain = 0.0
                // The gain of moving to `candidate` rather than staying, NetworkX's
                // gain(candidate) − gain(own) written as one difference, so that a tie between
                // two equally good communities computes to exactly 0 and never flips back and
                // forth on rounding.
                let stay = weightTo[own]
                if level.isDirected {
                    totalOut[own] -= outDegree
                    totalIn[own] -= inDegree
                    let ownPull = outDegree * totalIn[own] + inDegree * totalOut[own]
                    for candidate32 in touched where Int(candidate32) != own {
                        let candidate = Int(candidate32)
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
                    let degree = outDegree
                    totalOut[own] -= degree
                    let ownTotal = totalOut[own]
                    for candidate32 in touched where Int(candidate32) != own {
                        let candidate = Int(candidate32)
                        let gain = (weightTo[candidate] - stay) / m - resolution * (totalOut[candidate] - ownTotal) * degree / (2 * mSquared)
                        if gain > bestGain {
                            bestGain = gain
                            best = candidate
                        }
                    }
                    totalOut[best] += degree
                }
                for target in touched {
                    weightTo[Int(target)] = 0
                    seen[Int(target)] = false
                }
                touched.removeAll(keepingCapacity: true)
                if best != own {
                    community[node] = Int32(best)
                    moves += 1
                    improved = true
                }
            }
        }
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
