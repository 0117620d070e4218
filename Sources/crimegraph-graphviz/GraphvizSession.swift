import CGraphviz

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#endif

/// The worker's one choke point for libgvc/cgraph: parse, lay out, render.
///
/// Each step starts with `GraphvizMessages.reset()` (`agreseterrors`) and is judged by both its
/// return code and `agerrors()`, because Graphviz sometimes reports an error and carries on.
/// Nothing is ever freed (no `gvFreeLayout`, `agclose`, `gvFreeContext`): `gvFreeLayout`
/// corrupts the heap after a `dot` layout with clusters and edge labels in Graphviz 2.43, and
/// the worker exits right after rendering, so the kernel reclaims the memory.
enum GraphvizSession {
    /// Lays out and renders `dot` with `engine`, returning the bytes `format` describes.
    /// - Parameters:
    ///   - dot: DOT text without NUL bytes.
    ///   - engine: a whitelisted layout engine name (`WorkerRequest.engines`).
    ///   - format: a whitelisted `type:renderer:device` name (`WorkerRequest.formats`).
    static func render(dot: [UInt8], engine: String, format: String) -> Result<[UInt8], WorkerFailure> {
        GraphvizMessages.install()
        guard let context = gvContext() else {
            return .failure(WorkerFailure(stage: .layout, message: "Graphviz could not create a context"))
        }

        announce(.parse)
        GraphvizMessages.reset()
        let parsed = (dot + [0]).withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { agmemread($0.baseAddress) }
        }
        guard let graph = parsed, !GraphvizMessages.sawError else {
            return .failure(failure(.parse, fallback: "the DOT text holds no graph"))
        }

        // `--engine` is authoritative: a `layout` attribute in the graph would override it.
        setAttribute(graph, "layout", engine)

        announce(.layout)
        GraphvizMessages.reset()
        let laidOut = engine.withCString { gvLayout(context, graph, $0) }
        guard laidOut == 0, !GraphvizMessages.sawError else {
            return .failure(failure(.layout, fallback: "Graphviz could not lay the graph out with \(engine)"))
        }

        announce(.render)
        GraphvizMessages.reset()
        var data: UnsafeMutablePointer<CChar>?
        var length: UInt32 = 0
        let rendered = format.withCString { gvRenderData(context, graph, $0, &data, &length) }
        guard rendered == 0, !GraphvizMessages.sawError, let data else {
            return .failure(failure(.render, fallback: "Graphviz could not render the graph as \(format)"))
        }
        let bytes = UnsafeRawBufferPointer(start: data, count: Int(length))
        return .success(Array(bytes))
    }

    /// The Graphviz library version, such as "2.43.0".
    static func libraryVersion() -> String {
        guard let context = gvContext(), let version = gvcVersion(context) else { return "unknown" }
        return String(cString: version)
    }

    /// Writes `crimegraph-graphviz: stage NAME` to stderr, so a client can name the step a
    /// crash happened in.
    private static func announce(_ stage: WorkerFailure.Stage) {
        writeAll(STDERR_FILENO, Array("crimegraph-graphviz: stage \(stage.rawValue)\n".utf8))
    }

    private static func failure(_ stage: WorkerFailure.Stage, fallback: String) -> WorkerFailure {
        WorkerFailure(stage: stage, message: GraphvizMessages.failureText() ?? fallback)
    }

    /// Sets a graph attribute, declaring it first when needed (`agsafeset`).
    private static func setAttribute(_ graph: UnsafeMutablePointer<Agraph_t>, _ name: String, _ value: String) {
        name.withCString { name in
            value.withCString { value in
                let mutableName = UnsafeMutablePointer(mutating: name)
                let mutableValue = UnsafeMutablePointer(mutating: value)
                _ = agsafeset(UnsafeMutableRawPointer(graph), mutableName, mutableValue, mutableValue)
            }
        }
    }
}
