import CrimeGraph

/// The summary: what the graph holds (counts by kind, dates, sources) and every figure the
/// sources report, with its unit, precision, wording and citation.
enum SummarySection {
    static func build(_ composer: inout ReportComposer) -> ReportSection {
        let graph = composer.graph
        var blocks: [Block] = []
        var overview = "This report covers \(graph.entityCount) entities and \(graph.relationshipCount) relationships"
        overview += graph.sources.isEmpty ? "" : ", drawn from \(graph.sources.count) source\(graph.sources.count == 1 ? "" : "s")"
        if !composer.options.files.isEmpty {
            overview += " (read from \(Wording.list(composer.options.files)))"
        }
        overview += "."
        if let span = graph.dateSpan {
            overview += " The dated facts run from \(span.earliest.start) to \(span.latest.end ?? span.latest.start)."
        }
        blocks.append(.paragraph(RichText(overview)))
        blocks.append(.table(kindTable(&composer)))
        let relationCounts = graph.relationshipCountsByKind.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }
        if !relationCounts.isEmpty {
            let listed = relationCounts.prefix(8).map { "\($0.value) \(Wording.relation($0.key))" }
            let rest = relationCounts.count > 8 ? " and \(relationCounts.count - 8) more kinds" : ""
            blocks.append(.paragraph(RichText("Relationships by kind: \(listed.joined(separator: ", "))\(rest).")))
        }
        blocks.append(contentsOf: FigureFacts.blocks(&composer))
        return ReportSection(id: StandardSection.summary.rawValue, title: StandardSection.summary.title, blocks: blocks)
    }

    /// Kind, count and the most connected entities of each kind.
    static func kindTable(_ composer: inout ReportComposer) -> Table {
        let graph = composer.graph
        var table = Table(columns: [.init("Kind"), .init("Entities", alignment: .trailing), .init("Most connected")])
        for kind in graph.entityKinds.sorted() {
            let members = graph.entities(ofKind: kind)
            let leading = members.sorted { a, b in
                let (da, db) = (graph.undirected.degree(of: a), graph.undirected.degree(of: b))
                return da != db ? da > db : a < b
            }.prefix(3)
            var examples = RichText.joined(leading.map { RichText([composer.entity($0)]) })
            if members.count > 3 { examples.append(", …") }
            table.rows.append([Table.Cell(RichText(Wording.humanize(kind.rawValue))), .integer(members.count), Table.Cell(examples)])
        }
        return table
    }
}

/// Every quantity stated in a property of an entity or relationship, grouped into people,
/// money and other figures.
enum FigureFacts {
    struct Fact {
        let subject: RichText
        let label: String
        let quantity: Quantity
        let citations: [Citation]
    }

    static func collect(_ composer: inout ReportComposer) -> [Fact] {
        let graph = composer.graph
        var facts: [Fact] = []
        for entity in 0..<graph.entityCount {
            for property in graph.properties(ofEntity: entity) {
                for quantity in property.value.quantities {
                    let cited = quantity.citations.isEmpty ? graph.citations(ofEntity: entity) : quantity.citations
                    facts.append(Fact(subject: RichText([composer.entity(entity)]), label: Wording.humanize(property.key), quantity: quantity, citations: cited))
                }
            }
        }
        for relationship in 0..<graph.relationshipCount {
            for property in graph.properties(ofRelationship: relationship) {
                for quantity in property.value.quantities {
                    let cited = quantity.citations.isEmpty ? graph.citations(ofRelationship: relationship) : quantity.citations
                    let subject = RichText([
                        composer.entity(graph.source(of: relationship)),
                        .text(" —\(Wording.relation(graph.relationKind(of: relationship)))→ "),
                        composer.entity(graph.target(of: relationship)),
                    ])
                    facts.append(Fact(subject: subject, label: Wording.humanize(property.key), quantity: quantity, citations: cited))
                }
            }
        }
        return facts
    }

    static func isMoney(_ unit: String?) -> Bool {
        guard let unit, unit.count == 3 else { return false }
        return unit.allSatisfy { $0.isASCII && $0.isUppercase }
    }

    static func blocks(_ composer: inout ReportComposer) -> [Block] {
        let facts = collect(&composer)
        guard !facts.isEmpty else { return [.paragraph("The sources state no figures.")] }
        var blocks: [Block] = [
            .heading("Figures the sources report"),
            .paragraph(RichText(
                "Each figure is given as the source states it: its unit, how exact the source is (“nearly 900” is approximately, “at least 2,760” a lower bound, “a dozen” or “some” vague) and its own words. Figures that disagree are listed side by side; none is added up or reconciled.")),
        ]
        let groups: [(String, (Fact) -> Bool)] = [
            ("People", { $0.quantity.unit == "people" }),
            ("Money", { isMoney($0.quantity.unit) }),
            ("Other figures", { $0.quantity.unit != "people" && !isMoney($0.quantity.unit) }),
        ]
        for (title, belongs) in groups {
            let members = facts.filter(belongs)
            guard !members.isEmpty else { continue }
            var table = Table(columns: [
                .init("Subject"), .init("Fact"), .init("Figure", alignment: .trailing), .init("Precision"), .init("In the source’s words"),
            ])
            for fact in members {
                var figure = RichText(Wording.figure(fact.quantity))
                figure.append(contentsOf: composer.cite(fact.citations))
                table.rows.append([
                    Table.Cell(fact.subject), Table.Cell(RichText(fact.label)), Table.Cell(figure, sortValue: fact.quantity.value),
                    Table.Cell(RichText(Wording.precision(fact.quantity.qualifier))),
                    Table.Cell(RichText(fact.quantity.text.map { "“\($0)”" } ?? "")),
                ])
            }
            blocks.append(.heading(RichText(title)))
            blocks.append(.table(table))
        }
        return blocks
    }
}
