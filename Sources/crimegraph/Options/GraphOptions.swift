import ArgumentParser
import CrimeGraph
import CrimeGraphIO
import CrimeGraphMerge

/// The input files every graph command reads, and how to read those that are not case files.
struct GraphOptions: ParsableArguments {
    @Argument(help: ArgumentHelp(
        "Input files: case files (.yaml, .yml, .json) or CSV, TSV, adjacency matrices, GraphML, GEXF, FollowTheMoney (.ftm.json, .jsonl) and DOT; several load together and union by id.",
        valueName: "file"))
    var files: [String] = []

    @OptionGroup var reading: InputFormatOptions

    @Option(name: .customLong("min-sources"), help: ArgumentHelp(
        "Keep only relationships supported by at least N independent sources (sources of one publisher count once), and the entities they join or that have N sources themselves.",
        valueName: "n"))
    var minSources: Int?

    func validate() throws {
        if files.isEmpty { throw ValidationError("give at least one input file") }
        if let minSources, minSources < 1 { throw ValidationError("--min-sources must be at least 1") }
    }

    /// How to read the inputs.
    func readOptions() throws -> ReadOptions { try reading.readOptions() }

    /// Loads the files (restricted to the time window, if one is given), or prints every
    /// problem and fails.
    func load() throws -> LoadedGraph {
        let loaded = try Loading.graph(files, input: reading)
        guard let minSources, minSources > 1 else { return loaded }
        return LoadedGraph(
            graph: Corroboration.filter(loaded.graph, minimumSources: minSources), caseFiles: loaded.caseFiles,
            warnings: loaded.warnings)
    }
}

/// How inputs are read and which facts are kept: `--from`, `--csv-columns`, and the time
/// window `--as-of DATE` / `--between A B`. Every command that reads input files has these.
struct InputFormatOptions: ParsableArguments {
    @Option(name: .customLong("as-of"), help: ArgumentHelp(
        "Only facts that had begun by this date (YYYY, YYYY-MM or YYYY-MM-DD); undated facts stay.", valueName: "date"))
    var asOf: String?

    @Option(name: .long, parsing: .upToNextOption, help: ArgumentHelp(
        "Only facts overlapping this span (two dates); undated facts stay.", valueName: "from to"))
    var between: [String] = []

    /// The time window these flags give, if any.
    func window() throws -> TimeWindow? {
        func date(_ text: String, _ flag: String) throws -> CaseDate {
            guard let date = CaseDate(iso: text), date.end == nil else {
                throw ValidationError("\(flag) \(text): expected a date YYYY, YYYY-MM or YYYY-MM-DD")
            }
            return date
        }
        if let asOf {
            if !between.isEmpty { throw ValidationError("--as-of and --between cannot be combined") }
            return .asOf(try date(asOf, "--as-of"))
        }
        guard !between.isEmpty else { return nil }
        guard between.count == 2 else { throw ValidationError("--between takes two dates: --between FROM TO") }
        let start = try date(between[0], "--between"), end = try date(between[1], "--between")
        guard start.firstDay <= end.lastDay else { throw ValidationError("--between: \(between[0]) is after \(between[1])") }
        return .between(start, end)
    }

    @Option(name: .long, help: ArgumentHelp(
        "Read every input as this format instead of going by its extension: \(FileFormat.allCases.filter(\.canRead).map(\.name).joined(separator: ", ")).",
        valueName: "format"))
    var from: String?

    @Option(name: .customLong("csv-columns"), help: ArgumentHelp(
        "Which CSV columns hold what, e.g. source=Caller,target=Callee,weight=Calls,kind=Type (roles: id, name, kind, source, target, weight, date, source_name, source_kind, target_name, target_kind; also header=none, delimiter=;).",
        valueName: "role=column,..."))
    var csvColumns: String?

    func validate() throws {
        _ = try readOptions()
        _ = try window()
    }

    /// The options these flags give.
    func readOptions() throws -> ReadOptions {
        var options = ReadOptions()
        if let from {
            guard let format = FileFormat(name: from), format.canRead else {
                let readable = FileFormat.allCases.filter(\.canRead).map(\.name).joined(separator: ", ")
                throw ValidationError("--from \(from): unknown input format; use one of \(readable)")
            }
            options.format = format
        }
        if let csvColumns {
            do {
                options.csvColumns = try CSVColumns(specification: csvColumns)
            } catch {
                throw ValidationError("--csv-columns: \(error.message)")
            }
        }
        return options
    }
}

enum Loading {
    /// Loads `files` as `input` says (format, columns, time window), or prints every problem
    /// and fails.
    static func graph(_ files: [String], input: InputFormatOptions) throws -> LoadedGraph {
        let loaded = try graph(files, options: input.readOptions())
        guard let window = try input.window() else { return loaded }
        return loaded.filtered(to: window)
    }

    /// Loads `files`, or prints every problem and fails.
    static func graph(_ files: [String], options: ReadOptions = ReadOptions()) throws -> LoadedGraph {
        do {
            return try GraphLoader.load(files, options: options, progress: ProgressDisplay.loading())
        } catch {
            Terminal.printDiagnostics(error.diagnostics)
            let errors = error.diagnostics.filter { $0.severity == .error }.count
            throw CommandFailure("\(errors) error\(errors == 1 ? "" : "s") in the input; run 'crimegraph validate' for details")
        }
    }
}

/// Graph commands whose first positional argument is a case file and whose other
/// positionals name entities: `crimegraph path FILE... A B` is ambiguous, so entity-naming
/// commands take exactly the last N positionals as entities.
struct EntityArguments {
    static func split(_ values: [String], entityCount: Int, usage: String) throws -> (files: [String], entities: [String]) {
        guard values.count > entityCount else {
            throw ValidationError("expected at least one case file and then \(usage)")
        }
        return (Array(values.dropLast(entityCount)), Array(values.suffix(entityCount)))
    }
}

/// How a query-like command prints its result on stdout.
enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    case table, json, csv
}

struct FormatOptions: ParsableArguments {
    @Option(name: .long, help: "Output format: table (for people), json (stable schema, see docs/json-output.md) or csv.")
    var format: OutputFormat = .table
}

/// A failure to report on stderr with exit code 1.
struct CommandFailure: Error, CustomStringConvertible {
    let message: String
    init(_ message: String) { self.message = message }
    var description: String { message }
}

extension ParsableCommand {
    /// Runs `body`, turning CrimeGraph errors into a message on stderr and exit code 1
    /// (usage errors keep ArgumentParser's exit code 64).
    func reportingFailures(_ body: () throws -> Void) throws {
        do {
            try body()
        } catch let failure as CommandFailure {
            Terminal.error(failure.message)
            throw ExitCode.failure
        } catch let error as LookupError {
            Terminal.error(error.description)
            throw ExitCode.failure
        } catch let error as AtomicFile.WriteError {
            Terminal.error(error.description)
            throw ExitCode.failure
        } catch let error as DiagnosticsError {
            Terminal.printDiagnostics(error.diagnostics)
            throw ExitCode.failure
        }
    }
}
