import ArgumentParser
import CrimeGraph
import CrimeGraphAnalysis
import CrimeGraphIO

struct TimelineCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "timeline",
        abstract: "Dated events and relationships in order, with participants, figures and citations.",
        discussion: """
            Partial dates sort by their first possible day, a month before the days in it; each date shows its
            precision, range and qualifier ("≈ 2022-09-01 – 2022-09-10 (early September)").

            Examples:
              crimegraph timeline Graphs/sihanoukville-2022.yaml
              crimegraph timeline Graphs/sihanoukville-2022.yaml --kind event --format json
            """)

    @OptionGroup var input: GraphOptions

    @Option(name: .long, help: ArgumentHelp("Only dated entities of this kind, and relationships touching one (repeatable).", valueName: "kind"))
    var kind: [String] = []

    @OptionGroup var output: FormatOptions

    func run() throws {
        try reportingFailures {
            let graph = try input.load().graph
            try KindCheck.entityKinds(kind, in: graph)
            let entries = Timeline.entries(graph, kinds: kind.isEmpty ? nil : Set(kind.map(EntityKind.init(rawValue:))))
            func others(_ entry: Timeline.Entry, _ entity: Int) -> [String] {
                entry.links.map { edge in
                    let other = graph.source(of: edge) == entity ? graph.target(of: edge) : graph.source(of: edge)
                    return "\(graph.name(of: other)) (\(graph.relationKind(of: edge)))"
                }
            }
            Present.emit(output.format, json: .array(entries.map { entry in
                switch entry.subject {
                case .entity(let entity):
                    return .object([
                        "date": Present.date(entry.date), "type": "entity", "entity": Present.entityRef(graph, entity),
                        "properties": Present.properties(graph.properties(ofEntity: entity)),
                        "links": .array(entry.links.map { edge in
                            let other = graph.source(of: edge) == entity ? graph.target(of: edge) : graph.source(of: edge)
                            return .object(["kind": .string(graph.relationKind(of: edge).rawValue), "entity": Present.entityRef(graph, other)])
                        }),
                        "cite": Present.citations(graph.citations(ofEntity: entity)),
                    ])
                case .relationship(let edge):
                    return .object([
                        "date": Present.date(entry.date), "type": "relationship", "id": .string(graph.relationshipID(of: edge)),
                        "from": Present.entityRef(graph, graph.source(of: edge)), "kind": .string(graph.relationKind(of: edge).rawValue),
                        "to": Present.entityRef(graph, graph.target(of: edge)),
                        "properties": Present.properties(graph.properties(ofRelationship: edge)),
                        "cite": Present.citations(graph.citations(ofRelationship: edge)),
                    ])
                }
            }), table: {
                var text = ""
                for entry in entries {
                    switch entry.subject {
                    case .entity(let entity):
                        text += "\(entry.date)  \(Present.label(graph, entity))\n"
                        let facts = graph.properties(ofEntity: entity).filter { !$0.value.quantities.isEmpty }
                        if !facts.isEmpty { text += "    figures: " + facts.map { "\($0.key) \($0.value)" }.joined(separator: "; ") + "\n" }
                        let linked = others(entry, entity)
                        if !linked.isEmpty { text += "    with: " + linked.joined(separator: ", ") + "\n" }
                        text += "    cited: \(Present.citationText(graph.citations(ofEntity: entity), in: graph))\n"
                    case .relationship(let edge):
                        text += "\(entry.date)  \(graph.name(of: graph.source(of: edge))) —\(graph.relationKind(of: edge))→ \(graph.name(of: graph.target(of: edge)))\n"
                        text += "    cited: \(Present.citationText(graph.citations(ofRelationship: edge), in: graph))\n"
                    }
                }
                return text.isEmpty ? "No dated entities or relationships.\n" : text
            }, csv: {
                CSVText.document(["date", "precision", "type", "id", "name", "kind", "citations"], entries.map { entry in
                    let precision = entry.date.start.precision == .day ? "day" : (entry.date.start.precision == .month ? "month" : "year")
                    switch entry.subject {
                    case .entity(let entity):
                        return [entry.date.iso, precision, "entity", graph.id(of: entity), graph.name(of: entity), graph.kind(of: entity).rawValue,
                                Present.citationText(graph.citations(ofEntity: entity), in: graph)]
                    case .relationship(let edge):
                        return [entry.date.iso, precision, "relationship", graph.relationshipID(of: edge),
                                "\(graph.name(of: graph.source(of: edge))) → \(graph.name(of: graph.target(of: edge)))",
                                graph.relationKind(of: edge).rawValue, Present.citationText(graph.citations(ofRelationship: edge), in: graph)]
                    }
                })
            })
        }
    }
}
