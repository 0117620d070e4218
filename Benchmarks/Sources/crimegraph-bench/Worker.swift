import CrimeGraph
import CrimeGraphAnalysis
import CrimeGraphIO
import CrimeGraphQuery
import Foundation

/// Runs the operations on CrimeGraph in this process and prints one JSON line per operation.
///
/// Every operation is timed inside the process (process start and module loading excluded),
/// repeated up to `repeats` times (``quickRepeats`` once a run has taken under a
/// millisecond) while the runs so far stay within `budget` seconds; the orchestrator takes
/// the median. `Benchmarks/python/peer.py` follows the same rule. Peak memory is read per operation from `VmHWM`, reset
/// before each one.
struct CrimeGraphWorker {
    let path: String
    let anchor: String
    let operations: [String]
    let repeats: Int
    /// An operation with a run shorter than this (seconds) is run ``quickRepeats`` times: a
    /// median of three runs of a few microseconds measures the machine's noise.
    static let quickOperation = 0.001
    static let quickRepeats = 101
    let budget: Double

    var graph: Graph?
    var view: AnalysisGraph?
    /// The last PageRank vector, checked after timing.
    var pageRank: [Double]?

    init(path: String, anchor: String, operations: [String], repeats: Int, budget: Double) {
        self.path = path
        self.anchor = anchor
        self.operations = operations
        self.repeats = repeats
        self.budget = budget
    }

    mutating func run() throws {
        let ready = Measure.memory()
        Emit.line(["event": "ready", "rss_mb": ready.rss])
        for operation in ["load"] + operations.filter({ $0 != "load" }) {
            try perform(operation)
        }
        Emit.line(["event": "done"])
    }

    private mutating func perform(_ operation: String) throws {
        if operation != "load" && operation != "view" && view == nil && needsView(operation) {
            view = AnalysisGraph(graph!, directed: false)
        }
        var times: [Double] = []
        var info: [String: Any] = [:]
        Measure.resetPeak()
        let before = Measure.memory()
        var firstPeak = 0.0
        repeat {
            if operation == "load" { graph = nil; view = nil }
            if operation == "view" { view = nil }
            if operation == "load" || operation == "view" {
                let start = Measure.now()
                info = try build(operation)
                times.append(Measure.now() - start)
            } else {
                // Bound before the clock starts: copying the graph and view structs out of
                // `self` retains each of their arrays, a cost of this harness (Python peers read
                // `self.graph`, one pointer), not of the operation.
                let (graph, view) = (self.graph!, self.view)
                let start = Measure.now()
                info = try run(operation, on: graph, view: view)
                times.append(Measure.now() - start)
            }
            if times.count == 1 { firstPeak = Measure.memory().peak }
        } while times.count < (times.min()! < Self.quickOperation ? max(repeats, Self.quickRepeats) : repeats)
            && times.reduce(0, +) + times.last! < budget
        if operation == "twohop_cypher" {
            // The first run parses, checks and plans the query; the later ones find the plan in
            // the graph's plan cache, as an application repeating a query would.
            info["first_run_seconds"] = times[0]
        }
        if operation == "pagerank", let scores = pageRank, let view {
            info["residual"] = Self.pageRankResidual(view, scores)
        }
        let after = Measure.memory()
        Emit.line([
            "op": operation, "times": times, "rss_before_mb": before.rss, "rss_after_mb": after.rss,
            "peak_mb": firstPeak, "info": info,
        ])
    }

    private func needsView(_ operation: String) -> Bool {
        !["bfs", "components", "twohop", "twohop_cypher"].contains(operation)
    }

    /// Loads the graph or builds the view, keeping it.
    private mutating func build(_ operation: String) throws -> [String: Any] {
        if operation == "load" {
            let loaded = try GraphLoader.load([path])
            graph = loaded.graph
            return ["nodes": loaded.graph.entityCount, "edges": loaded.graph.relationshipCount]
        }
        let built = AnalysisGraph(graph!, directed: false)
        view = built
        return ["edges": built.edgeCount]
    }

    /// Runs one timed operation on the loaded graph (and view). The anchor is looked up inside
    /// the timing, as the Python peers do.
    private mutating func run(_ operation: String, on graph: Graph, view: AnalysisGraph?) throws -> [String: Any] {
        func anchorIndex() throws -> Int {
            guard let origin = graph.index(ofEntity: anchor) else { throw WorkerError("anchor \(anchor) not in graph") }
            return origin
        }
        switch operation {
        case "bfs":
            let search = graph.breadthFirstSearch(from: try anchorIndex())
            return ["reached": search.order.count]
        case "components":
            let components = graph.connectedComponents()
            return ["count": components.count, "largest": components.sizes.first ?? 0]
        case "twohop":
            let nearby = graph.neighborhood(of: try anchorIndex(), options: TraversalOptions(maxDepth: 2))
            return ["reached": nearby.reachedCount]
        case "twohop_cypher":
            let result = try graph.query(
                "MATCH (a {id: $id})-[*1..2]-(b) WHERE b <> a RETURN count(DISTINCT b) AS reached",
                parameters: ["id": .string(anchor)])
            let text = result.rows.first?.first.map { "\($0)" } ?? ""
            return ["reached": Int(text).map { $0 as Any } ?? text]
        default:
            break
        }
        guard let view else { throw WorkerError("\(operation) needs the view") }
        switch operation {
        case "degree":
            let scores = DegreeCentrality.scores(view)
            return ["max": scores.values.max() ?? 0]
        case "pagerank":
            let result = Spectral.pageRank(view, tolerance: 1e-11)
            pageRank = result.scores.values
            return ["iterations": result.iterations]
        case "betweenness":
            let scores = Betweenness.nodes(view)
            return ["max": scores.values.max() ?? 0]
        case "betweenness_sampled":
            let scores = Betweenness.nodes(view, samples: 256, seed: 1)
            return ["max": scores.values.max() ?? 0]
        case "closeness":
            let scores = Closeness.closeness(view)
            return ["max": scores.values.max() ?? 0]
        case "louvain":
            let communities = Louvain.communities(in: view, seed: 1)
            return ["communities": communities.count, "modularity": communities.modularity]
        case "kcore":
            let cores = Structure.coreNumbers(view)
            return ["max": cores.max() ?? 0]
        case "articulation":
            let cuts = Structure.cutPoints(view)
            return ["count": cuts.articulationPoints.count]
        default:
            throw WorkerError("unknown operation \(operation)")
        }
    }

    /// ‖x − step(x)‖₁ for one PageRank step (α = 0.85, uniform teleport and dangling rank): how
    /// far the returned vector is from the fixed point, the same measure for every library.
    static func pageRankResidual(_ view: AnalysisGraph, _ scores: [Double]) -> Double {
        let n = view.nodeCount
        let total = scores.reduce(0, +)
        let x = scores.map { $0 / total }
        var dangling = 0.0
        var share = [Double](repeating: 0, count: n)
        for node in 0..<n {
            let degree = view.arcs(of: node).count
            if degree == 0 { dangling += x[node] } else { share[node] = x[node] / Double(degree) }
        }
        let base = (1 - 0.85) / Double(n) + 0.85 * dangling / Double(n)
        var residual = 0.0
        for node in 0..<n {
            var sum = 0.0
            for arc in view.arcs(of: node) { sum += share[Int(view.targets[arc])] }
            residual += abs(base + 0.85 * sum - x[node])
        }
        return residual
    }
}

struct WorkerError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
