import ArgumentParser
import CrimeGraph
import CrimeGraphAnalysis
import CrimeGraphIO

struct Rank: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Rank entities by a centrality measure: who is central, who holds the network together.",
        discussion: """
            Scores follow NetworkX's definitions and normalizations, so they can be compared with other tools.
            By default relationships count as two-way and unweighted; --directed follows their direction (closeness and
            harmonic then use distances *to* the entity, as NetworkX), --weighted uses the case's weights (distance =
            1/strength for path-based measures). JSON: [{"id", "name", "kind", "score"}], score descending, then id.

            Examples:
              crimegraph rank Graphs/sihanoukville-2022.yaml --by betweenness --top 10
              crimegraph rank Graphs/sihanoukville-2022.yaml --by degree --kind agency
              crimegraph rank big.csv --by betweenness --samples 256 --seed 7
            """)

    @OptionGroup var input: GraphOptions

    @Option(name: .long, help: "The measure: \(MeasureChoice.allCases.map(\.rawValue).joined(separator: ", ")).")
    var by: MeasureChoice = .degree

    @Option(name: .long, help: "Show only the N highest.")
    var top: Int?

    @Option(name: .long, help: ArgumentHelp("Show only entities of this kind (repeatable); all entities still count.", valueName: "kind"))
    var kind: [String] = []

    @Option(name: .long, help: "Betweenness from K seeded sample sources instead of all (large graphs).")
    var samples: Int?

    @Option(name: .long, help: "Seed for --samples.")
    var seed: UInt64 = 0

    @OptionGroup var view: ViewOptions
    @OptionGroup var output: FormatOptions

    func validate() throws {
        if let top, top < 1 { throw ValidationError("--top must be at least 1") }
        if let samples, samples < 1 { throw ValidationError("--samples must be at least 1") }
        if samples != nil && by != .betweenness { throw ValidationError("--samples applies to betweenness only") }
    }

    func run() throws {
        try reportingFailures {
            let graph = try input.load().graph
            try KindCheck.entityKinds(kind, in: graph)
            let simple = try view.view(of: graph)
            let scores = try by.scores(simple, weighted: view.weighted, samples: samples, seed: seed, progress: ProgressDisplay.handler(by.rawValue))
            let kinds = Set(kind.map(EntityKind.init(rawValue:)))
            let ranked = scores.ranking(in: graph, top: top) { kinds.isEmpty || kinds.contains(graph.kind(of: $0)) }
            Present.emit(output.format, json: .array(ranked.map { row in
                .object(["id": .string(graph.id(of: row.entity)), "name": .string(graph.name(of: row.entity)),
                         "kind": .string(graph.kind(of: row.entity).rawValue), "score": .double(row.score)])
            }), table: {
                var table = TextTable(["#", "id", "name", "kind", by.rawValue])
                for (position, row) in ranked.enumerated() {
                    table.append([String(position + 1), graph.id(of: row.entity), graph.name(of: row.entity),
                                  graph.kind(of: row.entity).rawValue, Format.score(row.score)])
                }
                return table.rendered() + by.explanation + "\n"
            }, csv: {
                CSVText.document(["rank", "id", "name", "kind", "score"], ranked.enumerated().map { position, row in
                    [String(position + 1), graph.id(of: row.entity), graph.name(of: row.entity), graph.kind(of: row.entity).rawValue,
                     Format.exact(row.score)]
                })
            })
        }
    }
}
