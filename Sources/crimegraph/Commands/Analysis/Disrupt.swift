import ArgumentParser
import CrimeGraph
import CrimeGraphAnalysis
import CrimeGraphIO

extension Disruption.Measure: ExpressibleByArgument {}

struct Disrupt: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Simulate removing entities (arrests, sanctions) and report how the network falls apart.",
        discussion: """
            Remove named entities (--remove, in order) or the top K by a measure (--top K --by MEASURE), once or
            recomputing the measure after each removal (--recompute). Reports components, the largest component,
            Borgatti's fragmentation (share of pairs that can no longer reach each other), average distance, and which
            connections between --watch entities broke. Relationships count both ways.

            Examples:
              crimegraph disrupt Graphs/sihanoukville-2022.yaml --top 3 --by betweenness
              crimegraph disrupt Graphs/sihanoukville-2022.yaml --remove "General Department of Immigration" --watch "Hun Sen" --watch "Galaxy World"
              crimegraph disrupt Graphs/caviar.yaml --top 5 --by degree --recompute --format json
            """)

    @OptionGroup var input: GraphOptions

    @Option(name: .long, help: ArgumentHelp("Remove this entity (repeatable, in order).", valueName: "entity"))
    var remove: [String] = []

    @Option(name: .long, help: "Remove the K highest-ranked entities.")
    var top: Int?

    @Option(name: .long, help: "Ranking measure for --top: degree, betweenness, closeness, harmonic, pagerank.")
    var by: Disruption.Measure = .betweenness

    @Flag(name: .long, help: "Recompute the ranking after each removal.")
    var recompute = false

    @Option(name: .long, help: ArgumentHelp("Track whether this entity stays connected to the other watched ones (repeatable).", valueName: "entity"))
    var watch: [String] = []

    @OptionGroup var output: FormatOptions

    func validate() throws {
        if remove.isEmpty && top == nil { throw ValidationError("say what to remove: --remove ENTITY or --top K") }
        if !remove.isEmpty && top != nil { throw ValidationError("--remove and --top cannot be combined") }
        if let top, top < 1 { throw ValidationError("--top must be at least 1") }
    }

    func run() throws {
        try reportingFailures {
            let graph = try input.load().graph
            let watched = try watch.map { try graph.resolve($0) }
            let target: Disruption.Target
            if let top {
                target = recompute ? .topRecomputed(count: top, measure: by) : .top(count: top, measure: by)
            } else {
                target = .named(try remove.map { try graph.resolve($0) })
            }
            let report = Disruption.simulate(graph, target: target, watch: watched)
            func snapshot(_ state: Disruption.Snapshot) -> JSONValue {
                .object([
                    "entities": .integer(state.entities), "components": .integer(state.components),
                    "largest_component": .integer(state.largestComponent), "fragmentation": .double(state.fragmentation),
                    "average_distance": state.averageDistance.map(JSONValue.double) ?? .null,
                ])
            }
            func pairText(_ pair: Disruption.Pair) -> String { "\(graph.name(of: pair.first)) – \(graph.name(of: pair.second))" }
            Present.emit(output.format, json: .object([
                "before": snapshot(report.before),
                "steps": .array(report.steps.map { step in
                    .object([
                        "removed": Present.entityRef(graph, step.removed), "score": step.score.map(JSONValue.double) ?? .null,
                        "after": snapshot(step.after),
                        "broken": .array(step.broken.map { .array([.string(graph.id(of: $0.first)), .string(graph.id(of: $0.second))]) }),
                    ])
                }),
            ]), table: {
                var table = TextTable(["step", "removed", "score", "components", "largest", "fragmentation", "avg distance", "broke"])
                let before = report.before
                table.append(["0", "(intact)", "", String(before.components), String(before.largestComponent),
                              Format.score(before.fragmentation), before.averageDistance.map(Format.score) ?? "", ""])
                for (number, step) in report.steps.enumerated() {
                    table.append([String(number + 1), Present.label(graph, step.removed), step.score.map(Format.score) ?? "",
                                  String(step.after.components), String(step.after.largestComponent), Format.score(step.after.fragmentation),
                                  step.after.averageDistance.map(Format.score) ?? "", step.broken.map(pairText).joined(separator: "; ")])
                }
                return table.rendered()
            }, csv: {
                CSVText.document(["step", "removed_id", "score", "components", "largest", "fragmentation", "average_distance", "broken"],
                    report.steps.enumerated().map { number, step in
                        [String(number + 1), graph.id(of: step.removed), step.score.map(Format.exact) ?? "", String(step.after.components),
                         String(step.after.largestComponent), Format.exact(step.after.fragmentation),
                         step.after.averageDistance.map(Format.exact) ?? "",
                         step.broken.map { "\(graph.id(of: $0.first))|\(graph.id(of: $0.second))" }.joined(separator: ";")]
                    })
            })
        }
    }
}
