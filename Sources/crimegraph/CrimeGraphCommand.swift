import ArgumentParser
import CrimeGraph
import CrimeGraphIO
import Foundation

/// `crimegraph`: the command-line tool. One file per subcommand under `Commands/`.
@main
struct CrimeGraphCommand: ParsableCommand {
    static let version = "0.1.0"

    static let configuration = CommandConfiguration(
        commandName: "crimegraph",
        abstract: "Analyse criminal networks from sourced case files.",
        discussion: """
            Entities (people, companies, agencies, places, events, offences, outcomes) and typed, dated,
            sourced relationships are read from case files (YAML or JSON, schema v1). Name entities by id,
            name or alias; case and accents do not matter.

            Examples:
              crimegraph validate Graphs/sihanoukville-2022.yaml
              crimegraph info Graphs/sihanoukville-2022.yaml
              crimegraph path Graphs/sihanoukville-2022.yaml "Hun Sen" "Galaxy World"
            """,
        version: version,
        // Each area lists its commands in its own folder under Commands/.
        subcommands: CoreCommands.all + AnalysisCommands.all + QueryCommands.all + MergeCommands.all + ReportCommands.all
            + InteropCommands.all
    )

    /// Runs the tool; a misspelled command gets a suggestion (ArgumentParser suggests for
    /// options only).
    static func main() {
        AtomicFile.removeTemporaryFilesOnInterrupt()
        let arguments = Array(CommandLine.arguments.dropFirst())
        if let first = arguments.first, !first.hasPrefix("-") {
            var names = ["help"]
            for command in configuration.subcommands {
                names.append(command._commandName)
                names.append(contentsOf: command.configuration.aliases)
            }
            if !names.contains(first) {
                let close = Suggestions.closest(to: first, among: names, limit: 3)
                let hint = close.isEmpty ? "" : "; did you mean " + close.map { "'\($0)'" }.joined(separator: ", ") + "?"
                Terminal.error("unknown command '\(first)'\(hint) ('crimegraph --help' lists them all)")
                Foundation.exit(ExitCode.validationFailure.rawValue)
            }
        }
        main(arguments)
    }
}
