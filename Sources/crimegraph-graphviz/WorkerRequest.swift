/// A validated command line: which engine lays the graph out, which format it is rendered to.
struct WorkerRequest {
    /// Layout engines the worker accepts; every other name is refused before Graphviz sees it.
    static let engines: [String] = ["dot", "neato", "fdp", "sfdp", "circo", "twopi"]

    /// Output formats the worker accepts, with the Graphviz `type:renderer:device` name each
    /// one is rendered through. PNG and PDF go through cairo (anti-aliased); SVG through the
    /// core SVG renderer, which keeps `class="node"` groups and text as text. Devices such as
    /// `gtk` (calls `exit(1)`) and `x11`/`xlib` (segfault) can never be reached.
    static let formats: [(name: String, plugin: String)] = [
        ("svg", "svg:svg:core"),
        ("png", "png:cairo:cairo"),
        ("pdf", "pdf:cairo:cairo"),
    ]

    /// The default address-space cap in MiB (see `--memory-limit`).
    static let defaultMemoryLimitMiB = 4096

    static let usage = """
        usage: crimegraph-graphviz --engine ENGINE --format FORMAT [--memory-limit MIB]
               crimegraph-graphviz --version | --help

        Reads one DOT graph on stdin and writes it, laid out and rendered, on stdout.
          --engine ENGINE       \(engines.joined(separator: ", "))
          --format FORMAT       \(formats.map(\.name).joined(separator: ", "))
          --memory-limit MIB    address-space cap, default \(defaultMemoryLimitMiB); 0 = none
        Exit 0: stdout holds the image. Exit 2: stdout holds one line of JSON,
        {"stage": "request|parse|layout|render", "message": "..."}.

        """

    /// What the command line asks for.
    enum Parsed {
        case render(WorkerRequest)
        case help
        case version
        case invalid(String)
    }

    /// The engine name passed to `gvLayout`.
    var engine: String
    /// The Graphviz `type:renderer:device` name passed to `gvRenderData`.
    var format: String
    /// The address-space cap in MiB; 0 means none.
    var memoryLimitMiB: Int

    /// Parses the arguments (without the program name).
    static func parse(_ arguments: [String]) -> Parsed {
        var engine: String?
        var format: String?
        var memoryLimit = defaultMemoryLimitMiB
        var index = 0
        while index < arguments.count {
            let argument = arguments[index]
            switch argument {
            case "--help", "-h":
                return .help
            case "--version":
                return .version
            case "--engine", "--format", "--memory-limit":
                guard index + 1 < arguments.count else {
                    return .invalid("option \(argument) needs a value")
                }
                let value = arguments[index + 1]
                index += 2
                switch argument {
                case "--engine":
                    guard engines.contains(value) else {
                        return .invalid("unknown engine '\(value)'; use one of \(engines.joined(separator: ", "))")
                    }
                    engine = value
                case "--format":
                    guard let match = formats.first(where: { $0.name == value }) else {
                        let names = formats.map(\.name).joined(separator: ", ")
                        return .invalid("unknown format '\(value)'; use one of \(names)")
                    }
                    format = match.plugin
                default:
                    guard let mebibytes = Int(value), mebibytes >= 0 else {
                        return .invalid("--memory-limit needs a number of MiB, not '\(value)'")
                    }
                    memoryLimit = mebibytes
                }
            default:
                return .invalid("unexpected argument '\(argument)'; see --help")
            }
        }
        guard let engine else { return .invalid("missing --engine") }
        guard let format else { return .invalid("missing --format") }
        return .render(WorkerRequest(engine: engine, format: format, memoryLimitMiB: memoryLimit))
    }
}
