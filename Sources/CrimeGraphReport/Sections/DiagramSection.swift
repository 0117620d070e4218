import CrimeGraph
import CrimeGraphRender

/// The network diagram: the whole graph, focus entities and the shortest paths between them
/// highlighted.
enum DiagramSection {
    /// Above this many entities the diagram shows the most connected ones only: a bigger
    /// picture is unreadable and makes the page heavy.
    static let maximumEntities = 1_500

    static func build(_ composer: inout ReportComposer) -> ReportSection {
        let whole = composer.graph
        var graph = whole
        var focus = composer.options.focus
        var shown: [Int]?
        if whole.entityCount > maximumEntities {
            let kept = Set((0..<whole.entityCount).sorted { (-whole.undirected.degree(of: $0), $0) < (-whole.undirected.degree(of: $1), $1) }
                .prefix(maximumEntities / 3)).union(focus).sorted()
            graph = whole.subgraph(keeping: kept)
            focus = focus.compactMap { kept.firstIndex(of: $0) }
            shown = kept
        }
        var options = DiagramOptions(title: nil, seed: composer.options.seed)
        options.highlightedEntities = Set(focus)
        for (first, second) in FocusPairs.pairs(focus) {
            if let path = graph.shortestPath(from: first, to: second) {
                options.highlightedEntities.formUnion(path.entities)
                options.highlightedRelationships.formUnion(path.relationships)
            }
        }
        var caption = RichText("The whole network: \(graph.entityCount) entities and \(graph.relationshipCount) relationships, each kind with its own shape and colour (legend at the bottom left).")
        if let shown {
            caption = RichText("The \(shown.count) most connected of the network's \(whole.entityCount) entities and the \(graph.relationshipCount) relationships among them, each kind with its own shape and colour (legend at the bottom left).")
        }
        if !focus.isEmpty {
            caption.append(" The focus entities (")
            caption.append(contentsOf: RichText.joined(composer.options.focus.map { RichText([composer.entity($0)]) }).inlines)
            caption.append(") and the shortest paths between them are outlined in pink.")
        }
        let figure = FigureMaker.figure(
            id: "network", caption: caption, view: graph, options: options, straightEdges: composer.options.straightEdges, isPrimary: true)
        var blocks: [Block] = [.figure(figure)]
        blocks.append(.note(RichText(
            "In the HTML report: drag to pan, scroll or use the buttons to zoom, hover over an entity for its name and kind, click it for its properties, relationships and citations; the search box highlights matching entities.")))
        return ReportSection(id: StandardSection.diagram.rawValue, title: StandardSection.diagram.title, blocks: blocks)
    }
}

/// The pairs of focus entities whose connections a report traces: each with each, at most
/// ``limit`` pairs.
enum FocusPairs {
    static let limit = 6

    static func pairs(_ focus: [Int]) -> [(Int, Int)] {
        var pairs: [(Int, Int)] = []
        for (position, first) in focus.enumerated() {
            for second in focus.dropFirst(position + 1) where second != first {
                pairs.append((first, second))
                if pairs.count == limit { return pairs }
            }
        }
        return pairs
    }
}

/// Figures from graph views: DOT text with the engine chosen by size, rendered later.
public enum FigureMaker {
    /// A figure of `view` drawn with `options`.
    /// - Parameters:
    ///   - id: the figure's id, unique in the report (used in element ids and file names).
    ///   - caption: the caption under the picture.
    ///   - view: the part of the network drawn.
    ///   - options: how the diagram looks.
    ///   - straightEdges: draw relationships as straight lines in force-directed layouts (spline
    ///     routing is 50 times slower in Graphviz 2.43).
    ///   - isPrimary: whether this is the report's main picture (shown first, larger).
    public static func figure(
        id: String, caption: RichText, view: Graph, options: DiagramOptions, straightEdges: Bool = true, isPrimary: Bool = false
    ) -> Figure {
        let engine = GraphvizEngine.automatic(entities: view.entityCount, relationships: view.relationshipCount)
        var dot = DOTEncoder.encode(view, options: options, engine: engine)
        if straightEdges && engine != .dot {
            dot = dot.replacingOccurrences(of: "splines=\"true\"", with: "splines=\"false\"")
        }
        return Figure(
            id: id, caption: caption, dot: dot, engine: engine, entityIDs: (0..<view.entityCount).map { view.id(of: $0) },
            isPrimary: isPrimary)
    }
}
