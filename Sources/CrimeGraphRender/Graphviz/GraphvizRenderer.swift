import Foundation

/// Renders DOT text to an image by running Graphviz in a separate worker process.
///
/// Debian 12's Graphviz 2.43 segfaults, aborts and hangs on real inputs. Each `render` call
/// therefore starts one `crimegraph-graphviz` process (spawning costs about 12 ms; a small
/// graph takes about 25 ms in all), hands it the DOT text and waits for it within `timeout`. Whatever Graphviz does, the calling process survives: a
/// crash, a hang or a Graphviz error becomes a `GraphvizError`.
///
/// The worker is found as `WorkerLocator` describes: `workerPath` if given, else
/// `$CRIMEGRAPH_GRAPHVIZ`, else beside the running executable, else in `../libexec` from it.
///
/// ## Worker protocol (version 1)
/// - Invocation: `crimegraph-graphviz --engine ENGINE --format FORMAT` (also `--version`,
///   `--help`, and `--memory-limit MIB`, default 4096); the DOT text on stdin until EOF.
/// - Success: exit status 0, stdout holds exactly the rendered bytes.
/// - Failure: exit status 2, stdout holds one line of JSON
///   `{"stage": "request|parse|layout|render", "message": "…"}` with Graphviz's own message.
/// - Any other end (a signal, another status) is a crash or a broken installation.
/// - stderr is diagnostic only: Graphviz's warnings, library noise, and a
///   `crimegraph-graphviz: stage NAME` line before each step, which tells the renderer where a
///   crash or a hang happened. It is never shown raw; `GraphvizError.diagnostics` keeps a
///   cleaned tail.
///
/// Each call blocks its thread until the worker ends (up to `timeout`), so async code should
/// not call it on an actor that must stay responsive. Concurrent calls from several threads
/// are fine (one process each). The caller's signal handling is never changed: the worker's
/// stdin is a socket written with `MSG_NOSIGNAL`, so a worker that dies early cannot raise
/// `SIGPIPE` in the caller (see `ChildProcess`).
public struct GraphvizRenderer: Sendable {
    /// The time a render may take before the worker is killed, unless the caller chooses.
    /// `dot` needs about 16 s for 200 nodes; sfdp about 8 s for 20,000.
    public static let defaultTimeout: Duration = .seconds(60)

    /// The worker executable to run, or nil to search for it.
    public var workerPath: String?
    /// How long one render may take, spawning to exit, before the worker's process group is
    /// killed with `SIGKILL` and `GraphvizError.timedOut` thrown.
    public var timeout: Duration

    /// The environment for discovery and for the worker process.
    var environment: [String: String]
    /// The running executable, the anchor of discovery.
    var runningExecutable: String?

    /// Creates a renderer.
    /// - Parameters:
    ///   - workerPath: the `crimegraph-graphviz` executable to use; nil (the default) searches
    ///     `$CRIMEGRAPH_GRAPHVIZ`, the running executable's folder, then `../libexec`.
    ///   - timeout: how long one render may take; `defaultTimeout` (60 s) unless given.
    public init(workerPath: String? = nil, timeout: Duration = GraphvizRenderer.defaultTimeout) {
        self.init(
            workerPath: workerPath, timeout: timeout,
            environment: ProcessInfo.processInfo.environment,
            runningExecutable: WorkerLocator.currentExecutablePath()
        )
    }

    /// Creates a renderer with an explicit environment and running executable (for tests).
    init(workerPath: String?, timeout: Duration, environment: [String: String], runningExecutable: String?) {
        self.workerPath = workerPath
        self.timeout = timeout
        self.environment = environment
        self.runningExecutable = runningExecutable
    }

    /// The path of the worker `render` would run.
    /// - Throws: `GraphvizError.workerNotFound` with the paths tried.
    public func locateWorker() throws(GraphvizError) -> String {
        try WorkerLocator(explicitPath: workerPath, environment: environment, runningExecutable: runningExecutable)
            .locate()
    }

    /// Lays out `dot` with `engine` and renders it as `format`.
    ///
    /// - Parameters:
    ///   - dot: the graph in the DOT language. Labels expand `\N`, `\G`, `\E`, `\L` and HTML
    ///     entities: the encoder must escape them.
    ///   - engine: the layout engine; a `layout` attribute in the DOT text does not override it.
    ///   - format: the image format.
    /// - Returns: the image file's bytes (an SVG document in UTF-8, a PNG or a PDF file).
    /// - Throws: a `GraphvizError`; never crashes or hangs the caller.
    public func render(dot: String, engine: GraphvizEngine, format: ImageFormat) throws(GraphvizError) -> [UInt8] {
        let input = Array(dot.utf8)
        guard !input.contains(0) else {
            throw .invalidRequest(message: "the DOT text contains a NUL character")
        }
        let worker = try locateWorker()
        let arguments = ["--engine", engine.rawValue, "--format", format.rawValue]
        let deadline = ContinuousClock.now.advanced(by: max(timeout, .milliseconds(1)))

        let child: ChildProcess
        do {
            child = try ChildProcess.spawn(executable: worker, arguments: arguments, environment: environment)
        } catch {
            throw .launchFailed(path: worker, reason: error.reason)
        }
        let outcome: ProcessOutcome
        do {
            outcome = try child.exchange(input: input, deadline: deadline)
        } catch {
            throw .workerFailed(exitCode: nil, detail: "talking to it failed: \(error.call): \(error.reason)", diagnostics: "")
        }
        return try WorkerReply(outcome: outcome, engine: engine, timeout: timeout).image()
    }
}
