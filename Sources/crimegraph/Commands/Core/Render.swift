import ArgumentParser
import CrimeGraph
import CrimeGraphAnalysis
import CrimeGraphIO
import CrimeGraphRender

extension GraphvizEngine: ExpressibleByArgument {}

/// What `render` writes: an image through Graphviz, or the DOT text itself.
enum RenderFormat: String, ExpressibleByArgument, CaseIterable {
    case svg, png, pdf, dot

    init?(path: String) {
        guard let dot = path.lastIndex(of: ".") else { return nil }
        self.init(rawValue: path[path.index(after: dot)...].lowercased())
    }
}

struct Render: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Draw the network as SVG, PNG or PDF through Graphviz, or write its DOT text.",
        discussion: """
            Graphviz runs in a separate worker process (crimegraph-graphviz), so its crashes and hangs end in a
            clear error instead of taking CrimeGraph down. The engine is chosen by size unless --engine is given:
            dot up to \(GraphvizEngine.dotLimit.entities) entities and \(GraphvizEngine.dotLimit.relationships) relationships, neato up to \(GraphvizEngine.neatoLimit) entities,
            sfdp above. Force-directed layouts are seeded (--seed), so the same input gives the same picture.
            The output file is replaced only when the new one is complete.

            Examples:
              crimegraph render Graphs/sihanoukville-2022.yaml -o out/sihanoukville.svg
              crimegraph render Graphs/sihanoukville-2022.yaml -o out/gdi.png --focus "General Department of Immigration" --depth 2
              crimegraph render Graphs/sihanoukville-2022.yaml -o out/agencies.pdf --kind agency --kind event --cluster-by kind
              crimegraph render Graphs/sihanoukville-2022.yaml -o out/sihanoukville.dot
            """)

    @OptionGroup var input: GraphOptions

    @Option(name: .shortAndLong, help: ArgumentHelp("Output file: .svg, .png, .pdf or .dot.", valueName: "path"))
    var output: String

    @Option(name: .long, help: "Output format, overriding the extension (svg, png, pdf, dot).")
    var to: RenderFormat?

    @Option(name: .long, help: "Layout engine: dot, neato, fdp, sfdp, circo, twopi (default: by graph size).")
    var engine: GraphvizEngine?

    @Option(name: .long, help: ArgumentHelp("Draw only the neighbourhood of this entity (repeatable).", valueName: "entity"))
    var focus: [String] = []

    @Option(name: .long, help: "With --focus: how many relationships away to include.")
    var depth: Int = 1

    @Option(name: .long, help: ArgumentHelp("Only entities of this kind (repeatable).", valueName: "kind"))
    var kind: [String] = []

    @Option(name: .long, help: ArgumentHelp("Only relationships of this kind (repeatable).", valueName: "relation"))
    var relation: [String] = []

    @Option(name: .long, help: "Title drawn at the top (default: the case title).")
    var title: String?

    @Option(name: .long, help: "Edge labels: none, kind or kind+date (default: kind, none above \(DiagramOptions.maximumLabelledRelationships) relationships).")
    var edgeLabels: DiagramOptions.EdgeLabels?

    @Option(name: .long, help: ArgumentHelp("Group entities in boxes by 'kind' or by a property name.", valueName: "kind|property"))
    var clusterBy: String?

    @Flag(name: .long, help: "Leave out the legend.")
    var noLegend = false

    @Option(name: .long, help: "Random seed of force-directed layouts (same seed, same picture).")
    var seed: Int = 1

    @Option(name: .long, help: "Draw entities larger the higher they score: \(MeasureChoice.allCases.map(\.rawValue).joined(separator: ", ")).")
    var sizeBy: MeasureChoice?

    @Option(name: .long, help: "Fill colour by 'kind' (default) or 'community' (Louvain, seeded by --seed).")
    var colorBy: ColorRule = .kind

    @Option(name: .long, parsing: .upToNextOption, help: ArgumentHelp("Highlight a shortest path between two entities.", valueName: "from to"))
    var highlightPath: [String] = []

    enum ColorRule: String, ExpressibleByArgument, CaseIterable { case kind, community }

    @Option(name: .long, help: "Seconds Graphviz may take before it is stopped.")
    var timeout: Double = 60

    func validate() throws {
        if to == nil && RenderFormat(path: output) == nil {
            throw ValidationError("cannot tell the output format from '\(output)': use .svg, .png, .pdf or .dot, or --to")
        }
        if depth < 0 { throw ValidationError("--depth must be 0 or more") }
        if !(timeout > 0) { throw ValidationError("--timeout must be a positive number of seconds") }
        if !highlightPath.isEmpty && highlightPath.count != 2 { throw ValidationError("--highlight-path takes two entities") }
    }

    func run() throws {
        try reportingFailures {
            let graph = try input.load().graph
            try KindCheck.entityKinds(kind, in: graph)
            try KindCheck.relationKinds(relation, in: graph)
            let selection = DiagramSelection(
                focus: try focus.map { try graph.resolve($0) }, depth: depth,
                entityKinds: kind.isEmpty ? nil : Set(kind.map(EntityKind.init(rawValue:))),
                relationKinds: relation.isEmpty ? nil : Set(relation.map(RelationKind.init(rawValue:))))
            let view = selection.apply(to: graph)
            if view.entityCount == 0 { throw CommandFailure("nothing to draw: no entity matches the selection") }
            var options = DiagramOptions(title: title ?? graph.title, edgeLabels: edgeLabels, legend: !noLegend, seed: seed)
            if let clusterBy { options.clustering = clusterBy == "kind" ? .kind : .property(clusterBy) }
            try DiagramEmphasis.apply(to: &options, view: view, sizeBy: sizeBy, communities: colorBy == .community, seed: seed,
                                      highlight: highlightPath)
            var chosen = engine ?? GraphvizEngine.automatic(entities: view.entityCount, relationships: view.relationshipCount)
            if engine == nil && options.clustering != nil && chosen != .dot {
                chosen = .fdp  // neato and sfdp ignore clusters; fdp draws them
            }
            if engine == nil && chosen == .sfdp {
                Terminal.note("note: \(view.entityCount) entities: using sfdp (dot and neato would be too slow); --engine overrides")
            }
            let format = to ?? RenderFormat(path: output) ?? .svg
            let bytes: [UInt8]
            if format == .dot {
                bytes = Array(DOTEncoder.encode(view, options: options, engine: chosen).utf8)
            } else {
                let renderer = GraphvizRenderer(timeout: .milliseconds(Int64(timeout * 1000)))
                let image = ImageFormat(rawValue: format.rawValue) ?? .svg
                do {
                    bytes = try renderer.render(dot: DOTEncoder.encode(view, options: options, engine: chosen), engine: chosen, format: image)
                } catch let error as GraphvizError {
                    // Graphviz 2.43's dot fails on some clustered layouts ("trouble in init_rank");
                    // fdp draws clusters too, so fall back when the engine was our choice.
                    guard options.clustering != nil, chosen == .dot else { throw CommandFailure(error.description) }
                    guard engine == nil else {
                        throw CommandFailure(error.description + " (dot's cluster layout fails on some graphs in this Graphviz version; --engine fdp also draws clusters)")
                    }
                    Terminal.note("note: dot could not lay out the clusters (a Graphviz 2.43 bug); drawing them with fdp instead")
                    do {
                        bytes = try renderer.render(dot: DOTEncoder.encode(view, options: options, engine: .fdp), engine: .fdp, format: image)
                    } catch let retry as GraphvizError {
                        throw CommandFailure(retry.description)
                    }
                }
            }
            if output == "-" {
                Terminal.output(String(decoding: bytes, as: UTF8.self))
            } else {
                try AtomicFile.write(bytes, to: output)
            }
        }
    }
}

extension DiagramOptions.EdgeLabels: ExpressibleByArgument {}

/// Analysis drawn into a diagram: sizes by a measure, colours by community, a highlighted path.
enum DiagramEmphasis {
    /// Tol's "muted" scheme, then lighter tints, for communities; small ones share grey.
    static let communityColors = [
        "#88CCEE", "#CC6677", "#DDCC77", "#117733", "#332288", "#AA4499", "#44AA99", "#999933", "#882255",
        "#BBCCEE", "#EEDD88", "#FFAABB", "#99DDFF", "#AAAA00",
    ]

    static func apply(to options: inout DiagramOptions, view: Graph, sizeBy: MeasureChoice?, communities: Bool, seed: Int, highlight: [String]) throws {
        if let sizeBy {
            let scores = try sizeBy.scores(AnalysisGraph(view, directed: false), weighted: false, samples: nil, seed: 0, progress: nil).values
            let maximum = scores.filter { !$0.isNaN }.max() ?? 0
            if maximum > 0 {
                for (entity, score) in scores.enumerated() where !score.isNaN { options.nodeScale[entity] = 1 + 1.5 * (score / maximum) }
            }
        }
        if communities {
            let found = Louvain.communities(in: AnalysisGraph(view, directed: false), seed: UInt64(max(0, seed)))
            for (entity, community) in found.membership.enumerated() {
                let number = Int(community)
                options.nodeFill[entity] = number < communityColors.count && found.size(of: number) > 1 ? communityColors[number] : "#DDDDDD"
            }
        }
        if highlight.count == 2 {
            let from = try view.resolve(highlight[0])
            let to = try view.resolve(highlight[1])
            guard let path = view.shortestPath(from: from, to: to) else {
                throw CommandFailure("--highlight-path: no path from \(Present.label(view, from)) to \(Present.label(view, to)) in the drawn view")
            }
            options.highlightedEntities.formUnion(path.entities)
            options.highlightedRelationships.formUnion(path.relationships)
        }
    }
}
