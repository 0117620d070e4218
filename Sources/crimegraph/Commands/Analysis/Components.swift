import ArgumentParser
import CrimeGraph
import CrimeGraphAnalysis
import CrimeGraphIO

struct Components: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Connected components with their size, diameter and average distance; cut points and bridges.",
        discussion: """
            Weak components by default (relationships count both ways); --strong for strongly connected components.
            Cut points are entities whose removal splits their component; bridges are ties whose removal does.

            Examples:
              crimegraph components Graphs/sihanoukville-2022.yaml
              crimegraph components Graphs/sihanoukville-2022.yaml --strong --format json
            """)

    @OptionGroup var input: GraphOptions

    @Flag(name: .long, help: "Strongly connected components (following relationship directions).")
    var strong = false

    @Option(name: .long, help: "List at most this many members per component.")
    var members: Int = 10

    @Option(name: .long, help: ArgumentHelp("Only relationships of this kind (repeatable).", valueName: "relation"))
    var relation: [String] = []

    @OptionGroup var output: FormatOptions

    func run() throws {
        try reportingFailures {
            let graph = try input.load().graph
            try KindCheck.relationKinds(relation, in: graph)
            let kinds = relation.isEmpty ? nil : Set(relation.map(RelationKind.init(rawValue:)))
            let undirected = AnalysisGraph(graph, directed: false, relationKinds: kinds)
            let components = strong ? Structure.strongComponents(AnalysisGraph(graph, directed: true, relationKinds: kinds))
                : Structure.weakComponents(undirected)
            let distances = strong ? [] : Structure.componentDistances(undirected)
            let byComponent = Dictionary(uniqueKeysWithValues: distances.map { ($0.component, $0) })
            let cuts = Structure.cutPoints(undirected)
            let lists = components.members
            Present.emit(output.format, json: .object([
                "kind": .string(strong ? "strong" : "weak"), "count": .integer(components.count),
                "components": .array(lists.enumerated().map { number, list in
                    .object([
                        "size": .integer(list.count), "members": .array(list.map { .string(graph.id(of: $0)) }),
                        "diameter": byComponent[number].map { .integer($0.diameter) } ?? .null,
                        "average_distance": byComponent[number].map { .double($0.averageDistance) } ?? .null,
                    ])
                }),
                "articulation_points": .array(cuts.articulationPoints.map { Present.entityRef(graph, $0) }),
                "bridges": .array(cuts.bridges.map { .array([.string(graph.id(of: $0.from)), .string(graph.id(of: $0.to))]) }),
                "density": .double(Structure.density(strong ? AnalysisGraph(graph, directed: true, relationKinds: kinds) : undirected)),
            ]), table: {
                var table = TextTable(["#", "size", "diameter", "avg distance", "members"])
                for (number, list) in lists.enumerated() {
                    let shown = list.prefix(members).map { graph.name(of: $0) }.joined(separator: ", ") + (list.count > members ? ", …" : "")
                    table.append([String(number + 1), String(list.count), byComponent[number].map { String($0.diameter) } ?? "",
                                  byComponent[number].map { Format.score($0.averageDistance) } ?? "", shown])
                }
                var text = "\(components.count) \(strong ? "strongly" : "weakly") connected component\(components.count == 1 ? "" : "s")\n" + table.rendered()
                text += "\nCut points (\(cuts.articulationPoints.count)): " + cuts.articulationPoints.map { Present.label(graph, $0) }.joined(separator: ", ") + "\n"
                text += "Bridges (\(cuts.bridges.count)): " + cuts.bridges.map { "\(graph.name(of: $0.from)) – \(graph.name(of: $0.to))" }.joined(separator: "; ") + "\n"
                return text
            }, csv: {
                CSVText.document(["component", "id", "name", "kind"], lists.enumerated().flatMap { number, list in
                    list.map { [String(number + 1), graph.id(of: $0), graph.name(of: $0), graph.kind(of: $0).rawValue] }
                })
            })
        }
    }
}

struct Cores: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "k-core decomposition: the densely tied centre of the network and its periphery.",
        discussion: """
            An entity's core number is the largest k such that it belongs to a group where everyone has at least k
            ties inside the group (self-loops ignored; as NetworkX's core_number).

            Examples:
              crimegraph cores Graphs/sihanoukville-2022.yaml
              crimegraph cores Graphs/sihanoukville-2022.yaml --k 3 --format csv
            """)

    @OptionGroup var input: GraphOptions

    @Option(name: .long, help: "List only the entities of the k-core (core number at least K).")
    var k: Int?

    @OptionGroup var output: FormatOptions

    func validate() throws {
        if let k, k < 0 { throw ValidationError("--k must be 0 or more") }
    }

    func run() throws {
        try reportingFailures {
            let graph = try input.load().graph
            let numbers = Structure.coreNumbers(AnalysisGraph(graph, directed: false))
            let shown = (0..<graph.entityCount).filter { numbers[$0] >= (k ?? 0) }.sorted {
                numbers[$0] != numbers[$1] ? numbers[$0] > numbers[$1] : graph.id(of: $0) < graph.id(of: $1)
            }
            Present.emit(output.format, json: .array(shown.map { entity in
                .object(["id": .string(graph.id(of: entity)), "name": .string(graph.name(of: entity)),
                         "kind": .string(graph.kind(of: entity).rawValue), "core": .integer(numbers[entity])])
            }), table: {
                var table = TextTable(["core", "id", "name", "kind"])
                for entity in shown { table.append([String(numbers[entity]), graph.id(of: entity), graph.name(of: entity), graph.kind(of: entity).rawValue]) }
                return table.rendered() + "highest core: \(numbers.max() ?? 0)\n"
            }, csv: {
                CSVText.document(["core", "id", "name", "kind"], shown.map {
                    [String(numbers[$0]), graph.id(of: $0), graph.name(of: $0), graph.kind(of: $0).rawValue]
                })
            })
        }
    }
}
