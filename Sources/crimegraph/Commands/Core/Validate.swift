import ArgumentParser
import CrimeGraph
import CrimeGraphIO

struct Validate: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Check case files and report every problem with its file, line and column.",
        discussion: """
            Checks structure (types, required and unknown fields, ids, dates, quantities), kinds, duplicate and
            conflicting ids across files, relationships naming unknown entities, citations of unknown sources
            or paragraphs, and that every quote occurs in the paragraph it cites. Exit status 1 if any error.

            Example:
              crimegraph validate Graphs/sihanoukville-2022.yaml
            """)

    @OptionGroup var input: GraphOptions

    @Option(name: .long, help: "Output format: text (file:line:column: message) or json.")
    var format: ValidateFormat = .text

    @Flag(name: .long, help: "Do not print warnings.")
    var noWarnings = false

    enum ValidateFormat: String, ExpressibleByArgument, CaseIterable { case text, json }

    func run() throws {
        let diagnostics: [Diagnostic]
        var summary = ""
        let options = try input.readOptions()
        do {
            let loaded = try GraphLoader.load(input.files, options: options)
            diagnostics = loaded.warnings
            let graph = loaded.graph
            summary = "\(graph.entityCount) entities, \(graph.relationshipCount) relationships, \(graph.sources.count) source\(graph.sources.count == 1 ? "" : "s")"
        } catch {
            diagnostics = error.diagnostics
        }
        let shown = noWarnings ? diagnostics.filter { $0.severity == .error } : diagnostics
        let errors = diagnostics.filter { $0.severity == .error }.count
        let warnings = diagnostics.count - errors
        switch format {
        case .json:
            let items: [JSONValue] = shown.map { diagnostic in
                .object([
                    "file": .string(diagnostic.location.file), "line": .integer(diagnostic.location.line),
                    "column": .integer(diagnostic.location.column), "severity": .string(diagnostic.severity.rawValue),
                    "message": .string(diagnostic.message),
                ])
            }
            Terminal.output(JSONValue.object(["valid": .boolean(errors == 0), "errors": .integer(errors), "warnings": .integer(warnings), "diagnostics": .array(items)]).serialized() + "\n")
        case .text:
            for diagnostic in shown { Terminal.output(TerminalText.safe(diagnostic.description, keepingNewlines: false) + "\n") }
            if errors == 0 {
                Terminal.output("OK: \(input.files.joined(separator: ", ")): \(summary)" + (warnings > 0 && !noWarnings ? " (\(warnings) warning\(warnings == 1 ? "" : "s"))" : "") + "\n")
            } else {
                Terminal.output("\(errors) error\(errors == 1 ? "" : "s"), \(warnings) warning\(warnings == 1 ? "" : "s")\n")
            }
        }
        if errors > 0 { throw ExitCode.failure }
    }
}
