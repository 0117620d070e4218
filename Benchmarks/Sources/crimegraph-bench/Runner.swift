import Foundation

/// The side-by-side run: generates the graphs, runs every library's worker in its own process
/// per graph, and collects the figures.
struct Runner {
    struct Suite {
        let name: String
        let nodes: Int
        let operations: [String]
    }

    static let libraries = ["crimegraph", "networkx", "igraph", "networkit", "rustworkx"]
    static let titles = ["crimegraph": "CrimeGraph", "networkx": "NetworkX", "igraph": "igraph", "networkit": "NetworKit", "rustworkx": "rustworkx"]

    static let suites = [
        Suite(name: "caviar", nodes: 0, operations: ["load", "view", "bfs", "components", "degree", "pagerank", "betweenness", "closeness", "louvain", "kcore", "articulation", "twohop", "twohop_cypher"]),
        Suite(name: "10k", nodes: 10_000, operations: ["load", "view", "bfs", "components", "degree", "pagerank", "betweenness", "closeness", "louvain", "kcore", "articulation", "twohop", "twohop_cypher"]),
        Suite(name: "100k", nodes: 100_000, operations: ["load", "view", "bfs", "components", "degree", "pagerank", "betweenness_sampled", "louvain", "kcore", "articulation", "twohop", "twohop_cypher"]),
        Suite(name: "1m", nodes: 1_000_000, operations: ["load", "view", "bfs", "components", "degree", "pagerank", "kcore", "articulation", "twohop", "twohop_cypher"]),
    ]

    /// What a library cannot do (reported as n/a).
    static let unsupported: [String: Set<String>] = [
        "rustworkx": ["view", "betweenness_sampled", "louvain", "twohop_cypher"],
        "networkx": ["view", "twohop_cypher"], "igraph": ["view", "twohop_cypher"], "networkit": ["view", "twohop_cypher"],
    ]

    var suiteNames: [String]
    var libraries: [String]
    var timeout: Double
    var repeats: Int
    var budget: Double
    var dataDirectory: String
    var python: String
    var peerScript: String
    var output: String
    var caviarMatrix: String
    var executable: String

    func run() throws {
        try FileManager.default.createDirectory(atPath: dataDirectory, withIntermediateDirectories: true)
        var machine = Self.machine()
        var suitesOut: [[String: Any]] = []
        var tables: [String] = []
        for suite in Self.suites where suiteNames.contains(suite.name) {
            let meta = try prepare(suite)
            let loadBefore = Self.loadAverage()
            var results: [String: [String: Any]] = [:]
            for library in libraries {
                log("\(suite.name): \(library)…")
                results[library] = runLibrary(library, suite: suite, meta: meta)
            }
            let loadAfter = Self.loadAverage()
            let table = Table(suite: suite, meta: meta, results: results, libraries: libraries, loadBefore: loadBefore, loadAfter: loadAfter)
            let text = table.render()
            print(text)
            fflush(stdout)
            tables.append(text)
            suitesOut.append([
                "name": suite.name, "nodes": meta.nodes, "edges": meta.edges, "anchor": meta.anchor,
                "description": meta.description, "load_average_before": loadBefore, "load_average_after": loadAfter,
                "libraries": results, "ratios": table.ratios(),
            ])
        }
        machine["load_average_end"] = Self.loadAverage()
        let document: [String: Any] = [
            "date": ISO8601DateFormatter().string(from: Date()), "machine": machine,
            "timeout_seconds": timeout, "repeats": repeats, "repeat_budget_seconds": budget, "suites": suitesOut,
        ]
        let data = try JSONSerialization.data(withJSONObject: document, options: [.prettyPrinted, .sortedKeys])
        try FileManager.default.createDirectory(atPath: (output as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try data.write(to: URL(fileURLWithPath: output))
        try (tables.joined(separator: "\n")).write(toFile: (output as NSString).deletingPathExtension + ".txt", atomically: true, encoding: .utf8)
        log("wrote \(output)")
    }

    func log(_ text: String) {
        FileHandle.standardError.write(Data((text + "\n").utf8))
    }

    /// Generates the suite's graph file once (kept in the data folder).
    func prepare(_ suite: Suite) throws -> GraphMeta {
        let csv = "\(dataDirectory)/\(suite.name).csv"
        let metaPath = "\(dataDirectory)/\(suite.name).meta.json"
        if FileManager.default.fileExists(atPath: csv), let data = FileManager.default.contents(atPath: metaPath),
            let meta = try? JSONDecoder().decode(GraphMeta.self, from: data)
        {
            return meta
        }
        log("generating \(csv)…")
        let meta = suite.name == "caviar"
            ? try Generator.caviar(matrix: caviarMatrix, to: csv)
            : try Generator.generate(name: suite.name, nodes: suite.nodes, seed: 20_240_909, to: csv)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        try encoder.encode(meta).write(to: URL(fileURLWithPath: metaPath))
        return meta
    }

    /// Runs one library on one graph, restarting after an operation that timed out.
    func runLibrary(_ library: String, suite: Suite, meta: GraphMeta) -> [String: Any] {
        let csv = "\(dataDirectory)/\(suite.name).csv"
        var remaining = suite.operations.filter { !(Self.unsupported[library]?.contains($0) ?? false) }
        var operations: [String: Any] = [:]
        for op in suite.operations where Self.unsupported[library]?.contains(op) ?? false { operations[op] = ["status": "n/a"] }
        var processes: [[String: Any]] = []
        var loadedOnce = false
        while !remaining.isEmpty {
            let common = ["--graph", csv, "--anchor", meta.anchor, "--ops", remaining.joined(separator: ","),
                          "--repeats", String(repeats), "--budget", String(budget)]
            let arguments = library == "crimegraph"
                ? [executable, "worker"] + common
                : [python, "-u", peerScript, "--library", library] + common
            let child = ChildRun.run(arguments, timeout: timeout)
            var done: Set<String> = []
            for line in child.lines {
                guard let op = line["op"] as? String else { continue }
                done.insert(op)
                if op == "load" && loadedOnce { continue }
                var entry = line
                let times = (line["times"] as? [Double]) ?? []
                entry["median"] = Self.median(times)
                entry["status"] = "ok"
                operations[op] = entry
            }
            loadedOnce = loadedOnce || done.contains("load")
            processes.append([
                "wall_seconds": child.wallTime, "start_seconds": child.startTime ?? NSNull(), "peak_rss_mb": child.peakRSS,
                "timed_out": child.timedOut, "exit_status": child.exitStatus,
                "stderr_tail": String(child.stderr.suffix(2000)),
            ])
            let pending = remaining.filter { !done.contains($0) }
            guard let stuck = pending.first else { break }
            if child.timedOut {
                operations[stuck] = ["status": "timeout", "timeout_seconds": timeout]
                log("  \(library) \(stuck): timed out after \(Int(timeout)) s")
            } else {
                operations[stuck] = ["status": "error", "message": String(child.stderr.suffix(600))]
                log("  \(library) \(stuck): failed: \(child.stderr.suffix(300))")
            }
            if stuck == "load" { break }
            remaining = pending.filter { $0 != stuck }
            if remaining.allSatisfy({ $0 == "load" }) { break }
        }
        return ["operations": operations, "processes": processes]
    }

    static func median(_ values: [Double]) -> Double {
        let sorted = values.sorted()
        guard !sorted.isEmpty else { return .nan }
        return sorted.count % 2 == 1 ? sorted[sorted.count / 2] : (sorted[sorted.count / 2 - 1] + sorted[sorted.count / 2]) / 2
    }

    static func loadAverage() -> [Double] {
        let text = (try? String(contentsOfFile: "/proc/loadavg", encoding: .utf8)) ?? ""
        return text.split(separator: " ").prefix(3).compactMap { Double($0) }
    }

    static func machine() -> [String: Any] {
        var info: [String: Any] = ["cores": ProcessInfo.processInfo.activeProcessorCount]
        if let cpu = try? String(contentsOfFile: "/proc/cpuinfo", encoding: .utf8),
            let line = cpu.split(separator: "\n").first(where: { $0.hasPrefix("model name") })
        {
            info["cpu"] = line.split(separator: ":", maxSplits: 1).last.map { $0.trimmingCharacters(in: .whitespaces) } ?? ""
        }
        info["memory_gib"] = Double(ProcessInfo.processInfo.physicalMemory) / 1_073_741_824
        info["os"] = ProcessInfo.processInfo.operatingSystemVersionString
        info["load_average_start"] = loadAverage()
        return info
    }
}
