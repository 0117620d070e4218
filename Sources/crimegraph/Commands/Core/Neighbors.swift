import ArgumentParser
import CrimeGraph
import CrimeGraphIO

/// Options that restrict which relationships and entities a traversal may use.
struct TraversalFilterOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("Only reach entities of this kind (repeatable).", valueName: "kind"))
    var kind: [String] = []

    @Option(name: .long, help: ArgumentHelp("Only follow relationships of this kind (repeatable).", valueName: "relation"))
    var relation: [String] = []

    @Option(name: .long, help: ArgumentHelp("Never pass through this entity (repeatable).", valueName: "entity"))
    var exclude: [String] = []

    func options(in graph: Graph, direction: Direction, depth: Int? = nil) throws -> TraversalOptions {
        try KindCheck.entityKinds(kind, in: graph)
        try KindCheck.relationKinds(relation, in: graph)
        var excluded = Set<Int>()
        for name in exclude { excluded.insert(try graph.resolve(name)) }
        return TraversalOptions(
            direction: direction, relationKinds: relation.isEmpty ? nil : Set(relation.map(RelationKind.init(rawValue:))),
            entityKinds: kind.isEmpty ? nil : Set(kind.map(EntityKind.init(rawValue:))), excludedEntities: excluded,
            maxDepth: depth)
    }
}

extension Direction: ExpressibleByArgument {
    public init?(argument: String) {
        switch argument {
        case "out", "outgoing": self = .outgoing
        case "in", "incoming": self = .incoming
        case "both", "any": self = .both
        default: return nil
        }
    }

    public static var allValueStrings: [String] { ["out", "in", "both"] }
}

struct Neighbors: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "List the entities within K relationships of an entity.",
        discussion: """
            The last argument names the entity. Each neighbour is shown with its depth and the relationship it
            was first reached through.

            Examples:
              crimegraph neighbors Graphs/sihanoukville-2022.yaml "General Department of Immigration"
              crimegraph neighbors Graphs/sihanoukville-2022.yaml sar-kheng --depth 2 --kind event
              crimegraph neighbors Graphs/sihanoukville-2022.yaml gdi --relation participated_in --direction out
            """)

    @Argument(help: ArgumentHelp("Case files, then the entity.", valueName: "file... entity"))
    var arguments: [String] = []

    @Option(name: .long, help: "How many relationships away to look (1 = direct neighbours).")
    var depth: Int = 1

    @Option(name: .long, help: "Follow relationships out of, into, or both ways (out, in, both).")
    var direction: Direction = .both

    @OptionGroup var filter: TraversalFilterOptions
    @OptionGroup var reading: InputFormatOptions
    @OptionGroup var output: FormatOptions

    func validate() throws {
        if depth < 1 { throw ValidationError("--depth must be at least 1") }
    }

    func run() throws {
        try reportingFailures {
            let (files, names) = try EntityArguments.split(arguments, entityCount: 1, usage: "an entity")
            let graph = try Loading.graph(files, input: reading).graph
            let origin = try graph.resolve(names[0])
            let nearby = graph.neighborhood(of: origin, options: try filter.options(in: graph, direction: direction, depth: depth))
            let found = nearby.entities.indices.dropFirst()
            Present.emit(output.format, json: .array(found.map { position in
                let (index, edge) = (nearby.entities[position], nearby.relationship(at: position) ?? 0)
                return .object([
                    "id": .string(graph.id(of: index)), "name": .string(graph.name(of: index)),
                    "kind": .string(graph.kind(of: index).rawValue), "depth": .integer(nearby.depth(at: position)),
                    "via": .object([
                        "relationship": .string(graph.relationshipID(of: edge)),
                        "kind": .string(graph.relationKind(of: edge).rawValue),
                        "from": .string(graph.id(of: graph.source(of: edge))),
                        "to": .string(graph.id(of: graph.target(of: edge))),
                    ]),
                ])
            }), table: {
                var table = TextTable(["depth", "id", "name", "kind", "reached through"])
                for position in found {
                    let (index, edge) = (nearby.entities[position], nearby.relationship(at: position) ?? 0)
                    table.append([String(nearby.depth(at: position)), graph.id(of: index), graph.name(of: index), graph.kind(of: index).rawValue,
                                  "\(graph.name(of: graph.source(of: edge))) —\(graph.relationKind(of: edge))→ \(graph.name(of: graph.target(of: edge)))"])
                }
                return "Neighbours of \(Present.label(graph, origin)) within \(depth):\n" + table.rendered()
                    + "\(found.count) entit\(found.count == 1 ? "y" : "ies")\n"
            }, csv: {
                CSVText.document(["depth", "id", "name", "kind", "via_relationship", "via_kind"], found.map { position in
                    let (index, edge) = (nearby.entities[position], nearby.relationship(at: position) ?? 0)
                    return [String(nearby.depth(at: position)), graph.id(of: index), graph.name(of: index), graph.kind(of: index).rawValue,
                            graph.relationshipID(of: edge), graph.relationKind(of: edge).rawValue]
                })
            })
        }
    }
}
