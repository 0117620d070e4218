import ArgumentParser
import CrimeGraph
import CrimeGraphIO
import CrimeGraphMerge

struct ConflictsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "conflicts",
        abstract: "List facts whose figures or dates disagree across sources or paragraphs.",
        discussion: """
            Finds figures of one property that cannot all be true, a whole's figure against the sum of its parts' \
            ("nearly 900 foreigners" in two raids against 469 + 414), dates of one event that do not overlap, and \
            lengths in days against date ranges. Each side is shown with its citations and its source's grade. Rules: \
            docs/merge.md.

            Examples:
              crimegraph conflicts Graphs/sihanoukville-2022.yaml
              crimegraph conflicts merged.yaml --kind sum --format json
            """)

    @OptionGroup var input: GraphOptions

    @Option(name: .long, help: ArgumentHelp("Only conflicts of this kind (repeatable): \(FactConflict.Kind.allCases.map(\.rawValue).joined(separator: ", ")).", valueName: "kind"))
    var kind: [FactConflict.Kind] = []

    @OptionGroup var output: FormatOptions

    func run() throws {
        try reportingFailures {
            let graph = try input.load().graph
            let conflicts = ConflictFinder.find(in: graph).filter { kind.isEmpty || kind.contains($0.kind) }
            let grades = SourceGrades(sources: graph.sources)
            Present.emit(output.format, json: json(conflicts), table: { table(conflicts, grades) }, csv: {
                var rows: [[String]] = []
                for (number, conflict) in conflicts.enumerated() {
                    for claim in conflict.claims {
                        rows.append(["\(number + 1)", conflict.kind.rawValue, conflict.subject, conflict.summary, claim.subject,
                                     claim.field, claim.statement, claim.value.map(NumberFormatting.plain) ?? "",
                                     grades.text(claim.citations)])
                    }
                }
                return CSVText.document(["conflict", "kind", "subject", "summary", "claim_subject", "field", "statement", "value", "citations"], rows)
            })
        }
    }

    private func json(_ conflicts: [FactConflict]) -> JSONValue {
        .object(["conflicts": .array(conflicts.map { conflict in
            .object([
                "kind": .string(conflict.kind.rawValue), "subject": .string(conflict.subject), "name": .string(conflict.subjectName),
                "summary": .string(conflict.summary),
                "claims": .array(conflict.claims.map { claim in
                    .object([
                        "subject": .string(claim.subject), "field": .string(claim.field), "statement": .string(claim.statement),
                        "value": claim.value.map(JSONValue.double) ?? .null, "cite": Present.citations(claim.citations),
                    ])
                }),
            ])
        })])
    }

    private func table(_ conflicts: [FactConflict], _ grades: SourceGrades) -> String {
        if conflicts.isEmpty { return "No conflicting figures or dates.\n" }
        var text = "\(conflicts.count) conflict\(conflicts.count == 1 ? "" : "s")\n"
        for (number, conflict) in conflicts.enumerated() {
            text += "\n\(number + 1). \(conflict.kind.rawValue): \(conflict.subjectName) (\(conflict.subject))\n"
            text += "   \(TextTable.singleLine(conflict.summary))\n"
            var table = TextTable(["", "on", "field", "states", "cited"])
            for claim in conflict.claims {
                table.append(["", claim.subject, claim.field, claim.statement, grades.text(claim.citations)])
            }
            for line in table.rendered().split(separator: "\n").dropFirst(2) { text += "  " + line + "\n" }
        }
        return text
    }
}

extension FactConflict.Kind: ExpressibleByArgument {}
