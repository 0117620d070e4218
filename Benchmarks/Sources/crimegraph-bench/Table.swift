import Foundation

/// The printed table of one suite: median seconds per library, CrimeGraph's ratio against
/// each peer (below 1 = CrimeGraph faster) and against the fastest, then memory and process
/// figures.
struct Table {
    let suite: Runner.Suite
    let meta: GraphMeta
    let results: [String: [String: Any]]
    let libraries: [String]
    let loadBefore: [Double]
    let loadAfter: [Double]

    static let names: [String: String] = [
        "load": "load labelled edge list", "view": "simple-graph view (CrimeGraph)", "bfs": "BFS from one node",
        "components": "connected components", "degree": "degree centrality", "pagerank": "PageRank (1e-11)",
        "betweenness": "betweenness, exact", "betweenness_sampled": "betweenness, 256 sources",
        "closeness": "closeness (Wasserman–Faust)", "louvain": "Louvain", "kcore": "k-core",
        "articulation": "articulation points", "twohop": "2-hop neighbourhood (anchored)",
        "twohop_cypher": "  the same as a Cypher query",
    ]

    /// Operations only CrimeGraph runs, compared with the peers' figures for another: the
    /// peers have no query language, so the Cypher 2-hop query is set against their 2-hop
    /// neighbourhood calls.
    static let comparedWith = ["twohop_cypher": "twohop"]

    var peers: [String] { libraries.filter { $0 != "crimegraph" } }

    func entry(_ library: String, _ op: String) -> [String: Any]? {
        (results[library]?["operations"] as? [String: Any])?[op] as? [String: Any]
    }

    func median(_ library: String, _ op: String) -> Double? {
        guard let entry = entry(library, op), entry["status"] as? String == "ok" else { return nil }
        return entry["median"] as? Double
    }

    func cell(_ library: String, _ op: String) -> String {
        guard let entry = entry(library, op) else { return "–" }
        switch entry["status"] as? String {
        case "ok": return Self.seconds(entry["median"] as? Double ?? .nan)
        case "timeout": return "> \(Int(entry["timeout_seconds"] as? Double ?? 0))"
        case "n/a": return "n/a"
        default: return "error"
        }
    }

    static func seconds(_ value: Double) -> String {
        if value.isNaN { return "–" }
        if value >= 100 { return String(format: "%.0f", value) }
        if value >= 10 { return String(format: "%.1f", value) }
        if value >= 0.001 { return String(format: "%.3g", value) }
        return String(format: "%.2g", value)
    }

    /// CrimeGraph's median over each peer's, per operation.
    func ratios() -> [String: [String: Double]] {
        var out: [String: [String: Double]] = [:]
        for op in suite.operations {
            guard let mine = median("crimegraph", op) else { continue }
            var row: [String: Double] = [:]
            let theirOp = Self.comparedWith[op] ?? op
            for peer in peers { if let theirs = median(peer, theirOp), theirs > 0 { row[peer] = mine / theirs } }
            if let best = peers.compactMap({ median($0, theirOp) }).min(), best > 0 { row["fastest_peer"] = mine / best }
            out[op] = row
        }
        return out
    }

    func render() -> String {
        let loadText = { (l: [Double]) in l.map { String(format: "%.2f", $0) }.joined(separator: " ") }
        var lines: [String] = []
        lines.append("== \(suite.name): \(meta.nodes) nodes, \(meta.edges) edges — \(meta.description)")
        lines.append("   load average before \(loadText(loadBefore)), after \(loadText(loadAfter)); median seconds inside each process")
        var header = ["operation"] + libraries.map { Runner.titles[$0] ?? $0 }
        header += peers.map { "÷" + (Runner.titles[$0] ?? $0) } + ["÷fastest"]
        var rows: [[String]] = [header]
        let ratioTable = ratios()
        for op in suite.operations {
            var row = [Self.names[op] ?? op] + libraries.map { cell($0, op) }
            row += peers.map { peer in ratioTable[op]?[peer].map { String(format: "%.2f", $0) } ?? "" }
            row.append(ratioTable[op]?["fastest_peer"].map { String(format: "%.2f", $0) } ?? "")
            rows.append(row)
        }
        func extra(_ label: String, _ value: (String) -> String) {
            rows.append([label] + libraries.map(value) + Array(repeating: "", count: peers.count + 1))
        }
        if suite.operations.contains("pagerank") {
            extra("  PageRank residual ‖x−step(x)‖₁") { lib in
                (entry(lib, "pagerank")?["info"] as? [String: Any])?["residual"].flatMap { $0 as? Double }.map { String(format: "%.1e", $0) } ?? "–"
            }
        }
        if suite.operations.contains("louvain") {
            extra("  Louvain modularity") { lib in
                (entry(lib, "louvain")?["info"] as? [String: Any])?["modularity"].flatMap { $0 as? Double }.map { String(format: "%.4f", $0) } ?? "–"
            }
        }
        extra("load: peak memory added, MB") { lib in
            guard let load = entry(lib, "load"), let peak = load["peak_mb"] as? Double, let base = load["rss_before_mb"] as? Double else { return "–" }
            return String(format: "+%.0f", peak - base)
        }
        extra("process peak RSS, MB") { lib in
            let processes = (results[lib]?["processes"] as? [[String: Any]]) ?? []
            let peak = processes.compactMap { $0["peak_rss_mb"] as? Double }.max()
            return peak.map { String(format: "%.0f", $0) } ?? "–"
        }
        extra("process start (to ready), s") { lib in
            let first = (results[lib]?["processes"] as? [[String: Any]])?.first
            return (first?["start_seconds"] as? Double).map { String(format: "%.2f", $0) } ?? "–"
        }
        extra("whole process, s") { lib in
            let processes = (results[lib]?["processes"] as? [[String: Any]]) ?? []
            let total = processes.compactMap { $0["wall_seconds"] as? Double }.reduce(0, +)
            return processes.isEmpty ? "–" : String(format: "%.1f", total)
        }
        var widths = [Int](repeating: 0, count: rows.map(\.count).max() ?? 0)
        for row in rows { for (index, text) in row.enumerated() { widths[index] = max(widths[index], text.count) } }
        for (number, row) in rows.enumerated() {
            let padded = row.enumerated().map { index, text in
                index == 0 ? text.padding(toLength: widths[0], withPad: " ", startingAt: 0)
                    : String(repeating: " ", count: widths[index] - text.count) + text
            }
            lines.append(padded.joined(separator: "  "))
            if number == 0 { lines.append(widths.map { String(repeating: "-", count: $0) }.joined(separator: "  ")) }
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
