import CrimeGraph
import CrimeGraphAnalysis

/// Dated events and relationships in order, with figures, participants and citations.
enum TimelineSection {
    static func build(_ composer: inout ReportComposer) -> ReportSection {
        let graph = composer.graph
        let entries = Timeline.entries(graph)
        var table = Table(columns: [.init("Date"), .init("What"), .init("Figures"), .init("Who and where")])
        for entry in entries {
            let sortValue = Double(entry.date.firstDay)
            switch entry.subject {
            case .entity(let entity):
                var what = RichText([composer.entity(entity), .text(" (\(graph.kind(of: entity)))")])
                what.append(contentsOf: composer.cite(graph.citations(ofEntity: entity)))
                let figures = graph.properties(ofEntity: entity).flatMap { property in
                    property.value.quantities.map { "\(Wording.humanize(property.key)): \(Wording.quantity($0))" }
                }
                let linked = entry.links.map { edge -> RichText in
                    let other = graph.source(of: edge) == entity ? graph.target(of: edge) : graph.source(of: edge)
                    return RichText([composer.entity(other), .text(" (\(Wording.relation(graph.relationKind(of: edge))))")])
                }
                table.rows.append([
                    Table.Cell(RichText(entry.date.description), sortValue: sortValue), Table.Cell(what),
                    Table.Cell(RichText(figures.joined(separator: "; "))), Table.Cell(RichText.joined(linked, separator: "; ")),
                ])
            case .relationship(let edge):
                // A relationship dated like an entity it touches is already listed with that entity.
                let ends = [graph.source(of: edge), graph.target(of: edge)]
                if ends.contains(where: { graph.date(ofEntity: $0) == entry.date }) { continue }
                var what = RichText([composer.entity(ends[0]), .text(" —\(Wording.relation(graph.relationKind(of: edge)))→ "), composer.entity(ends[1])])
                what.append(contentsOf: composer.cite(graph.citations(ofRelationship: edge)))
                let details = graph.properties(ofRelationship: edge).map { "\(Wording.humanize($0.key)): \(Wording.value($0.value))" }
                table.rows.append([
                    Table.Cell(RichText(entry.date.description), sortValue: sortValue), Table.Cell(what),
                    Table.Cell(RichText(details.joined(separator: "; "))), "",
                ])
            }
        }
        var blocks: [Block] = []
        if table.rows.isEmpty {
            blocks.append(.paragraph("Nothing in the network is dated."))
        } else {
            blocks.append(.paragraph(RichText(
                "\(table.rows.count) dated facts in order. Dates keep the precision the sources give: a month or a range sorts by its first possible day, “≈” marks an approximate date, and the sources' own wording is in brackets.")))
            blocks.append(.table(table))
        }
        let undated = (0..<graph.entityCount).filter { graph.kind(of: $0) == .event && graph.date(ofEntity: $0) == nil }
        if !undated.isEmpty {
            blocks.append(.paragraph(RichText("Events the sources do not date: ") + RichText.joined(undated.map { RichText([composer.entity($0)]) }) + "."))
        }
        return ReportSection(id: StandardSection.timeline.rawValue, title: StandardSection.timeline.title, blocks: blocks)
    }
}
