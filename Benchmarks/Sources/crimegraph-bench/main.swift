import Foundation

/// crimegraph-bench: CrimeGraph against NetworkX, igraph, NetworKit and rustworkx.
///
///     crimegraph-bench run [--suites caviar,10k,100k,1m] [--libraries crimegraph,networkx,…]
///                          [--timeout 150] [--repeats 3] [--budget 20] [--out results/latest.json]
///     crimegraph-bench generate --nodes N [--seed S] [--edges-per-node M] --out FILE.csv
///     crimegraph-bench memory --graph FILE.csv
///     crimegraph-bench worker --graph FILE.csv --anchor LABEL --ops load,bfs,… [--repeats 3] [--budget 20]
let usage = """
    usage: crimegraph-bench run [--suites caviar,10k,100k,1m] [--libraries crimegraph,networkx,igraph,networkit,rustworkx]
                                [--timeout SECONDS] [--repeats N] [--budget SECONDS] [--out results/latest.json]
                                [--python .venv/bin/python] [--data data]
           crimegraph-bench generate --nodes N [--seed S] [--edges-per-node M] --out FILE.csv
           crimegraph-bench memory --graph FILE.csv
           crimegraph-bench worker --graph FILE.csv --anchor LABEL --ops OP,OP… [--repeats N] [--budget SECONDS]
    """

var arguments = Array(CommandLine.arguments.dropFirst())
guard let command = arguments.first else {
    FileHandle.standardError.write(Data((usage + "\n").utf8))
    exit(64)
}
arguments.removeFirst()
var options: [String: String] = [:]
var index = 0
while index < arguments.count {
    let key = arguments[index]
    guard key.hasPrefix("--"), index + 1 < arguments.count else {
        FileHandle.standardError.write(Data("unexpected argument \(key)\n\(usage)\n".utf8))
        exit(64)
    }
    options[String(key.dropFirst(2))] = arguments[index + 1]
    index += 2
}

/// The Benchmarks folder: where this package's manifest is, found from the executable
/// (`Benchmarks/.build/…/crimegraph-bench`) or the working directory.
func benchmarksFolder() -> String {
    var url = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
    for _ in 0..<6 {
        url.deleteLastPathComponent()
        if FileManager.default.fileExists(atPath: url.appendingPathComponent("python/peer.py").path) { return url.path }
    }
    return FileManager.default.currentDirectoryPath
}

do {
    switch command {
    case "worker":
        guard let graph = options["graph"], let anchor = options["anchor"], let ops = options["ops"] else {
            throw WorkerError("worker needs --graph, --anchor and --ops")
        }
        var worker = CrimeGraphWorker(
            path: graph, anchor: anchor, operations: ops.split(separator: ",").map(String.init),
            repeats: Int(options["repeats"] ?? "3") ?? 3, budget: Double(options["budget"] ?? "20") ?? 20)
        try worker.run()
    case "generate":
        guard let nodes = options["nodes"].flatMap({ Int($0) }), let out = options["out"] else {
            throw WorkerError("generate needs --nodes and --out")
        }
        let meta = try Generator.generate(name: (out as NSString).lastPathComponent, nodes: nodes,
                                          seed: UInt64(options["seed"] ?? "20240909") ?? 20_240_909,
                                          edgesPerNode: Int(options["edges-per-node"] ?? "5") ?? 5, to: out)
        print("\(meta.nodes) nodes, \(meta.edges) edges, anchor \(meta.anchor)")
    case "memory":
        guard let graph = options["graph"] else { throw WorkerError("memory needs --graph") }
        try MemoryProbe.run(path: graph)
    case "run":
        let folder = benchmarksFolder()
        let executable = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().path
        let runner = Runner(
            suiteNames: (options["suites"] ?? "caviar,10k,100k,1m").split(separator: ",").map(String.init),
            libraries: (options["libraries"] ?? Runner.libraries.joined(separator: ",")).split(separator: ",").map(String.init),
            timeout: Double(options["timeout"] ?? "150") ?? 150,
            repeats: Int(options["repeats"] ?? "3") ?? 3,
            budget: Double(options["budget"] ?? "20") ?? 20,
            dataDirectory: options["data"] ?? "\(folder)/data",
            python: options["python"] ?? "\(folder)/.venv/bin/python",
            peerScript: "\(folder)/python/peer.py",
            output: options["out"] ?? "\(folder)/results/latest.json",
            caviarMatrix: options["caviar"] ?? "\(folder)/../../shared/datasets/morselli_caviar.csv",
            executable: executable)
        try runner.run()
    default:
        FileHandle.standardError.write(Data((usage + "\n").utf8))
        exit(64)
    }
} catch {
    FileHandle.standardError.write(Data("crimegraph-bench: \(error)\n".utf8))
    exit(1)
}
