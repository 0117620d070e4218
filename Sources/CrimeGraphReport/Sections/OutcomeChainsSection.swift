import CrimeGraph

/// Outcome chains: offence → operation → outcome, grouped by the company, group or place the
/// operation targeted or took place in.
///
/// An event joins a chain when it identified offences (`identified`, `concerns`), had results
/// (`resulted_in`) or targeted a company. Its anchor is the first company it targeted, else
/// the first organization or person, else the first place (targeted or `occurred_in`), else
/// its parent operation's (`part_of`). Outcomes that are about the same offences but came from
/// elsewhere (a case an agency is building) are listed as related.
enum OutcomeChainsSection {
    static func build(_ composer: inout ReportComposer) -> ReportSection {
        let graph = composer.graph
        let links = ChainLinks(graph)
        let resultEvents = Set((0..<graph.entityCount).flatMap { links.targets(of: $0, ["resulted_in"]) })
        var byAnchor: [Int: [Int]] = [:]
        var unanchored: [Int] = []
        for event in graph.entities(ofKind: .event) where !resultEvents.contains(event) {
            let offences = links.targets(of: event, ["identified", "concerns"])
            let outcomes = links.targets(of: event, ["resulted_in"])
            let targetsCompany = links.targets(of: event, ["targeted"]).contains { graph.kind(of: $0) == .company }
            guard !offences.isEmpty || !outcomes.isEmpty || targetsCompany else { continue }
            if let anchor = links.anchor(of: event) { byAnchor[anchor, default: []].append(event) } else { unanchored.append(event) }
        }
        var blocks: [Block] = [.paragraph(RichText(
            "For each company, group or place that an operation targeted or took place in: what was found (offence), by which operation, and with what result (outcome), each step with its citations."))]
        let rank: (Int) -> Int = { anchor in
            switch graph.kind(of: anchor) {
            case .company: return 0
            case .organization, .person: return 1
            default: return 2
            }
        }
        let anchors = byAnchor.keys.sorted { rank($0) != rank($1) ? rank($0) < rank($1) : $0 < $1 }
        for anchor in anchors {
            var heading = RichText([composer.entity(anchor), .text(" (\(graph.kind(of: anchor)))")])
            let place = links.placeChain(of: anchor)
            if !place.isEmpty { heading.append(", " + place.map { graph.name(of: $0) }.joined(separator: ", ")) }
            blocks.append(.heading(heading))
            for event in byAnchor[anchor] ?? [] { blocks.append(chain(&composer, event: event, links: links)) }
        }
        if !unanchored.isEmpty {
            blocks.append(.heading("Company or place not stated"))
            for event in unanchored { blocks.append(chain(&composer, event: event, links: links)) }
        }
        if anchors.isEmpty && unanchored.isEmpty {
            blocks = [.paragraph("No event in the network identified an offence, had an outcome or targeted a company.")]
        }
        return ReportSection(id: StandardSection.outcomes.rawValue, title: StandardSection.outcomes.title, blocks: blocks)
    }

    /// One event's chain as a list: the arrow summary, then each step with citations.
    static func chain(_ composer: inout ReportComposer, event: Int, links: ChainLinks) -> Block {
        let graph = composer.graph
        let offences = links.edges(from: event, ["identified", "concerns"])
        let outcomes = links.edges(from: event, ["resulted_in"])
        let names = { (edges: [Int], none: String) -> String in
            edges.isEmpty ? none : edges.map { graph.name(of: graph.target(of: $0)) }.joined(separator: "; ")
        }
        let summary = "\(names(offences, "(no offence stated)")) → \(graph.name(of: event)) → \(names(outcomes, "(no outcome stated)"))"
        var items: [RichText] = [RichText([.strong(summary)])]
        var operation = RichText("Operation: ") + RichText([composer.entity(event)])
        if let date = graph.date(ofEntity: event) { operation.append(" (\(date))") }
        operation.append(contentsOf: composer.cite(Array(graph.citations(ofEntity: event).prefix(2))))
        for parent in links.edges(from: event, ["part_of"]) where graph.kind(of: graph.target(of: parent)) == .event {
            operation.append(", part of ")
            operation.append(composer.entity(graph.target(of: parent)))
            operation.append(contentsOf: composer.cite(graph.citations(ofRelationship: parent)))
        }
        let agents = links.participants(of: event)
        if !agents.isEmpty {
            operation.append("; carried out by ")
            operation.append(contentsOf: RichText.joined(agents.map { RichText([composer.entity($0)]) }).inlines)
        }
        items.append(operation)
        items.append(RichText("Offences identified: ") + step(&composer, offences, empty: "none stated"))
        items.append(RichText("Outcomes: ") + step(&composer, outcomes, empty: "none stated"))
        let followers = links.edges(into: event, ["came_after"])
        if !followers.isEmpty {
            var text = RichText("Followed by (no cause stated): ")
            let parts = followers.map { edge in RichText([composer.entity(graph.source(of: edge))] + composer.cite(graph.citations(ofRelationship: edge))) }
            text.append(contentsOf: RichText.joined(parts).inlines)
            items.append(text)
        }
        let known = Set(outcomes.map { graph.target(of: $0) })
        let related = offences.flatMap { links.edges(into: graph.target(of: $0), ["concerns"]) }
            .filter { !known.contains(graph.source(of: $0)) && graph.source(of: $0) != event && links.isOutcome(graph.source(of: $0)) }
        if !related.isEmpty {
            var text = RichText("Related outcomes about these offences: ")
            let parts = related.map { edge -> RichText in
                let outcome = graph.source(of: edge)
                var part = RichText([composer.entity(outcome), .text(", about "), composer.entity(graph.target(of: edge))])
                part.append(contentsOf: composer.cite(graph.citations(ofRelationship: edge)))
                for maker in links.edges(into: outcome, nil) where graph.relationKind(of: maker) != "concerns" && graph.relationKind(of: maker) != "part_of" {
                    let kind = graph.relationKind(of: maker)
                    part.append(" (\(kind == "resulted_in" ? "result of" : Wording.relation(kind)): ")
                    part.append(composer.entity(graph.source(of: maker)))
                    part.append(")")
                }
                return part
            }
            text.append(contentsOf: RichText.joined(parts, separator: "; ").inlines)
            items.append(text)
        }
        return .list(items: items, ordered: false)
    }

    /// The far ends of `edges`, each with the figures on the relationship and its citations.
    static func step(_ composer: inout ReportComposer, _ edges: [Int], empty: String) -> RichText {
        let graph = composer.graph
        guard !edges.isEmpty else { return RichText(empty) }
        let parts = edges.map { edge -> RichText in
            let target = graph.target(of: edge)
            var part = RichText([composer.entity(target)])
            let figures = (graph.properties(ofRelationship: edge).map { $0 } + graph.properties(ofEntity: target).map { $0 })
                .filter { !$0.value.quantities.isEmpty }
                .map { "\(Wording.humanize($0.key)) \(Wording.value($0.value))" }
            if !figures.isEmpty { part.append(" — " + figures.joined(separator: "; ")) }
            part.append(contentsOf: composer.cite(graph.citations(ofRelationship: edge)))
            return part
        }
        return RichText.joined(parts, separator: "; ")
    }
}
