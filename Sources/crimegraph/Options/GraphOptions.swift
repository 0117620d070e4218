import ArgumentParser
import CrimeGraph
import CrimeGraphIO

/// The input files every graph command reads.
struct GraphOptions: ParsableArguments {
    @Argument(help: ArgumentHelp("Case files (.yaml, .yml, .json); several load together and union by id.", valueName: "file"))
    var files: [String] = []

    func validate() throws {
        if files.isEmpty { throw ValidationError("give at least one case file") }
    }

    /// Loads the files, or prints every problem and fails.
    func load() throws -> LoadedGraph { try Loading.graph(files) }
}

enum Loading {
    /// Loads `files`, or prints every problem and fails.
    static func graph(_ files: [String]) throws -> LoadedGraph {
        do {
            return try GraphLoader.load(files)
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
