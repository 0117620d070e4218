import CrimeGraph
import CrimeGraphAnalysis
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
