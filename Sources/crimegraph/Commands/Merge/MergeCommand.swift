import ArgumentParser
import CrimeGraph
import CrimeGraphIO
import CrimeGraphMerge

struct MergeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "merge",
        abstract: "Merge case files into one, joining records of the same entity and keeping who said what.",
        discussion: """
            Records with one id in several files are combined. Entities named in a decisions file (--map, see \
            'duplicates --decisions' and docs/merge.md) are merged, and with --accept-above so are duplicate candidates \
            scoring at least that. A merged entity keeps every alias, property value and citation, records the ids it \
            absorbed (property absorbed_ids), and keeps disagreeing figures side by side, each with its citation. \
            --write-map writes every decision applied, so '--map THAT' replays the merge exactly.

            Errors name the file and line: ids a decisions file names that no file defines, cycles of absorptions, \
            entities of different kinds merged, one id used for two kinds of thing in two files.

            Examples:
              crimegraph merge a.yaml b.yaml c.yaml --map decisions.yaml -o merged.yaml
              crimegraph merge a.yaml b.yaml c.yaml --accept-above 0.9 --write-map applied.yaml -o merged.yaml
              crimegraph merge a.yaml b.yaml -o - --to json
            """)

    @Argument(help: ArgumentHelp("Input files (case files or any readable format).", valueName: "file"))
    var files: [String] = []

    @OptionGroup var reading: InputFormatOptions

    @Option(name: .shortAndLong, help: ArgumentHelp("The merged case file (.yaml, .yml or .json), or '-' for standard output.", valueName: "path"))
    var output: String

    @Option(name: .long, help: ArgumentHelp("Output format, overriding the extension: yaml or json.", valueName: "format"))
    var to: String?

    @Option(name: .long, help: ArgumentHelp("A decisions file: which entities to merge and which are distinct.", valueName: "decisions.yaml"))
    var map: String?

    @Option(name: .customLong("accept-above"), help: "Also merge duplicate candidates scoring at least this (0–1).")
    var acceptAbove: Double?

    @Option(name: .customLong("min-score"), help: "With --accept-above: candidates scoring at least this but not accepted are listed as pending in --write-map.")
    var minScore: Double = 0.6

    @Option(name: .customLong("write-map"), help: ArgumentHelp("Write the decisions applied here, to replay the merge with --map.", valueName: "path"))
    var writeMap: String?

    @OptionGroup var summary: FormatOptions

    func validate() throws {
        if files.isEmpty { throw ValidationError("give at least one input file") }
        try MergeLoading.checkScore(acceptAbove, "--accept-above")
        try MergeLoading.checkScore(minScore, "--min-score")
        _ = try format()
        if summary.format == .csv { throw ValidationError("merge prints its summary as table or json") }
        if try reading.window() != nil { throw ValidationError("--as-of and --between do not apply to merge: it keeps every fact") }
    }

    func format() throws -> CaseFileReader.Format {
        if let to {
            guard let format = CaseFileReader.Format(rawValue: to) else { throw ValidationError("--to \(to): merge writes yaml or json") }
            return format
        }
        if output == "-" { throw ValidationError("writing to standard output ('-o -') needs --to yaml or --to json") }
        guard let format = CaseFileReader.Format(path: output) else {
            throw ValidationError("cannot tell the output format from '\(output)': use .yaml, .yml or .json, or --to")
        }
        return format
    }

    func run() throws {
        try reportingFailures {
            let union = try MergeLoading.union(files, options: try reading.readOptions())
            let decisions = try map.map { path throws(DiagnosticsError) in try DecisionsReader.read(path: path) } ?? MergeDecisions()
            let result = try CaseMerger.merge(union, options: MergeOptions(
                decisions: decisions, acceptAbove: acceptAbove, duplicates: DuplicateOptions(minimumScore: minScore)))
            let destination = output == "-" ? "./-" : output
            let merged = result.relocated(to: destination)
            let text = try format() == .json ? CaseFileEncoder.json(merged) : CaseFileEncoder.yaml(merged)
            if let writeMap {
                try AtomicFile.write(writeMap.lowercased().hasSuffix(".json") ? DecisionsWriter.json(result.decisions)
                                     : DecisionsWriter.yaml(result.decisions), to: writeMap)
            }
            if output == "-" {
                Terminal.output(text)
                Terminal.note(table(result, merged))
            } else {
                try AtomicFile.write(text, to: output)
                Present.emit(summary.format, json: json(result, merged), table: { table(result, merged) }, csv: { "" })
            }
        }
    }

    private func json(_ result: MergeResult, _ merged: CaseFile) -> JSONValue {
        .object([
            "output": .string(output), "entities": .integer(merged.entities.count),
            "relationships": .integer(merged.relationships.count),
            "groups": .array(result.groups.map { group in
                .object([
                    "keep": .string(group.keeper), "absorbed": .array(group.absorbed.map(JSONValue.string)),
                    "from_decisions": .boolean(group.isFromDecisions),
                    "accepted": .array(group.accepted.map {
                        .object(["first": .string($0.first), "second": .string($0.second), "score": .double($0.score)])
                    }),
                ])
            }),
            "combined_ids": .array(result.combinedIDs.map(JSONValue.string)),
            "conflicts": .array(result.conflicts.map {
                .object(["id": .string($0.id), "element": .string($0.element.rawValue), "fields": .array($0.fields.map(JSONValue.string))])
            }),
            "dropped_relationships": .array(result.droppedRelationships.map(JSONValue.string)),
            "self_loops": .array(result.selfLoops.map(JSONValue.string)),
        ])
    }

    private func table(_ result: MergeResult, _ merged: CaseFile) -> String {
        let absorbed = result.groups.reduce(0) { $0 + $1.absorbed.count }
        var text = "Merged \(files.count) file\(files.count == 1 ? "" : "s") into \(output): \(merged.entities.count) entities "
            + "(\(absorbed) absorbed), \(merged.relationships.count) relationships\n"
        if !result.groups.isEmpty {
            text += "\nAbsorbed:\n"
            var table = TextTable(["keep", "absorbed", "by"])
            for group in result.groups {
                let how = group.isFromDecisions ? (map ?? "decisions")
                    : "score " + group.accepted.map { MergePresent.score($0.score) }.joined(separator: ", ")
                table.append([group.keeper, group.absorbed.joined(separator: ", "), how])
            }
            text += table.rendered()
        }
        if !result.combinedIDs.isEmpty { text += "\nCombined by id: \(result.combinedIDs.joined(separator: ", "))\n" }
        if !result.conflicts.isEmpty {
            text += "\nKept side by side (see 'crimegraph conflicts'):\n"
            for conflict in result.conflicts {
                text += "  \(conflict.element.rawValue) \(conflict.id): \(conflict.fields.joined(separator: ", "))\n"
            }
        }
        if !result.droppedRelationships.isEmpty {
            text += "\nDropped same_as relationships: \(result.droppedRelationships.joined(separator: ", "))\n"
        }
        if !result.selfLoops.isEmpty {
            text += "\nNow tie an entity to itself: \(result.selfLoops.joined(separator: ", "))\n"
        }
        return text
    }
}
