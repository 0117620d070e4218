import CrimeGraph
import CrimeGraphAnalysis

/// Key players: the entities that score highest on betweenness, with their ties, closeness and
/// PageRank, each measure explained in one line.
enum KeyPlayersSection {
    static func build(_ composer: inout ReportComposer) -> ReportSection {
        let graph = composer.graph
        let view = AnalysisGraph(graph, directed: false)
        // Exact betweenness costs O(n·m); above this size a seeded sample of sources estimates it.
        let samples = graph.entityCount > 5_000 ? 1_000 : nil
        let betweenness = Betweenness.nodes(view, samples: samples, seed: UInt64(max(0, composer.options.seed)))
        let closeness = Closeness.closeness(view).values
        let pageRank = Spectral.pageRank(view).scores.values
        let ranking = betweenness.ranking(in: graph, top: composer.options.top)
        var table = Table(columns: [
            .init("#", alignment: .trailing), .init("Entity"), .init("Kind"), .init("Ties", alignment: .trailing),
            .init("Betweenness", alignment: .trailing), .init("Closeness", alignment: .trailing), .init("PageRank", alignment: .trailing),
        ])
        for (rank, ranked) in ranking.enumerated() {
            let entity = ranked.entity
            table.rows.append([
                .integer(rank + 1), Table.Cell(composer.mention(entity)), Table.Cell(RichText(graph.kind(of: entity).rawValue)),
                .integer(view.degree(of: entity)), .number(ranked.score, text: Wording.score(ranked.score)),
                .number(closeness[entity], text: Wording.score(closeness[entity])),
                .number(pageRank[entity], text: Wording.score(pageRank[entity])),
            ])
        }
        var blocks: [Block] = []
        if let first = ranking.first {
            var lead = RichText("The entity most often on the shortest routes between others is ")
            lead.append(contentsOf: composer.mention(first.entity).inlines)
            lead.append(" (\(graph.kind(of: first.entity))): \(Wording.decimals(first.score * 100, 1))% of the shortest paths between other entities pass through it.")
            blocks.append(.paragraph(lead))
        }
        blocks.append(.table(table))
        blocks.append(.definitions(explanations))
        if let samples {
            blocks.append(.note(RichText("Betweenness is estimated from \(samples) seeded sample sources (seed \(max(0, composer.options.seed))), as NetworkX's k-sampling.")))
        }
        blocks.append(.note(RichText(
            "Computed on the network with every relationship taken as a two-way tie and parallel relationships merged (NetworkX's definitions and normalizations; see docs/analysis.md). A central position is a lead for the reader, not evidence of a role.")))
        return ReportSection(id: StandardSection.keyPlayers.rawValue, title: StandardSection.keyPlayers.title, blocks: blocks)
    }

    static let explanations = [
        Definition(term: "Ties", explanation: "how many other entities it is directly linked to."),
        Definition(term: "Betweenness", explanation: "the share of shortest paths between other entities that pass through it: high for go-betweens."),
        Definition(term: "Closeness", explanation: "how few steps it needs to reach the entities it is connected to (1 means one step from all)."),
        Definition(term: "PageRank", explanation: "importance that comes from being linked to important entities (Google's measure); all scores add up to 1."),
    ]
}
