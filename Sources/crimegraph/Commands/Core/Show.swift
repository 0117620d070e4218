import ArgumentParser
import CrimeGraph
import CrimeGraphIO
import CrimeGraphMerge

struct Show: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Show one entity: its details, its relationships both ways, and the citations with quotes.",
        discussion: """
            The last argument names the entity (id, name or alias; case and accents ignored).

            Example:
              crimegraph show Graphs/sihanoukville-2022.yaml "Keo Vanthan"
            """)

    @Argument(help: ArgumentHelp("Case files, then the entity.", valueName: "file... entity"))
    var arguments: [String] = []

    @OptionGroup var reading: InputFormatOptions
    @OptionGroup var output: FormatOptions

    func run() throws {
        try reportingFailures {
            let (files, names) = try EntityArguments.split(arguments, entityCount: 1, usage: "an entity")
            let graph = try Loading.graph(files, input: reading).graph
            let index = try graph.resolve(names[0])
            let lines = RelationshipLine.all(at: index, in: graph)
            Present.emit(output.format, json: json(graph, index, lines), table: { table(graph, index, lines) }, csv: {
                CSVText.document(["direction", "relation", "other_id", "other_name", "other_kind", "date", "relationship_id", "citations"],
                    lines.map { [$0.direction, $0.kind, graph.id(of: $0.other), graph.name(of: $0.other), graph.kind(of: $0.other).rawValue,
                                 graph.date(ofRelationship: $0.relationship)?.iso ?? "", graph.relationshipID(of: $0.relationship),
                                 Present.citationText(graph.citations(ofRelationship: $0.relationship), in: graph)] })
            })
        }
    }

    private func json(_ graph: Graph, _ index: Int, _ lines: [RelationshipLine]) -> JSONValue {
        .object([
            "entity": CaseFileEncoder.entity(graph.entity(at: index)),
            "relationships": .array(lines.map { line in
                .object([
                    "id": .string(graph.relationshipID(of: line.relationship)), "direction": .string(line.direction),
                    "kind": .string(line.kind), "other": Present.entityRef(graph, line.other),
                    "date": Present.date(graph.date(ofRelationship: line.relationship)),
                    "properties": Present.properties(graph.properties(ofRelationship: line.relationship)),
                    "cite": Present.citations(graph.citations(ofRelationship: line.relationship)),
                ])
            }),
        ])
    }

    private func table(_ graph: Graph, _ index: Int, _ lines: [RelationshipLine]) -> String {
        let entity = graph.entity(at: index)
        var text = "\(entity.name)  [\(entity.kind)]  id: \(entity.id)\n"
        if !entity.aliases.isEmpty { text += "  aliases:  \(entity.aliases.joined(separator: ", "))\n" }
        if !entity.tags.isEmpty { text += "  tags:     \(entity.tags.joined(separator: ", "))\n" }
        if let date = entity.date { text += "  date:     \(date)\n" }
        for property in entity.properties { text += "  \(property.key): \(property.value)\n" }
        if !entity.citations.isEmpty {
            text += "  sources:  \(Present.citationText(entity.citations, in: graph))\n"
            text += "  support:  \(Corroboration(graph: graph).support(ofEntity: index, in: graph).summary)\n"
        }
        text += "\n"
        if lines.isEmpty { return text + "No relationships.\n" }
        var table = TextTable(["", "relation", "entity", "date", "cited"])
        for line in lines {
            let arrow = line.direction == "out" ? "→" : "←"
            table.append([arrow, line.kind, Present.label(graph, line.other),
                          graph.date(ofRelationship: line.relationship)?.description ?? "",
                          Present.citationText(graph.citations(ofRelationship: line.relationship), in: graph)])
        }
        return text + table.rendered()
    }
}

/// One relationship seen from one of its ends.
struct RelationshipLine {
    let relationship: Int
    let direction: String
    let kind: String
    let other: Int

    /// Outgoing relationships first, then incoming, each in relationship order.
    static func all(at index: Int, in graph: Graph) -> [RelationshipLine] {
        let out = graph.outgoing.relationships(of: index).map { edge in
            RelationshipLine(relationship: Int(edge), direction: "out", kind: graph.relationKind(of: Int(edge)).rawValue, other: graph.target(of: Int(edge)))
        }
        let incoming = graph.incoming.relationships(of: index).map { edge in
            RelationshipLine(relationship: Int(edge), direction: "in", kind: graph.relationKind(of: Int(edge)).rawValue, other: graph.source(of: Int(edge)))
        }
        return out + incoming
    }
}
