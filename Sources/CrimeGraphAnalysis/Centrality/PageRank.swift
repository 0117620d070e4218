import CrimeGraph

extension Spectral {
    /// PageRank (NetworkX's `pagerank`): damping `alpha`, uniform teleport, dangling entities'
    /// rank spread uniformly; weighted views use strengths. An undirected view counts each
    /// edge both ways.
    ///
    /// The answer is the fixed point of the PageRank step; the result's `residual` is the L1
    /// change of the last step (NetworkX stops at n·tol, which at a million entities returns
    /// vectors far from the fixed point; here `tolerance` is absolute). On an undirected view
    /// the fixed point is found by conjugate gradients on the symmetric system
    /// `(I − α D^-½ A D^-½) y = D^-½ 1/n` (PageRank of an undirected graph is that solution,
    /// scaled), which needs about a third of the steps of power iteration, then finished with
    /// power steps until the change is below `tolerance`; a directed view uses power
    /// iteration throughout.
    /// - Complexity: O(m) per iteration, on both cores for large graphs; sums are added in a
    ///   fixed block order, so the result does not depend on thread timing.
    public static func pageRank(
        _ graph: AnalysisGraph, alpha: Double = 0.85, weighted: Bool = false, tolerance: Double = 1e-14,
        maximumIterations: Int = 10_000
    ) -> Iterated {
        let n = graph.nodeCount
        guard n > 0 else { return Iterated(scores: NodeScores(measure: "pagerank", values: []), iterations: 0, residual: 0) }
        let solver = PageRankSolver(graph, alpha: alpha, useWeights: weighted && graph.isWeighted)
        defer { solver.free() }
        var x: [Double]
        var iterations = 0
        if !graph.isDirected && alpha > 0 && alpha < 1 {
            (x, iterations) = solver.conjugateGradient(tolerance: tolerance / 2, maximumIterations: maximumIterations)
        } else {
            x = [Double](repeating: 1 / Double(n), count: n)
        }
        var residual = Double.infinity
        repeat {
            iterations += 1
            residual = solver.step(&x)
        } while residual >= tolerance && iterations < maximumIterations
        return Iterated(scores: NodeScores(measure: "pagerank", values: x), iterations: iterations, residual: residual)
    }
}

/// The arrays and kernels of one PageRank computation.
struct PageRankSolver {
    let n: Int
    let alpha: Double
    let useWeights: Bool
    let blocks: NodeBlocks
    let offsets: [Int]
    let sources: [Int32]
    let strengths: [Double]
    let outOffsets: [Int]
    let outTargets: [Int32]
    let outStrengths: [Double]
    /// 1 / out-strength; 0 for dangling nodes.
    let inverseOut: SharedPointer<Double>
    let outStrength: SharedPointer<Double>

    init(_ graph: AnalysisGraph, alpha: Double, useWeights: Bool) {
        n = graph.nodeCount
        self.alpha = alpha
        self.useWeights = useWeights
        blocks = NodeBlocks(count: n, work: graph.targets.count)
        offsets = graph.inOffsets
        sources = graph.inSources
        strengths = graph.inStrengths
        outOffsets = graph.offsets
        outTargets = graph.targets
        outStrengths = graph.strengths
        outStrength = SharedPointer(count: n, repeating: 0)
        inverseOut = SharedPointer(count: n, repeating: 0)
        for node in 0..<n {
            var total = 0.0
            for arc in graph.arcs(of: node) { total += useWeights ? graph.strengths[arc] : 1 }
            outStrength[node] = total
            inverseOut[node] = total > 0 ? 1 / total : 0
        }
    }

    func free() {
        inverseOut.free()
        outStrength.free()
    }

    /// One PageRank step in place; returns the L1 change.
    func step(_ x: inout [Double]) -> Double {
        let n = self.n
        let alpha = self.alpha
        let useWeights = self.useWeights
        let inverseOut = self.inverseOut
        let current = SharedPointer<Double>(count: n, repeating: 0)
        let share = SharedPointer<Double>(count: n, repeating: 0)
        defer {
            current.free()
            share.free()
        }
        x.withUnsafeBufferPointer { current.base.update(from: $0.baseAddress!, count: n) }
        let dangling = blocks.sum { range in
            var total = 0.0
            for node in range {
                let value = current[node]
                share[node] = value * inverseOut[node]
                if inverseOut[node] == 0 { total += value }
            }
            return total
        }
        let base = (1 - alpha) / Double(n) + alpha * dangling / Double(n)
        let next = SharedPointer<Double>(count: n, repeating: 0)
        defer { next.free() }
        let change = offsets.withUnsafeBufferPointer { offsets in
            sources.withUnsafeBufferPointer { sources in
                strengths.withUnsafeBufferPointer { strengths in
                    let offsets = SharedPointer(reading: offsets)
                    let sources = SharedPointer(reading: sources)
                    let strengths = SharedPointer(reading: strengths)
                    return blocks.sum { range in
                        var total = 0.0
                        for node in range {
                            var sum = 0.0
                            if useWeights {
                                for arc in offsets[node]..<offsets[node + 1] { sum += share[Int(sources[arc])] * strengths[arc] }
                            } else {
                                for arc in offsets[node]..<offsets[node + 1] { sum += share[Int(sources[arc])] }
                            }
                            let value = base + alpha * sum
                            next[node] = value
                            total += abs(value - current[node])
                        }
                        return total
                    }
                }
            }
        }
        x.withUnsafeMutableBufferPointer { $0.baseAddress!.update(from: next.base, count: n) }
        return change
    }

    /// Conjugate gradients on the symmetric form of an undirected view's PageRank system.
    /// - Returns: the normalized vector and the iterations run; stops when the estimated L1
    ///   residual of the normalized vector is below `tolerance`, or stagnates.
    func conjugateGradient(tolerance: Double, maximumIterations: Int) -> ([Double], Int) {
        let n = self.n
        let alpha = self.alpha
        let useWeights = self.useWeights
        // s = D^-½ (1 for isolated nodes, whose rank is only the teleport share).
        let s = SharedPointer<Double>(count: n, repeating: 1)
        let y = SharedPointer<Double>(count: n, repeating: 0)
        let r = SharedPointer<Double>(count: n, repeating: 0)
        let p = SharedPointer<Double>(count: n, repeating: 0)
        let q = SharedPointer<Double>(count: n, repeating: 0)
        let product = SharedPointer<Double>(count: n, repeating: 0)
        defer { for vector in [s, y, r, p, q, product] { vector.free() } }
        var degreeSum = 0.0
        for node in 0..<n { degreeSum += outStrength[node] }
        let outStrength = self.outStrength
        for node in 0..<n where outStrength[node] > 0 { s[node] = 1 / outStrength[node].squareRoot() }
        // Start near the answer: rank ≈ teleport share + degree share.
        let uniform = 1 / Double(n)
        for node in 0..<n {
            let guess = outStrength[node] > 0 ? ((1 - alpha) * uniform + alpha * outStrength[node] / degreeSum) / (1 - alpha) : uniform
            y[node] = guess * s[node]
        }
        return outOffsets.withUnsafeBufferPointer { offsets in
            outTargets.withUnsafeBufferPointer { targets in
                outStrengths.withUnsafeBufferPointer { weights in
                    let offsets = SharedPointer(reading: offsets)
                    let targets = SharedPointer(reading: targets)
                    let weights = SharedPointer(reading: weights)
                    /// product = M v for v given as q = s ∘ v; returns Σ v·(M v) when asked.
                    func multiply(_ v: SharedPointer<Double>) -> Double {
                        blocks.sum { range in
                            var dot = 0.0
                            for node in range {
                                var sum = 0.0
                                if useWeights {
                                    for arc in offsets[node]..<offsets[node + 1] { sum += q[Int(targets[arc])] * weights[arc] }
                                } else {
                                    for arc in offsets[node]..<offsets[node + 1] { sum += q[Int(targets[arc])] }
                                }
                                let value = v[node] - alpha * s[node] * sum
                                product[node] = value
                                dot += v[node] * value
                            }
                            return dot
                        }
                    }
                    // r = b − M y, with b = s / n.
                    blocks.forEach { _, range in for node in range { q[node] = s[node] * y[node] } }
                    _ = multiply(y)
                    var rr = blocks.sum { range in
                        var total = 0.0
                        for node in range {
                            let value = s[node] * uniform - product[node]
                            r[node] = value
                            p[node] = value
                            q[node] = s[node] * value
                            total += value * value
                        }
                        return total
                    }
                    var iterations = 0
                    var best = Double.infinity
                    var sinceBest = 0
                    while iterations < maximumIterations && rr > 0 {
                        iterations += 1
                        let pMp = multiply(p)
                        guard pMp > 0 else { break }
                        let step = rr / pMp
                        let sums = Sums3.add(blocks) { range in
                            var rrNext = 0.0
                            var residual = 0.0
                            var mass = 0.0
                            for node in range {
                                let yValue = y[node] + step * p[node]
                                y[node] = yValue
                                let rValue = r[node] - step * product[node]
                                r[node] = rValue
                                rrNext += rValue * rValue
                                residual += abs(rValue) / s[node]
                                mass += yValue / s[node]
                            }
                            return Sums3(a: rrNext, b: residual, c: mass)
                        }
                        let estimate = sums.b / sums.c
                        if estimate < tolerance { break }
                        if estimate < best * 0.999 {
                            best = estimate
                            sinceBest = 0
                        } else {
                            sinceBest += 1
                            if sinceBest > 20 { break }
                        }
                        let beta = sums.a / rr
                        rr = sums.a
                        blocks.forEach { _, range in
                            for node in range {
                                let value = r[node] + beta * p[node]
                                p[node] = value
                                q[node] = s[node] * value
                            }
                        }
                    }
                    // z = y / s, normalized to sum 1.
                    var total = 0.0
                    for node in 0..<n { total += y[node] / s[node] }
                    let x = (0..<n).map { y[$0] / s[$0] / total }
                    return (x, iterations)
                }
            }
        }
    }
}

/// Three partial sums per block, added in block order.
struct Sums3: Sendable {
    var a: Double
    var b: Double
    var c: Double

    static func add(_ blocks: NodeBlocks, _ body: @Sendable (Range<Int>) -> Sums3) -> Sums3 {
        let partials = SharedPointer<Sums3>(count: blocks.blockCount, repeating: Sums3(a: 0, b: 0, c: 0))
        defer { partials.free() }
        blocks.forEach { block, range in partials[block] = body(range) }
        var total = Sums3(a: 0, b: 0, c: 0)
        for block in 0..<blocks.blockCount {
            total.a += partials[block].a
            total.b += partials[block].b
            total.c += partials[block].c
        }
        return total
    }
}
