import CrimeGraph
import CrimeGraphAnalysis
import CrimeGraphIO
import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// `crimegraph-bench memory --graph FILE.csv`: what a loaded graph costs in memory.
///
/// Reads `VmRSS` before loading (the process baseline: runtime and libraries), after loading
/// (the graph as it stays in memory, the parser's buffers freed) and `VmHWM` (the peak while
/// loading), then the same after building the undirected simple-graph view the algorithms
/// use. Prints one JSON object. Bytes per entity and per relationship come from two or more
/// graphs with different edge/node ratios (see Benchmarks/README.md).
enum MemoryProbe {
    static func run(path: String) throws {
        let baseline = Measure.memory()
        Measure.resetPeak()
        let loaded = try GraphLoader.load([path])
        let graph = loaded.graph
        let afterLoad = Measure.memory()
        let loadedParts = residentParts()
        // Hand freed heap back to the system, so that what stays is the graph itself.
        trimHeap()
        let trimmed = Measure.memory()
        Measure.resetPeak()
        let view = AnalysisGraph(graph, directed: false)
        let afterView = Measure.memory()
        Emit.line([
            "graph": path, "entities": graph.entityCount, "relationships": graph.relationshipCount,
            "view_edges": view.edgeCount,
            "baseline_rss_mb": baseline.rss, "loaded_rss_mb": afterLoad.rss, "load_peak_mb": afterLoad.peak,
            "loaded_anon_mb": loadedParts.anon, "loaded_file_mb": loadedParts.file, "trimmed_rss_mb": trimmed.rss,
            "view_rss_mb": afterView.rss, "view_peak_mb": afterView.peak,
        ])
        withExtendedLifetime((graph, view)) {}
    }

    /// glibc's `malloc_trim(0)`, looked up at run time (the Glibc module does not export it).
    static func trimHeap() {
        guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "malloc_trim") else { return }
        typealias Trim = @convention(c) (Int) -> Int32
        _ = unsafeBitCast(symbol, to: Trim.self)(0)
    }

    /// `RssAnon` (heap) and `RssFile` (mapped files) of this process, in MiB.
    static func residentParts() -> (anon: Double, file: Double) {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return (0, 0) }
        var anon = 0.0
        var file = 0.0
        for line in status.split(separator: "\n") {
            let parts = line.split(whereSeparator: { $0 == " " || $0 == "\t" })
            guard parts.count >= 2, let kb = Double(parts[1]) else { continue }
            if parts[0] == "RssAnon:" { anon = kb / 1024 }
            if parts[0] == "RssFile:" { file = kb / 1024 }
        }
        return (anon, file)
    }
}
