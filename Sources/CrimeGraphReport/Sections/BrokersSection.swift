import CrimeGraph
import CrimeGraphAnalysis

/// Brokers (Gould–Fernandez roles between kinds, Burt's constraint and effective size), cut
/// points (entities whose removal splits the network) and bridges (single ties holding two
/// groups together).
enum BrokersSection {
    static func build(_ composer: inout ReportComposer) -> ReportSection {
        let graph = composer.graph
        let undirected = AnalysisGraph(graph, directed: false)
        let grouping = Grouping(graph, by: .kind)
        let roles = Brokerage.roles(in: AnalysisGraph(graph, directed: true), groups: grouping.groups)
        let constraint = StructuralHoles.constraint(undirected).values
        let effective = StructuralHoles.effectiveSize(undirected).values
        let order = (0..<graph.entityCount).filter { roles[$0].total > 0 }.sorted { a, b in
            roles[a].total != roles[b].total ? roles[a].total > roles[b].total : graph.id(of: a) < graph.id(of: b)
        }.prefix(composer.options.top)
        var blocks: [Block] = [.paragraph(RichText(
            "A broker links entities that have no direct tie to each other. Groups here are entity kinds, so a liaison joins three different kinds (an agency, an event and a company, say) and a gatekeeper controls what reaches entities of its own kind."))]
        if order.isEmpty {
            blocks.append(.paragraph("No entity links two others that are not tied to each other."))
        } else {
            var table = Table(columns: [
                .init("Entity"), .init("Kind"), .init("Total", alignment: .trailing), .init("Liaison", alignment: .trailing),
                .init("Gatekeeper", alignment: .trailing), .init("Representative", alignment: .trailing),
                .init("Coordinator", alignment: .trailing), .init("Itinerant", alignment: .trailing),
                .init("Constraint", alignment: .trailing), .init("Effective size", alignment: .trailing),
            ])
            for entity in order {
                let role = roles[entity]
                table.rows.append([
                    Table.Cell(composer.mention(entity)), Table.Cell(RichText(graph.kind(of: entity).rawValue)), .integer(role.total),
                    .integer(role.liaison), .integer(role.gatekeeper), .integer(role.representative), .integer(role.coordinator),
                    .integer(role.itinerant), .number(constraint[entity], text: Wording.score(constraint[entity])),
                    .number(effective[entity], text: Wording.decimals(effective[entity], 1)),
                ])
            }
            blocks.append(.table(table))
            blocks.append(.definitions(explanations))
        }
        blocks.append(contentsOf: CutPointBlocks.build(&composer, view: undirected))
        return ReportSection(id: StandardSection.brokers.rawValue, title: StandardSection.brokers.title, blocks: blocks)
    }

    static let explanations = [
        Definition(term: "Total", explanation: "chains A → broker → C with no tie from A to C, all roles together (Gould and Fernandez; ties counted both ways)."),
        Definition(term: "Liaison", explanation: "A, the broker and C are of three different kinds."),
        Definition(term: "Gatekeeper", explanation: "the broker passes something from another kind to its own."),
        Definition(term: "Representative", explanation: "the broker passes something from its own kind to another."),
        Definition(term: "Coordinator", explanation: "all three are of one kind."),
        Definition(term: "Itinerant", explanation: "the broker links two entities of another, shared kind."),
        Definition(term: "Constraint", explanation: "Burt's constraint: low when its contacts are not tied to each other (a broker), near 1 when they all are."),
        Definition(term: "Effective size", explanation: "the number of contacts minus their redundancy: how many separate groups it reaches."),
    ]
}
