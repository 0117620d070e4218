import ArgumentParser
import CrimeGraph
import CrimeGraphIO

struct PathCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "path",
        abstract: "The shortest chain of relationships between two entities, hop by hop with dates and citations.",
        discussion: """
            The last two arguments name the entities. Relationships are followed either way unless --directed.

            Examples:
              crimegraph path Graphs/sihanoukville-2022.yaml "Hun Sen" "Jing Chhay Technology"
              crimegraph path Graphs/sihanoukville-2022.yaml sar-kheng galaxy-world --exclude ministry-of-interior
            """)

    @Argument(help: ArgumentHelp("Case files, then the two entities.", valueName: "file... from to"))
    var arguments: [String] = []

    @Flag(name: .long, help: "Follow relationships only in their direction.")
    var directed = false

    @OptionGroup var filter: TraversalFilterOptions
    @OptionGroup var reading: InputFormatOptions
    @OptionGroup var output: FormatOptions

    func run() throws {
        try reportingFailures {
            let (files, names) = try EntityArguments.split(arguments, entityCount: 2, usage: "two entities")
            let graph = try Loading.graph(files, input: reading).graph
            let start = try graph.resolve(names[0])
            let end = try graph.resolve(names[1])
            let options = try filter.options(in: graph, direction: directed ? .outgoing : .both)
            guard let path = graph.shortestPath(from: start, to: end, options: options) else {
                throw CommandFailure("no path from \(Present.label(graph, start)) to \(Present.label(graph, end))"
                    + (directed ? " following relationship directions (try without --directed)" : "")
                    + (filter.kind.isEmpty && filter.relation.isEmpty && filter.exclude.isEmpty ? "" : " with these filters"))
            }
            let hops = Hop.hops(of: path, in: graph)
            Present.emit(output.format, json: .object([
                "from": Present.entityRef(graph, start), "to": Present.entityRef(graph, end), "length": .integer(path.length),
                "hops": .array(hops.map { $0.json(graph) }),
            ]), table: {
                var text = "\(Present.label(graph, start)) to \(Present.label(graph, end)): \(path.length) hop\(path.length == 1 ? "" : "s")\n\n"
                for (number, hop) in hops.enumerated() { text += hop.text(graph, number: number + 1) }
                return text
            }, csv: {
                CSVText.document(["hop", "from_id", "from_name", "relation", "direction", "to_id", "to_name", "date", "relationship_id", "citations"],
                    hops.enumerated().map { number, hop in
                        [String(number + 1), graph.id(of: hop.from), graph.name(of: hop.from), graph.relationKind(of: hop.relationship).rawValue,
                         hop.forward ? "forward" : "backward", graph.id(of: hop.to), graph.name(of: hop.to),
                         graph.date(ofRelationship: hop.relationship)?.iso ?? "", graph.relationshipID(of: hop.relationship),
                         Present.citationText(graph.citations(ofRelationship: hop.relationship), in: graph)]
                    })
            })
        }
    }
}

/// One step of a path: from an entity, through a relationship (followed forwards or backwards),
/// to the next entity.
struct Hop {
    let from: Int
    let relationship: Int
    let to: Int
    /// Whether the relationship points from `from` to `to`.
    let forward: Bool

    static func hops(of path: GraphPath, in graph: Graph) -> [Hop] {
        path.relationships.enumerated().map { step, edge in
            let from = path.entities[step]
            return Hop(from: from, relationship: edge, to: path.entities[step + 1], forward: graph.source(of: edge) == from)
        }
    }

    func json(_ graph: Graph) -> JSONValue {
        .object([
            "from": Present.entityRef(graph, from),
            "relationship": .object([
                "id": .string(graph.relationshipID(of: relationship)), "kind": .string(graph.relationKind(of: relationship).rawValue),
                "date": Present.date(graph.date(ofRelationship: relationship)),
                "properties": Present.properties(graph.properties(ofRelationship: relationship)),
                "cite": Present.citations(graph.citations(ofRelationship: relationship)),
            ]),
            "direction": .string(forward ? "forward" : "backward"), "to": Present.entityRef(graph, to),
        ])
    }

    /// `1. Hun Sen [person] —ordered→ Crackdown order [event]` with date, properties and citations below.
    func text(_ graph: Graph, number: Int) -> String {
        let kind = graph.relationKind(of: relationship)
        let arrow = forward ? "—\(kind)→" : "←\(kind)—"
        var text = "\(number). \(Present.label(graph, from)) \(arrow) \(Present.label(graph, to))\n"
        if let date = graph.date(ofRelationship: relationship) { text += "     date:  \(date)\n" }
        let properties = graph.properties(ofRelationship: relationship)
        if !properties.isEmpty { text += "     facts: \(Present.propertyText(properties))\n" }
        let citations = graph.citations(ofRelationship: relationship)
        if !citations.isEmpty { text += "     cited: \(Present.citationText(citations, in: graph))\n" }
        return text
    }
}
