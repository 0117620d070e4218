import CrimeGraph
import CrimeGraphAnalysis
import CrimeGraphRender

/// How `render` turns a selection into something Graphviz can lay out in time and a reader can
/// read: the `--top` entities, a collapse into groups (asked, or automatic for a whole large
/// network), and the `--max-nodes` cap. Every reduction `render` makes on its own is said on
/// stderr.
struct RenderViews {
    let command: Render

    /// The `count` highest-scoring entities of `view` by `--by` (degree by default).
    func top(_ count: Int, of view: Graph) throws -> Graph {
        guard view.entityCount > count else { return view }
        return DiagramReduction.top(count, of: view, by: try scores(of: view, by: command.by ?? .degree))
    }

    /// `measure` on `view`, with progress on a terminal.
    func scores(of view: Graph, by measure: MeasureChoice) throws -> NodeScores {
        let directed = (measure == .inDegree || measure == .outDegree)
        return try ProgressDisplay.counting(measure.rawValue) { progress in
            try measure.scores(AnalysisGraph(view, directed: directed), weighted: false, samples: nil, seed: 0, progress: progress)
        }
    }

    /// The grouping to draw `view` with: the one `--collapse` asks for, or communities when
    /// the view is a whole large network and nothing smaller was asked for; nil to draw entities.
    func grouping(for view: Graph) throws -> DiagramGrouping? {
        if let grouping = command.requestedGrouping {
            if case .property(let name) = grouping { try checkProperty(name, in: view) }
            return grouping
        }
        let asked = command.collapse != nil || command.diff != nil || command.top != nil || !command.focus.isEmpty || command.maxNodes != nil
            || !command.highlightPath.isEmpty || command.sizeBy != nil || command.colorBy == .community || command.clusterBy != nil
        guard !asked, DiagramScale.needsOverview(entities: view.entityCount, relationships: view.relationshipCount) else { return nil }
        Terminal.note(
            "note: \(Count.of(view.entityCount, "entity")) and \(Count.of(view.relationshipCount, "relationship")) are too many to draw "
                + "one by one (above \(Count.grouped(DiagramScale.overviewEntities)) entities or \(Count.grouped(DiagramScale.overviewRelationships)) relationships): "
                + "drawing an overview of the communities instead; --collapse none draws every entity, --top N or --focus ENTITY a part")
        return .community(seed: UInt64(max(0, command.seed)))
    }

    /// The group diagram of `view`, with Louvain's progress on a terminal, saying on stderr
    /// which groups were gathered or left out.
    func groupDiagram(of view: Graph, by grouping: DiagramGrouping) throws -> GroupDiagram {
        let minimum: Int
        if case .community = grouping { minimum = command.minGroupSize ?? 3 } else { minimum = command.minGroupSize ?? 1 }
        let limit = command.maxNodes ?? DiagramScale.maximumGroups
        let diagram = ProgressDisplay.passes("communities (Louvain)") { progress in
            GroupDiagram(view, by: grouping, minimumSize: minimum, smallGroups: command.smallGroups, maximumGroups: limit, progress: progress)
        }
        if diagram.groups.isEmpty {
            throw CommandFailure("nothing to draw: every \(grouping.noun) has fewer than \(minimum) entities and --small-groups omit leaves them out")
        }
        if diagram.smallGroupCount > 0 {
            let placed = command.smallGroups == .other ? "are gathered into one 'other' node (--small-groups omit leaves them out)"
                : "are left out (--small-groups other gathers them into one node)"
            var why = "smaller than \(minimum) (--min-group-size)"
            if diagram.cappedGroupCount > 0 {
                let limitText = command.maxNodes == nil ? "the default cap of \(limit) nodes; --max-nodes N draws more" : "--max-nodes \(limit)"
                why = diagram.cappedGroupCount == diagram.smallGroupCount ? "beyond \(limitText)" : why + " or beyond \(limitText)"
            }
            Terminal.note(
                "note: \(diagram.foundGroupCount) \(grouping.pluralNoun) found; \(Count.of(diagram.smallGroupCount, grouping.noun, grouping.pluralNoun)) "
                    + "(\(Count.of(diagram.smallGroupEntities, "entity"))) \(why) \(placed)")
        }
        return diagram
    }

    /// `view`, or when it has more entities than `--max-nodes` (default
    /// ``DiagramScale/maximumEntities``), its most connected entities (by `--by` if given),
    /// keeping the entities with ids in `pinned` and the ends of a highlighted path.
    func capped(_ view: Graph, pinned ids: Set<String>) throws -> Graph {
        let limit = command.maxNodes ?? DiagramScale.maximumEntities
        guard view.entityCount > limit else { return view }
        var pinned = Set(ids.compactMap { view.index(ofEntity: $0) })
        for name in command.highlightPath { if let entity = try? view.resolve(name) { pinned.insert(entity) } }
        let measure = command.by ?? .degree
        let reduced = DiagramReduction.top(limit, of: view, by: try scores(of: view, by: measure), keeping: pinned)
        let cap = command.maxNodes == nil ? "the default cap (--max-nodes \(limit))" : "--max-nodes \(limit)"
        let ranking = measure == .degree ? "with the most relationships" : "highest by \(measure.rawValue)"
        Terminal.note(
            "note: the view has \(Count.of(view.entityCount, "entity")), more than \(cap): drawing the \(Count.grouped(reduced.entityCount)) "
                + "\(ranking) and the \(Count.of(reduced.relationshipCount, "relationship")) among them; --collapse community draws every community")
        return reduced
    }

    /// Fails with suggestions when no entity of `view` has the property `name`.
    func checkProperty(_ name: String, in view: Graph) throws {
        var keys = Set<String>()
        for entity in 0..<view.entityCount {
            let properties = view.properties(ofEntity: entity)
            if properties[name] != nil { return }
            keys.formUnion(properties.keys)
        }
        let close = Suggestions.closest(to: name, among: keys.sorted(), limit: 3)
        let hint = close.isEmpty
            ? (keys.isEmpty ? " (the entities have no properties; use community or kind)" : "")
            : "; did you mean " + close.map { "'\($0)'" }.joined(separator: ", ") + "?"
        throw CommandFailure("--collapse \(name): no entity has a property '\(name)'\(hint)")
    }
}

/// Counts as words for messages: `1 entity`, `17,546 entities`.
enum Count {
    static func of(_ number: Int, _ singular: String, _ plural: String? = nil) -> String {
        let many = plural ?? (singular.hasSuffix("y") ? String(singular.dropLast()) + "ies" : singular + "s")
        return "\(grouped(number)) \(number == 1 ? singular : many)"
    }

    /// 12345 as `12,345`.
    static func grouped(_ number: Int) -> String { ProgressDisplay.grouped(number) }
}
