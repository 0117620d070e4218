import ArgumentParser
import CrimeGraph
import CrimeGraphQuery
import Foundation

/// `crimegraph query FILE... QUERY`: a read-only Cypher query over case files.
struct QueryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "query",
        abstract: "Run a read-only Cypher query over case files.",
        discussion: """
            Entity kinds and tags are node labels, relation kinds are relationship types; id, name, kind, aliases, tags, date and the case file's properties are node properties (a quantity reads as its number). The last argument is the query unless --query-file is given. docs/query.md lists the supported Cypher.

            Examples:
              crimegraph query Graphs/sihanoukville-2022.yaml \\
                'MATCH (a:agency)-[:participated_in]->(e) RETURN a.name, count(e)'
              crimegraph query Graphs/sihanoukville-2022.yaml --param name='Sar Kheng' \\
                'MATCH (p:person {name: $name})-[r]-(x) RETURN type(r), x.name'
              crimegraph query Graphs/sihanoukville-2022.yaml --query-file q.cypher \\
                --format csv
            """)

    @Argument(help: ArgumentHelp("Case files, then the query (unless --query-file).", valueName: "file... query"))
    var arguments: [String] = []

    @Option(name: .customLong("query-file"), help: ArgumentHelp("Read the query from a file ('-' for standard input).", valueName: "file"))
    var queryFile: String?

    @Option(
        name: .customLong("param"),
        help: ArgumentHelp("A query parameter: name=value, the value read as a Cypher literal (42, 'x', [1, 2], {k: 1}) or else as a string. Repeatable.", valueName: "name=value"))
    var parameters: [String] = []

    @Option(name: .long, help: ArgumentHelp("Stop the query after this many seconds.", valueName: "seconds"))
    var timeout: Double?

    @OptionGroup var reading: InputFormatOptions
    @OptionGroup var output: FormatOptions

    func validate() throws {
        if let timeout, !(timeout > 0 && timeout <= 1_000_000) {
            throw ValidationError("--timeout must be a number of seconds between 0 and 1,000,000")
        }
        for parameter in parameters where QueryParameters.split(parameter) == nil {
            throw ValidationError("--param '\(parameter)' is not name=value")
        }
    }

    func run() throws {
        try reportingFailures {
            let (files, query) = try filesAndQuery()
            let graph = try Loading.graph(files, input: reading).graph
            let values = QueryParameters.values(parameters)
            let result: QueryResult
            do {
                result = try graph.query(query, parameters: values, timeout: timeout.map { .milliseconds(Int64($0 * 1000)) })
            } catch let error as QueryError {
                Terminal.error(error.rendered(query: query))
                throw ExitCode.failure
            }
            for warning in result.warnings {
                Terminal.warning(warning.message + QueryOutput.location(warning.offset, in: query))
            }
            QueryOutput.emit(result, graph: graph, format: output.format)
        }
    }

    /// The case files and the query text: the last argument, or the contents of --query-file.
    func filesAndQuery() throws -> (files: [String], query: String) {
        guard let queryFile else {
            let (files, rest) = try EntityArguments.split(arguments, entityCount: 1, usage: "a query")
            return (files, rest[0])
        }
        guard !arguments.isEmpty else { throw ValidationError("expected at least one case file") }
        let text: String?
        if queryFile == "-" {
            text = String(data: FileHandle.standardInput.readDataToEndOfFile(), encoding: .utf8)
        } else {
            text = try? String(contentsOfFile: queryFile, encoding: .utf8)
        }
        guard let text else { throw CommandFailure("cannot read the query file '\(queryFile)'") }
        return (arguments, text)
    }
}

/// `--param name=value` values.
enum QueryParameters {
    /// `name` and `value` of `name=value`; nil without `=` or a name.
    static func split(_ argument: String) -> (name: String, value: String)? {
        guard let equals = argument.firstIndex(of: "=") else { return nil }
        let name = String(argument[..<equals]).trimmingCharacters(in: .whitespaces)
        guard !name.isEmpty else { return nil }
        return (name.hasPrefix("$") ? String(name.dropFirst()) : name, String(argument[argument.index(after: equals)...]))
    }

    /// The parameters: each value a Cypher literal when it reads as one, else a string.
    static func values(_ arguments: [String]) -> [String: QueryValue] {
        var values: [String: QueryValue] = [:]
        for argument in arguments {
            guard let (name, text) = split(argument) else { continue }
            values[name] = QueryValue(cypherLiteral: text) ?? .string(text)
        }
        return values
    }
}
