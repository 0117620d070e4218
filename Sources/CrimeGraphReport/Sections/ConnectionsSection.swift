import CrimeGraph
import CrimeGraphAnalysis
import CrimeGraphRender

/// How the focus entities connect: for each pair, a shortest chain hop by hop with dates and
/// citations; for three or more, the connecting network that joins them all.
enum ConnectionsSection {
    static func build(_ composer: inout ReportComposer) -> ReportSection {
        let graph = composer.graph
        let focus = composer.options.focus
        var blocks: [Block] = []
        let section = { (blocks: [Block]) in
            ReportSection(id: StandardSection.connections.rawValue, title: StandardSection.connections.title, blocks: blocks)
        }
        guard focus.count >= 2 else {
            let hint = focus.isEmpty ? "No focus entities were chosen" : "Only one focus entity was chosen"
            return section([.paragraph(RichText("\(hint): name two or more with --focus (crimegraph report FILE -o report.html --focus A B) to trace how they connect, hop by hop."))])
        }
        let search = ConnectionGraph(graph, options: TraversalOptions(direction: .both))
        blocks.append(.paragraph(RichText("Shortest chains of relationships between the focus entities, whichever way each relationship points. Each hop cites where the sources state it.")))
        for (first, second) in FocusPairs.pairs(focus) {
            var heading = RichText([composer.entity(first), .text(" and "), composer.entity(second)])
            guard let connection = search.shortestConnection(from: first, to: second) else {
                blocks.append(.heading(heading))
                blocks.append(.paragraph("No chain of relationships links them."))
                continue
            }
            heading.append(": \(connection.hopCount) hop\(connection.hopCount == 1 ? "" : "s")")
            blocks.append(.heading(heading))
            var steps: [RichText] = []
            for (step, relationships) in connection.hops.enumerated() {
                let parts = relationships.map { composer.hop($0, from: connection.entities[step]) }
                steps.append(RichText.joined(parts, separator: "; "))
            }
            blocks.append(.list(items: steps, ordered: true))
        }
        if focus.count >= 3 {
            blocks.append(contentsOf: network(&composer, search: search, focus: focus))
        }
        return section(blocks)
    }

    /// The connecting network of all focus entities, as a list and a small diagram.
    static func network(_ composer: inout ReportComposer, search: ConnectionGraph, focus: [Int]) -> [Block] {
        let graph = composer.graph
        let network = search.connectingNetwork(of: focus)
        var blocks: [Block] = [.heading("The network joining them all")]
        let intermediaries = network.entities.filter { !focus.contains($0) }
        var text = RichText("The smallest network found that joins all \(focus.count) focus entities has \(network.entities.count) entities and \(network.links.count) ties")
        if intermediaries.isEmpty {
            text.append(", with no intermediary.")
        } else {
            text.append("; the intermediaries are ")
            text.append(contentsOf: RichText.joined(intermediaries.map { RichText([composer.entity($0)]) }).inlines)
            text.append(".")
        }
        if !network.unreachable.isEmpty {
            text.append(" Not connected to the others: ")
            text.append(contentsOf: RichText.joined(network.unreachable.map { RichText([composer.entity($0)]) }).inlines)
            text.append(".")
        }
        blocks.append(.paragraph(text))
        let linking = Set(network.links.flatMap(\.relationships))
        let subgraph = graph.subgraph(keeping: network.entities) { linking.contains($0) }
        var options = DiagramOptions(title: nil, legend: false, seed: composer.options.seed, labelWidth: 20)
        options.highlightedEntities = Set(focus.compactMap { network.entities.firstIndex(of: $0) })
        blocks.append(.figure(FigureMaker.figure(
            id: "connecting-network", caption: "The connecting network; focus entities outlined in pink.", view: subgraph, options: options,
            straightEdges: composer.options.straightEdges)))
        return blocks
    }
}
