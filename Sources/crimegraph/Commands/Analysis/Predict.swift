import ArgumentParser
import CrimeGraph
import CrimeGraphAnalysis
import CrimeGraphIO

extension LinkPredictionMethod: ExpressibleByArgument {}

struct PredictCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "predict",
        abstract: "Suggest hidden links: pairs of entities not tied to each other whose neighbourhoods overlap.",
        discussion: """
            Each pair of entities with no relationship between them is scored by the neighbours they share \
            (relationships taken as two-way, unweighted, self-loops ignored), as NetworkX's functions define it:
              adamic-adar          Σ 1 / log d(w) over shared neighbours w: rare shared contacts count more (default)
              resource-allocation  Σ 1 / d(w): like Adamic–Adar, penalizing hubs more
              jaccard              shared / all neighbours of either
              common-neighbors     the number of shared neighbours
            Only pairs with a shared neighbour score above zero; they are found through neighbours of neighbours, \
            so large graphs are fine. Highest score first, ties in file order. A high score is a lead to check in the \
            sources, not evidence. \
            JSON: [{"from": {"id", "name", "kind"}, "to": {…}, "score", "common_neighbors": [{"id", "name", "kind"}]}].

            Examples:
              crimegraph predict Graphs/sihanoukville-2022.yaml
              crimegraph predict Graphs/sihanoukville-2022.yaml --kind location --method jaccard --top 10
              crimegraph predict Graphs/sihanoukville-2022.yaml --kind person --kind agency --format csv
            """)

    @OptionGroup var input: GraphOptions

    @Option(name: .long, help: "The score: \(LinkPredictionMethod.allCases.map(\.rawValue).joined(separator: ", ")).")
    var method: LinkPredictionMethod = .adamicAdar

    @Option(name: .long, help: "How many pairs to show.")
    var top: Int = 20

    @Option(name: .long, help: ArgumentHelp("Only pairs of entities of this kind (repeatable: both ends among the kinds); shared neighbours may be of any kind.", valueName: "kind"))
    var kind: [String] = []

    @Option(name: .long, help: ArgumentHelp("Only relationships of this kind (repeatable).", valueName: "relation"))
    var relation: [String] = []

    @OptionGroup var output: FormatOptions

    func validate() throws {
        if top < 1 { throw ValidationError("--top must be at least 1") }
    }

    func run() throws {
        try reportingFailures {
            let graph = try input.load().graph
            try KindCheck.entityKinds(kind, in: graph)
            try KindCheck.relationKinds(relation, in: graph)
            let kinds = Set(kind.map(EntityKind.init(rawValue:)))
            let view = AnalysisGraph(graph, directed: false, relationKinds: relation.isEmpty ? nil : Set(relation.map(RelationKind.init(rawValue:))))
            let links = LinkPrediction.predict(
                in: view, method: method, top: top, eligible: kinds.isEmpty ? nil : { kinds.contains(graph.kind(of: $0)) })
            func shared(_ link: PredictedLink) -> [Int] {
                let other = Set(view.neighbors(of: link.second))
                return view.neighbors(of: link.first).filter { Int($0) != link.first && Int($0) != link.second && other.contains($0) }.map(Int.init)
            }
            Present.emit(output.format, json: .array(links.map { link in
                .object([
                    "from": Present.entityRef(graph, link.first), "to": Present.entityRef(graph, link.second), "score": .double(link.score),
                    "common_neighbors": .array(shared(link).map { Present.entityRef(graph, $0) }),
                ])
            }), table: {
                var table = TextTable(["#", "entity", "entity", method.rawValue, "shared neighbours"])
                for (position, link) in links.enumerated() {
                    let names = shared(link).map { graph.name(of: $0) }
                    table.append([String(position + 1), Present.label(graph, link.first), Present.label(graph, link.second), Format.score(link.score),
                                  names.prefix(5).joined(separator: ", ") + (names.count > 5 ? ", … (\(names.count))" : "")])
                }
                if links.isEmpty { return "No untied pair shares a neighbour\(kinds.isEmpty ? "" : " among the chosen kinds").\n" }
                return table.rendered()
            }, csv: {
                CSVText.document(["rank", "from", "to", "score", "common_neighbors"], links.enumerated().map { position, link in
                    [String(position + 1), graph.id(of: link.first), graph.id(of: link.second), Format.exact(link.score),
                     shared(link).map { graph.id(of: $0) }.joined(separator: ";")]
                })
            })
        }
    }
}
