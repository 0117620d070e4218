import ArgumentParser
import CrimeGraph
import CrimeGraphIO
import CrimeGraphMerge

struct Duplicates: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "List pairs of entities that are probably the same, with a score and the reasons.",
        discussion: """
            Compares entities of the same kind by name and aliases: case, accents and punctuation ignored, honorifics \
            ("Samdech Kralahom") and legal-form words ("Co., Ltd.", "Technology") left out, words reordered, \
            romanization variants ("Chhay"/"Chay") and spelling; then dates, properties and shared neighbours. Only \
            pairs sharing a blocking key are compared, so 100,000 entities take seconds. Records of one id in several \
            files are combined first, as merge does. Scores and reasons: docs/merge.md.

            --decisions writes a decisions file to review and pass to 'merge --map': candidates scoring at least \
            --accept-above go under 'merge', the rest under 'pending'.

            Examples:
              crimegraph duplicates a.yaml b.yaml c.yaml
              crimegraph duplicates a.yaml b.yaml --kind person --min-score 0.8 --format json
              crimegraph duplicates a.yaml b.yaml c.yaml --decisions decisions.yaml --accept-above 0.9
            """)

    @Argument(help: ArgumentHelp("Input files (case files or any readable format).", valueName: "file"))
    var files: [String] = []

    @OptionGroup var reading: InputFormatOptions

    @Option(name: .customLong("min-score"), help: "Leave out candidates scoring below this (0–1).")
    var minScore: Double = 0.6

    @Option(name: .long, help: ArgumentHelp("Only entities of this kind (repeatable).", valueName: "kind"))
    var kind: [String] = []

    @Option(name: .long, help: "Show only the N best candidates.")
    var top: Int?

    @Option(name: .long, help: ArgumentHelp("Write a draft decisions file here for 'merge --map'.", valueName: "path"))
    var decisions: String?

    @Option(name: .customLong("accept-above"), help: "With --decisions: candidates scoring at least this go under 'merge', not 'pending'.")
    var acceptAbove: Double?

    @OptionGroup var output: FormatOptions

    func validate() throws {
        if files.isEmpty { throw ValidationError("give at least one input file") }
        try MergeLoading.checkScore(minScore, "--min-score")
        try MergeLoading.checkScore(acceptAbove, "--accept-above")
        if let top, top < 1 { throw ValidationError("--top must be at least 1") }
        if acceptAbove != nil && decisions == nil { throw ValidationError("--accept-above applies with --decisions") }
        if try reading.window() != nil { throw ValidationError("--as-of and --between do not apply to duplicates") }
    }

    func run() throws {
        try reportingFailures {
            let union = try MergeLoading.union(files, options: try reading.readOptions())
            let kinds = try MergeLoading.kinds(kind, in: union.graph)
            let report = DuplicateFinder.find(in: union.graph, options: DuplicateOptions(minimumScore: minScore, kinds: kinds))
            let shown = top.map { Array(report.candidates.prefix($0)) } ?? report.candidates
            if let decisions {
                let draft = MergeDecisions.draft(from: report.candidates, acceptAbove: acceptAbove)
                try AtomicFile.write(decisions.lowercased().hasSuffix(".json") ? DecisionsWriter.json(draft) : DecisionsWriter.yaml(draft),
                                     to: decisions)
                Terminal.note("wrote \(decisions): \(draft.merges.count) to merge, \(draft.pending.count) pending review")
            }
            Present.emit(output.format, json: json(report, shown), table: { table(report, shown) }, csv: {
                CSVText.document(["score", "kind", "first_id", "first_name", "second_id", "second_name", "reasons"], shown.map {
                    [MergePresent.score($0.score), $0.kind.rawValue, $0.first, $0.firstName, $0.second, $0.secondName,
                     $0.reasons.map(\.text).joined(separator: "; ")]
                })
            })
        }
    }

    private func json(_ report: DuplicateReport, _ shown: [DuplicateCandidate]) -> JSONValue {
        .object([
            "entities": .integer(report.entityCount), "compared_pairs": .integer(report.comparedPairs),
            "skipped_blocks": .integer(report.skippedBlocks), "min_score": .double(minScore),
            "candidates": .array(shown.map { candidate in
                .object([
                    "score": .double(candidate.score), "kind": .string(candidate.kind.rawValue),
                    "first": .object(["id": .string(candidate.first), "name": .string(candidate.firstName)]),
                    "second": .object(["id": .string(candidate.second), "name": .string(candidate.secondName)]),
                    "reasons": MergePresent.reasons(candidate.reasons),
                ])
            }),
        ])
    }

    private func table(_ report: DuplicateReport, _ shown: [DuplicateCandidate]) -> String {
        let count = report.candidates.count
        var text = "\(count) candidate pair\(count == 1 ? "" : "s") among \(report.entityCount) entities "
            + "(\(report.comparedPairs) pairs compared"
            + (report.skippedBlocks > 0 ? ", \(report.skippedBlocks) oversized blocks skipped" : "") + ")\n"
        for (position, candidate) in shown.enumerated() {
            text += "\n\(position + 1). \(MergePresent.score(candidate.score))  \(candidate.kind)  "
                + "\(candidate.first) \"\(candidate.firstName)\"  ~  \(candidate.second) \"\(candidate.secondName)\"\n"
            for reason in candidate.reasons {
                text += "     \(MergePresent.signed(reason.weight))  \(TextTable.singleLine(reason.text))\n"
            }
        }
        return text
    }
}
