import ArgumentParser
import CrimeGraph
import CrimeGraphAnalysis
import CrimeGraphIO

struct Connect: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Find the connecting network of several entities: the intermediaries that join them all.",
        discussion: """
            Like i2's "find connecting network": a Steiner tree approximation over shortest paths (Mehlhorn), at most
            2(1 − 1/t) times the smallest possible for t entities. Files come first, then two or more entities.

            Examples:
              crimegraph connect Graphs/sihanoukville-2022.yaml "Hun Sen" "Galaxy World" "Jing Chhay Technology"
              crimegraph connect Graphs/sihanoukville-2022.yaml sar-kheng keo-vanthan am-sam-ath --format json
            """)

    @Argument(help: ArgumentHelp("Case files, then the entities to connect.", valueName: "file... entity..."))
    var arguments: [String] = []

    @Flag(name: .long, help: "Use the case's weights (1/strength or distance) instead of hops.")
    var weighted = false

    @OptionGroup var filter: TraversalFilterOptions
    @OptionGroup var reading: InputFormatOptions
    @OptionGroup var output: FormatOptions

    func run() throws {
        try reportingFailures {
            let (files, names) = try FilesThenEntities.split(arguments, minimumEntities: 2)
            let graph = try Loading.graph(files, input: reading).graph
            let terminals = try names.map { try graph.resolve($0) }
            if weighted && !graph.isWeighted { throw CommandFailure("--weighted: this graph has no relationship weights") }
            let search = ConnectionGraph(graph, options: try filter.options(in: graph, direction: .both), weighted: weighted, endpoints: terminals)
            let network = search.connectingNetwork(of: terminals)
            if !network.unreachable.isEmpty && network.links.isEmpty {
                throw CommandFailure("the entities are not connected to each other" + (filter.kind.isEmpty && filter.relation.isEmpty && filter.exclude.isEmpty ? "" : " with these filters"))
            }
            let terminalSet = Set(network.terminals)
            Present.emit(output.format, json: .object([
                "terminals": .array(network.terminals.map { Present.entityRef(graph, $0) }),
                "intermediaries": .array(network.entities.filter { !terminalSet.contains($0) }.map { Present.entityRef(graph, $0) }),
                "links": .array(network.links.map { link in
                    .object(["from": .string(graph.id(of: link.from)), "to": .string(graph.id(of: link.to)),
                             "relationships": .array(link.relationships.map { .string(graph.relationshipID(of: $0)) })])
                }),
                "total_length": .double(network.totalLength),
                "unreachable": .array(network.unreachable.map { Present.entityRef(graph, $0) }),
            ]), table: {
                var text = "Connecting network of \(network.terminals.count) entities: \(network.entities.count) entities, \(network.links.count) links"
                text += " (length \(Format.score(network.totalLength)))\n"
                let middle = network.entities.filter { !terminalSet.contains($0) }
                text += "Intermediaries: " + (middle.isEmpty ? "none" : middle.map { Present.label(graph, $0) }.joined(separator: ", ")) + "\n\n"
                var table = TextTable(["from", "relation", "to"])
                for link in network.links {
                    let kinds = link.relationships.map { edge in
                        graph.source(of: edge) == link.from ? "—\(graph.relationKind(of: edge))→" : "←\(graph.relationKind(of: edge))—"
                    }
                    table.append([graph.name(of: link.from), kinds.joined(separator: " | "), graph.name(of: link.to)])
                }
                text += table.rendered()
                if !network.unreachable.isEmpty {
                    text += "Not connected to the others: " + network.unreachable.map { Present.label(graph, $0) }.joined(separator: ", ") + "\n"
                }
                return text
            }, csv: {
                CSVText.document(["from_id", "from_name", "relations", "to_id", "to_name"], network.links.map { link in
                    [graph.id(of: link.from), graph.name(of: link.from), link.relationships.map { graph.relationKind(of: $0).rawValue }.joined(separator: "|"),
                     graph.id(of: link.to), graph.name(of: link.to)]
                })
            })
        }
    }
}

struct Common: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Entities tied to every one of two or more entities (common neighbours).",
        discussion: """
            Examples:
              crimegraph common Graphs/sihanoukville-2022.yaml "First raid, Jing Chhay Technology buildings" "Second raid, Galaxy World"
              crimegraph common Graphs/sihanoukville-2022.yaml chinese vietnamese --kind offence
            """)

    @Argument(help: ArgumentHelp("Case files, then the entities.", valueName: "file... entity..."))
    var arguments: [String] = []

    @OptionGroup var filter: TraversalFilterOptions
    @OptionGroup var reading: InputFormatOptions
    @OptionGroup var output: FormatOptions

    func run() throws {
        try reportingFailures {
            let (files, names) = try FilesThenEntities.split(arguments, minimumEntities: 2)
            let graph = try Loading.graph(files, input: reading).graph
            let entities = try names.map { try graph.resolve($0) }
            let search = ConnectionGraph(graph, options: try filter.options(in: graph, direction: .both), endpoints: entities)
            let common = search.commonNeighbors(of: entities)
            Present.emit(output.format, json: .array(common.map { Present.entityRef(graph, $0) }), table: {
                var table = TextTable(["id", "name", "kind"])
                for entity in common { table.append([graph.id(of: entity), graph.name(of: entity), graph.kind(of: entity).rawValue]) }
                return "Tied to all of " + entities.map { Present.label(graph, $0) }.joined(separator: ", ") + ":\n" + table.rendered()
                    + "\(common.count) entit\(common.count == 1 ? "y" : "ies")\n"
            }, csv: {
                CSVText.document(["id", "name", "kind"], common.map { [graph.id(of: $0), graph.name(of: $0), graph.kind(of: $0).rawValue] })
            })
        }
    }
}
