import CrimeGraph
import CrimeGraphAnalysis
import CrimeGraphMerge
import CrimeGraphRender

/// Analysis drawn into a diagram: sizes by a measure, colours by community, a highlighted path.
enum DiagramEmphasis {
    static func apply(to options: inout DiagramOptions, view: Graph, sizeBy: MeasureChoice?, communities: Bool, seed: Int, highlight: [String]) throws {
        if let sizeBy {
            let scores = try ProgressDisplay.counting(sizeBy.rawValue) { progress in
                try sizeBy.scores(AnalysisGraph(view, directed: false), weighted: false, samples: nil, seed: 0, progress: progress).values
            }
            let maximum = scores.filter { !$0.isNaN }.max() ?? 0
            if maximum > 0 {
                for (entity, score) in scores.enumerated() where !score.isNaN { options.nodeScale[entity] = 1 + 1.5 * (score / maximum) }
            }
        }
        if communities {
            let found = ProgressDisplay.passes("communities (Louvain)") { progress in
                Louvain.communities(in: AnalysisGraph(view, directed: false), seed: UInt64(max(0, seed)), progress: progress)
            }
            // Small communities share grey: a colour says "these belong together".
            for (entity, community) in found.membership.enumerated() {
                let number = Int(community)
                options.nodeFill[entity] = found.size(of: number) > 1 ? GroupPalette.color(at: number) : GroupPalette.neutral
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

/// `render --diff OLD`: the new graph overlaid with what the old version had, and each
/// element's change, kept by id so that it survives `--focus`, `--kind` and `--top` views.
struct DiffMarks {
    let overlay: DiffOverlay
    let entityMarks: [String: DiagramOptions.ChangeMark]
    let relationshipMarks: [String: DiagramOptions.ChangeMark]

    init(old path: String, new graph: Graph, reading: InputFormatOptions) throws {
        let old = try Loading.graph([path], input: reading).graph
        overlay = DiffOverlay(old: old, new: graph)
        let merged = overlay.graph
        entityMarks = Dictionary(uniqueKeysWithValues: overlay.entityStatus.enumerated().compactMap { index, status in
            Self.mark(status).map { (merged.id(of: index), $0) }
        })
        relationshipMarks = Dictionary(uniqueKeysWithValues: overlay.relationshipStatus.enumerated().compactMap { index, status in
            Self.mark(status).map { (merged.relationshipID(of: index), $0) }
        })
        let diff = overlay.diff
        Terminal.note(
            "diff: \(Count.of(diff.addedEntities.count, "entity")) added, \(diff.removedEntities.count) removed, \(diff.changedEntities.count) changed; "
                + "\(Count.of(diff.addedRelationships.count, "relationship")) added, \(diff.removedRelationships.count) removed, "
                + "\(diff.changedRelationships.count) changed")
    }

    static func mark(_ status: ElementStatus) -> DiagramOptions.ChangeMark? {
        switch status {
        case .unchanged: nil
        case .added: .added
        case .removed: .removed
        case .changed: .changed
        }
    }

    /// Puts the marks of the elements `view` draws into `options`.
    func mark(_ view: Graph, in options: inout DiagramOptions) {
        for entity in 0..<view.entityCount {
            if let mark = entityMarks[view.id(of: entity)] { options.entityChanges[entity] = mark }
        }
        for relationship in 0..<view.relationshipCount {
            if let mark = relationshipMarks[view.relationshipID(of: relationship)] { options.relationshipChanges[relationship] = mark }
        }
    }
}
