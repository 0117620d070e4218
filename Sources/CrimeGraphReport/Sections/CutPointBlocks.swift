import CrimeGraph
import CrimeGraphAnalysis

/// Cut points and bridges, each with what its removal would cut off.
enum CutPointBlocks {
    /// The pieces of `entity`'s component once `entity` is removed, largest first, each sorted.
    /// - Complexity: O(n + m).
    static func pieces(without removed: Int, in graph: Graph, ignoringTieTo other: Int? = nil) -> [[Int]] {
        var seen = [Bool](repeating: false, count: graph.entityCount)
        seen[removed] = true
        var pieces: [[Int]] = []
        for start in graph.undirected.neighbors(of: removed).map(Int.init) where !seen[start] && start != other {
            var piece = [start]
            seen[start] = true
            var head = 0
            while head < piece.count {
                let node = piece[head]
                head += 1
                for next in graph.undirected.neighbors(of: node).map(Int.init) where !seen[next] {
                    seen[next] = true
                    piece.append(next)
                }
            }
            pieces.append(piece.sorted())
        }
        return pieces.sorted { $0.count != $1.count ? $0.count > $1.count : ($0.first ?? 0) < ($1.first ?? 0) }
    }

    static func build(_ composer: inout ReportComposer, view: AnalysisGraph) -> [Block] {
        let graph = composer.graph
        let cuts = Structure.cutPoints(view)
        var blocks: [Block] = [.heading("Cut points")]
        let points = cuts.articulationPoints.map { point -> (entity: Int, cutOff: [Int]) in
            (point, pieces(without: point, in: graph).dropFirst().flatMap { $0 })
        }.sorted { $0.cutOff.count != $1.cutOff.count ? $0.cutOff.count > $1.cutOff.count : graph.id(of: $0.entity) < graph.id(of: $1.entity) }
        if points.isEmpty {
            blocks.append(.paragraph("No single entity holds the network together: removing any one leaves the rest connected."))
        } else {
            blocks.append(.paragraph(RichText(
                "\(points.count) entit\(points.count == 1 ? "y holds" : "ies hold") parts of the network together: without \(points.count == 1 ? "it" : "any one of them"), some entities would no longer be linked to the rest.")))
            var table = Table(columns: [.init("Entity"), .init("Kind"), .init("Cut off", alignment: .trailing), .init("Entities cut off")])
            for point in points.prefix(composer.options.top) {
                table.rows.append([
                    Table.Cell(composer.mention(point.entity)), Table.Cell(RichText(graph.kind(of: point.entity).rawValue)),
                    .integer(point.cutOff.count), Table.Cell(names(point.cutOff, composer)),
                ])
            }
            if points.count > composer.options.top {
                table.caption = RichText("\(points.count - composer.options.top) more cut points, each cutting off fewer entities, are not shown.")
            }
            blocks.append(.table(table))
        }
        blocks.append(contentsOf: bridgeBlocks(&composer, cuts.bridges))
        return blocks
    }

    static func bridgeBlocks(_ composer: inout ReportComposer, _ bridges: [Structure.Bridge]) -> [Block] {
        let graph = composer.graph
        var found: [(from: Int, to: Int, smaller: [Int])] = []
        for bridge in bridges where bridge.from != bridge.to {
            let far = pieces(without: bridge.from, in: graph).first { $0.contains(bridge.to) } ?? []
            let total = pieces(without: bridge.to, in: graph).first { $0.contains(bridge.from) } ?? []
            let smaller = far.count <= total.count ? far : total
            if smaller.count >= 2 { found.append((bridge.from, bridge.to, smaller)) }
        }
        guard !found.isEmpty else { return [] }
        found.sort { $0.smaller.count != $1.smaller.count ? $0.smaller.count > $1.smaller.count : ($0.from, $0.to) < ($1.from, $1.to) }
        var table = Table(columns: [.init("Tie"), .init("Cut off", alignment: .trailing), .init("Entities on the smaller side")])
        for bridge in found.prefix(composer.options.top) {
            let linking = graph.undirected.relationships(of: bridge.from).map(Int.init).filter { relationship in
                let ends = [graph.source(of: relationship), graph.target(of: relationship)]
                return ends.contains(bridge.to) && ends.contains(bridge.from)
            }
            let tie = RichText.joined(Array(Set(linking)).sorted().map { composer.hop($0) }, separator: "; ")
            table.rows.append([Table.Cell(tie), .integer(bridge.smaller.count), Table.Cell(names(bridge.smaller, composer))])
        }
        return [
            .heading("Bridges"),
            .paragraph("A bridge is a single tie whose loss would split the network; ties that only attach one entity are left out."),
            .table(table),
        ]
    }

    /// Up to six names, then how many more.
    static func names(_ entities: [Int], _ composer: ReportComposer) -> RichText {
        var text = RichText.joined(entities.prefix(6).map { RichText([composer.entity($0)]) })
        if entities.count > 6 { text.append(" and \(entities.count - 6) more") }
        return text
    }
}
