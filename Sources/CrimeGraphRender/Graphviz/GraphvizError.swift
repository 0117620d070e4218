/// Why a graph could not be rendered with Graphviz.
///
/// `description` is a message for users, with a way out where there is one. Graphviz's own
/// stderr is never part of it: a cleaned, truncated tail is kept in `diagnostics` and shown
/// by `verboseDescription` (for a `--verbose` flag).
public enum GraphvizError: Error, CustomStringConvertible, Sendable {
    /// No executable `crimegraph-graphviz` was found. `searched` lists the paths tried, in
    /// order; when the path was given explicitly or through `CRIMEGRAPH_GRAPHVIZ`, it holds that
    /// path alone and nothing else was tried.
    case workerNotFound(searched: [String])

    /// The worker at `path` exists but could not be started (`reason` is the system's message).
    case launchFailed(path: String, reason: String)

    /// Graphviz crashed: the worker died from `signal` (such as `SIGSEGV` = 11), during `stage`
    /// when known.
    case crashed(signal: Int32, stage: GraphvizStage?, engine: GraphvizEngine, diagnostics: String)

    /// Graphviz did not finish within `limit`; the worker and its process group were killed.
    case timedOut(limit: Duration, stage: GraphvizStage?, engine: GraphvizEngine, diagnostics: String)

    /// Graphviz reported an error, such as a DOT syntax error naming the line.
    case graphvizFailed(stage: GraphvizStage, message: String, diagnostics: String)

    /// The request was refused before Graphviz saw it (for example, DOT text with a NUL byte).
    case invalidRequest(message: String)

    /// The worker ended in a way its protocol does not allow: an unexpected exit status or an
    /// unreadable answer (`exitCode` is nil when it could not be known). Usually an installation
    /// problem.
    case workerFailed(exitCode: Int32?, detail: String, diagnostics: String)

    /// A message for users: what went wrong and, where there is one, what to try instead.
    public var description: String {
        switch self {
        case .workerNotFound(let searched) where searched.count == 1:
            return "The Graphviz worker \(searched[0]) does not exist or is not executable; "
                + "set CRIMEGRAPH_GRAPHVIZ to the path of crimegraph-graphviz, or unset it."
        case .workerNotFound(let searched) where searched.isEmpty:
            return "Cannot find the Graphviz worker crimegraph-graphviz (the running program's folder is "
                + "unknown); set CRIMEGRAPH_GRAPHVIZ to its path."
        case .workerNotFound(let searched):
            return "Cannot find the Graphviz worker crimegraph-graphviz (looked in "
                + searched.joined(separator: ", ")
                + "); install it beside crimegraph or in PREFIX/libexec, or set CRIMEGRAPH_GRAPHVIZ to its path."
        case .launchFailed(let path, let reason):
            return "Cannot start the Graphviz worker \(path): \(reason)."
        case .crashed(let signal, let stage, let engine, let diagnostics):
            let name = signalName ?? "signal \(signal)"
            let during = stage.map { " while \($0.activity(engine: engine))" } ?? ""
            let what: String
            if Self.mentionsMemory(diagnostics) {
                what = "Graphviz ran out of memory (\(name))\(during)"
            } else if signal == SignalNames.kill {
                what = "Graphviz was killed (\(name))\(during), possibly for lack of memory"
            } else {
                what = "Graphviz crashed (\(name))\(during)"
            }
            return "\(what); \(Self.advice(for: engine))."
        case .timedOut(let limit, let stage, let engine, _):
            let during = stage.map { " \($0.activity(engine: engine))" } ?? " rendering"
            return "Graphviz did not finish\(during) within \(Self.format(limit)) and was stopped; "
                + "\(Self.advice(for: engine))."
        case .graphvizFailed(let stage, let message, _):
            let what: String
            switch stage {
            case .request: what = "Graphviz refused the request"
            case .parse: what = "Graphviz could not read the DOT text"
            case .layout: what = "Graphviz could not lay out the graph"
            case .render: what = "Graphviz could not draw the graph"
            }
            return "\(what): \(message)"
        case .invalidRequest(let message):
            return "Invalid Graphviz request: \(message)"
        case .workerFailed(let exitCode, let detail, _):
            let status = exitCode.map { " (exit status \($0))" } ?? ""
            return "The Graphviz worker failed\(status): \(detail); "
                + "check the installation of crimegraph-graphviz."
        }
    }

    /// The cleaned, truncated end of what Graphviz printed on stderr, or an empty string.
    public var diagnostics: String {
        switch self {
        case .crashed(_, _, _, let text), .timedOut(_, _, _, let text),
             .graphvizFailed(_, _, let text), .workerFailed(_, _, let text):
            return text
        case .workerNotFound, .launchFailed, .invalidRequest:
            return ""
        }
    }

    /// `description` followed by `diagnostics`, indented, when there are any.
    public var verboseDescription: String {
        let text = diagnostics
        guard !text.isEmpty else { return description }
        let indented = text.split(separator: "\n", omittingEmptySubsequences: false)
            .map { "  \($0)" }
            .joined(separator: "\n")
        return "\(description)\nGraphviz output (end):\n\(indented)"
    }

    /// The name of the signal in a `crashed` error, such as "SIGSEGV", when it has one.
    public var signalName: String? {
        guard case .crashed(let signal, _, _, _) = self else { return nil }
        return SignalNames.name(of: signal)
    }

    /// Whether Graphviz's output says an allocation failed (the worker's address space is capped).
    private static func mentionsMemory(_ diagnostics: String) -> Bool {
        ["out of memory", "Cannot allocate memory", "MEMORY-ERROR"].contains { diagnostics.contains($0) }
    }

    private static func advice(for engine: GraphvizEngine) -> String {
        engine == .sfdp
            ? "try a smaller --focus view or another --engine such as neato"
            : "try --engine sfdp or a smaller --focus view"
    }

    private static func format(_ duration: Duration) -> String {
        let seconds = Double(duration.components.seconds)
            + Double(duration.components.attoseconds) / 1e18
        if seconds >= 1, seconds == seconds.rounded() { return "\(Int(seconds)) s" }
        if seconds < 1 { return "\(Int((seconds * 1000).rounded())) ms" }
        return "\((seconds * 10).rounded() / 10) s"
    }
}
