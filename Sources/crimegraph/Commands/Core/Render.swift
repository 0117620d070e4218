import ArgumentParser
import CrimeGraph
import CrimeGraphAnalysis
import CrimeGraphIO
import CrimeGraphMerge
import CrimeGraphRender

extension GraphvizEngine: ExpressibleByArgument {}
extension DiagramOptions.EdgeLabels: ExpressibleByArgument {}
extension GroupDiagram.SmallGroups: ExpressibleByArgument {}

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

            Large networks: a whole network of more than \(DiagramScale.overviewEntities) entities or \(DiagramScale.overviewRelationships) relationships is drawn
            as an overview of its communities unless you ask for a view (--collapse none draws every entity).
            --top N --by MEASURE keeps the N most central entities, --focus ENTITY --depth K a neighbourhood,
            --collapse community|kind|PROPERTY one node per group, and --max-nodes N caps what is drawn
            (default \(DiagramScale.maximumEntities) entities or \(DiagramScale.maximumGroups) groups).

            Examples:
              crimegraph render Graphs/sihanoukville-2022.yaml -o out/sihanoukville.svg
              crimegraph render Graphs/sihanoukville-2022.yaml -o out/gdi.png --focus "General Department of Immigration" --depth 2
              crimegraph render Graphs/sihanoukville-2022.yaml -o out/agencies.pdf --kind agency --kind event --cluster-by kind
              crimegraph render Graphs/sihanoukville-2022.yaml -o out/kinds.svg --collapse kind
              crimegraph render calls.csv -o out/central.svg --top 200 --by betweenness
              crimegraph render calls.csv -o out/overview.png --collapse community --min-group-size 10
              crimegraph render case-v2.yaml -o out/changes.svg --diff case-v1.yaml

            --diff OLD draws the case together with what an older version had: added entities and relationships
            with a thick green line, removed ones dashed red and faded, changed ones orange (the legend counts each);
            'crimegraph diff OLD NEW' lists the same changes.
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

    @Option(name: .long, help: ArgumentHelp("Keep only the N highest-scoring entities (see --by) and the ties among them.", valueName: "N"))
    var top: Int?

    @Option(name: .long, help: "The measure --top and --max-nodes rank by: \(MeasureChoice.allCases.map(\.rawValue).joined(separator: ", ")) (default: degree).")
    var by: MeasureChoice?

    @Option(name: .long, help: ArgumentHelp(
        "Draw at most N nodes: a larger view keeps its N most connected entities (or largest groups) and says so (default: \(DiagramScale.maximumEntities) entities, \(DiagramScale.maximumGroups) groups).",
        valueName: "N"))
    var maxNodes: Int?

    @Option(name: .long, help: ArgumentHelp(
        "Draw one node per group: 'community' (Louvain, seeded by --seed), 'kind', a property name, or 'none' to draw every entity even of a large network.",
        valueName: "community|kind|PROPERTY|none"))
    var collapse: String?

    @Option(name: .long, help: ArgumentHelp("With --collapse: groups with fewer entities go to 'other' or are left out (default: 3 for communities, else 1).", valueName: "N"))
    var minGroupSize: Int?

    @Option(name: .long, help: "With --collapse: put groups below --min-group-size in one 'other' node, or omit them.")
    var smallGroups: GroupDiagram.SmallGroups = .other

    @Option(name: .long, help: "Title drawn at the top (default: the case title).")
    var title: String?

    @Option(name: .long, help: "Edge labels: none, kind or kind+date (default: kind, none above \(DiagramOptions.maximumLabelledRelationships) relationships).")
    var edgeLabels: DiagramOptions.EdgeLabels?

    @Option(name: .long, help: ArgumentHelp("Group entities in boxes by 'kind' or by a property name.", valueName: "kind|property"))
    var clusterBy: String?

    @Flag(name: .long, help: "Leave out the legend.")
    var noLegend = false

    @Option(name: .long, help: "Random seed of force-directed layouts and of communities (same seed, same picture).")
    var seed: Int = 1

    @Option(name: .long, help: "Draw entities larger the higher they score: \(MeasureChoice.allCases.map(\.rawValue).joined(separator: ", ")).")
    var sizeBy: MeasureChoice?

    @Option(name: .long, help: "Fill colour by 'kind' (default) or 'community' (Louvain, seeded by --seed).")
    var colorBy: ColorRule = .kind

    @Option(name: .long, parsing: .upToNextOption, help: ArgumentHelp("Highlight a shortest path between two entities.", valueName: "from to"))
    var highlightPath: [String] = []

    @Option(name: .long, help: ArgumentHelp(
        "Compare with an older version of the case: draw added elements green, removed ones dashed red, changed ones orange.",
        valueName: "old-file"))
    var diff: String?

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
        if let top, top < 1 { throw ValidationError("--top must be 1 or more") }
        if let maxNodes, maxNodes < 1 { throw ValidationError("--max-nodes must be 1 or more") }
        if let minGroupSize, minGroupSize < 1 { throw ValidationError("--min-group-size must be 1 or more") }
        if by != nil && top == nil && maxNodes == nil { throw ValidationError("--by ranks entities for --top or --max-nodes: give one of them") }
        if let collapse, collapse.isEmpty { throw ValidationError("--collapse needs community, kind, a property name or none") }
        if let grouping = requestedGrouping {
            let clashes = [
                ("--diff", diff != nil),
                ("--highlight-path", !highlightPath.isEmpty), ("--size-by", sizeBy != nil), ("--color-by community", colorBy == .community),
                ("--cluster-by", clusterBy != nil),
            ].filter(\.1).map(\.0)
            if let clash = clashes.first {
                throw ValidationError("--collapse \(collapse ?? "") draws one node per \(grouping.noun), not entities: it cannot be combined with \(clash)")
            }
        }
    }

    /// The grouping `--collapse` asks for; nil for none (or `--collapse none`).
    var requestedGrouping: DiagramGrouping? {
        switch collapse {
        case nil, "none": return nil
        case "community", "communities": return .community(seed: UInt64(max(0, seed)))
        case "kind": return .kind
        case let property?: return .property(property)
        }
    }

    func run() throws {
        try reportingFailures {
            var graph = try input.load().graph
            let changes = try diff.map { try DiffMarks(old: $0, new: graph, reading: input.reading) }
            if let changes { graph = changes.overlay.graph }
            try KindCheck.entityKinds(kind, in: graph)
            try KindCheck.relationKinds(relation, in: graph)
            let focusEntities = try focus.map { try graph.resolve($0) }
            let selection = DiagramSelection(
                focus: focusEntities, depth: depth,
                entityKinds: kind.isEmpty ? nil : Set(kind.map(EntityKind.init(rawValue:))),
                relationKinds: relation.isEmpty ? nil : Set(relation.map(RelationKind.init(rawValue:))))
            var view = selection.apply(to: graph)
            if view.entityCount == 0 { throw CommandFailure("nothing to draw: no entity matches the selection") }
            let views = RenderViews(command: self)
            if let top { view = try views.top(top, of: view) }
            let format = to ?? RenderFormat(path: output) ?? .svg
            let bytes: [UInt8]
            if let grouping = try views.grouping(for: view) {
                bytes = try drawGroups(of: view, by: grouping, views: views, format: format)
            } else {
                view = try views.capped(view, pinned: Set(focusEntities.map { graph.id(of: $0) }))
                bytes = try drawEntities(of: view, format: format, changes: changes)
            }
            if output == "-" {
                Terminal.output(String(decoding: bytes, as: UTF8.self))
            } else {
                try AtomicFile.write(bytes, to: output)
            }
        }
    }

    /// The view collapsed into groups, as DOT or an image.
    func drawGroups(of view: Graph, by grouping: DiagramGrouping, views: RenderViews, format: RenderFormat) throws -> [UInt8] {
        let diagram = try views.groupDiagram(of: view, by: grouping)
        let options = DiagramOptions(title: title ?? view.title, edgeLabels: edgeLabels, legend: !noLegend, seed: seed)
        let chosen = engine ?? GroupDOTEncoder.engine(for: diagram)
        let dot = GroupDOTEncoder.encode(diagram, options: options, engine: chosen)
        if format == .dot { return Array(dot.utf8) }
        let what = "\(diagram.groups.count) \(diagram.groups.count == 1 ? grouping.noun : grouping.pluralNoun)"
        return try layOut(dot, engine: chosen, format: format, what: what)
    }

    /// The view entity by entity, as DOT or an image.
    func drawEntities(of view: Graph, format: RenderFormat, changes: DiffMarks? = nil) throws -> [UInt8] {
        var options = DiagramOptions(title: title ?? view.title, edgeLabels: edgeLabels, legend: !noLegend, seed: seed)
        changes?.mark(view, in: &options)
        if let clusterBy { options.clustering = clusterBy == "kind" ? .kind : .property(clusterBy) }
        try DiagramEmphasis.apply(to: &options, view: view, sizeBy: sizeBy, communities: colorBy == .community, seed: seed,
                                  highlight: highlightPath)
        var chosen = engine ?? GraphvizEngine.automatic(entities: view.entityCount, relationships: view.relationshipCount)
        if engine == nil && options.clustering != nil && chosen != .dot {
            chosen = .fdp  // neato and sfdp ignore clusters; fdp draws them
        }
        if engine == nil && chosen == .sfdp {
            Terminal.note("note: \(Count.of(view.entityCount, "entity")): using sfdp (dot and neato would be too slow); --engine overrides")
        }
        if format == .dot { return Array(DOTEncoder.encode(view, options: options, engine: chosen).utf8) }
        let what = Count.of(view.entityCount, "entity")
        do {
            return try layOut(DOTEncoder.encode(view, options: options, engine: chosen), engine: chosen, format: format, what: what, retryable: true)
        } catch let error as GraphvizError {
            // Graphviz 2.43's dot fails on some clustered layouts ("trouble in init_rank");
            // fdp draws clusters too, so fall back when the engine was our choice.
            guard options.clustering != nil, chosen == .dot else { throw CommandFailure(message(for: error)) }
            guard engine == nil else {
                throw CommandFailure(error.description + " (dot's cluster layout fails on some graphs in this Graphviz version; --engine fdp also draws clusters)")
            }
            Terminal.note("note: dot could not lay out the clusters (a Graphviz 2.43 bug); drawing them with fdp instead")
            return try layOut(DOTEncoder.encode(view, options: options, engine: .fdp), engine: .fdp, format: format, what: what)
        }
    }

    /// Runs Graphviz in its worker on a background thread, with an elapsed-time spinner on a
    /// terminal. Errors become command failures, unless `retryable`: then the `GraphvizError`
    /// itself is thrown, for the caller to try another way.
    func layOut(_ dot: String, engine: GraphvizEngine, format: RenderFormat, what: String, retryable: Bool = false) throws -> [UInt8] {
        let renderer = GraphvizRenderer(timeout: .milliseconds(Int64(min(timeout, 1e9) * 1000)))
        let image = ImageFormat(rawValue: format.rawValue) ?? .svg
        do {
            return try ProgressDisplay.waiting("laying out \(what) with \(engine.rawValue)") {
                try renderer.render(dot: dot, engine: engine, format: image)
            }
        } catch let error as GraphvizError {
            if retryable { throw error }
            throw CommandFailure(message(for: error))
        }
    }

    /// Graphviz's error, with what `render` offers against a layout that takes too long.
    func message(for error: GraphvizError) -> String {
        guard case .timedOut = error else { return error.description }
        return error.description + "; --top N, --max-nodes N or --collapse community draw less, and --timeout S allows more time"
    }
}
