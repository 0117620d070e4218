import CrimeGraph

/// Dates of one event that cannot all be true.
///
/// - An entity's `alternative_dates` (dates a merge kept beside its date, see `EntityCombiner`)
///   that do not overlap its date.
/// - A part (`part_of`) dated outside its dated whole.
/// - A relationship dated outside the event it ties to, for the kinds that happen at the event:
///   `participated_in`, `targeted`, `occurred_in`, `found`, `involved`, `identified`.
/// - A length in days (a figure in `days` whose key mentions `duration`, `days` or `length`)
///   that differs from the length of the entity's date range given to the day: "three-day
///   operation" against September 19–22, which is four days.
///
/// Dates overlap when some day can be both; "2022-09" and "2022-09-20" do not disagree.
enum DateConflicts {
    static let eventKinds: Set<RelationKind> = ["participated_in", "targeted", "occurred_in", "found", "involved", "identified"]

    /// The date conflicts of the entity at `index`.
    static func find(entity index: Int, in graph: Graph) -> [FactConflict] {
        guard let date = graph.date(ofEntity: index) else { return [] }
        let id = graph.id(of: index)
        let name = graph.name(of: index)
        let cited = graph.citations(ofEntity: index)
        let own = FactConflict.Claim(subject: id, field: "date", statement: date.description, citations: cited)
        var conflicts: [FactConflict] = []
        let alternatives = EntityCombiner.strings(graph.properties(ofEntity: index)[EntityCombiner.alternativeDatesKey]).map(alternative)
        // The entity's own date is stated where the alternatives are not.
        let elsewhere = Set(alternatives.flatMap(\.1).map { "\($0.source) \($0.paragraph ?? 0)" })
        let stated = FactConflict.Claim(subject: id, field: "date", statement: date.description,
                                        citations: cited.filter { !elsewhere.contains("\($0.source) \($0.paragraph ?? 0)") })
        for (other, citations) in alternatives {
            guard let other, !overlap(date, other) else { continue }
            conflicts.append(FactConflict(kind: .dates, subject: id, subjectName: name,
                summary: "date: \(date.iso) against \(other.iso)",
                claims: [stated, FactConflict.Claim(subject: id, field: "date", statement: other.description, citations: citations)]))
        }
        for edge in graph.outgoing.relationships(of: index) where graph.relationKind(of: Int(edge)) == "part_of" {
            let whole = graph.target(of: Int(edge))
            guard let outer = graph.date(ofEntity: whole), !overlap(date, outer) else { continue }
            conflicts.append(FactConflict(kind: .dates, subject: id, subjectName: name,
                summary: "date: \(date.iso), outside \(outer.iso) of '\(graph.name(of: whole))' it is part of",
                claims: [own, FactConflict.Claim(subject: graph.id(of: whole), field: "date", statement: outer.description,
                                                 citations: graph.citations(ofEntity: whole))]))
        }
        if let conflict = duration(of: index, date: date, in: graph) { conflicts.append(conflict) }
        return conflicts
    }

    /// The date conflicts of the relationship at `edge`.
    static func find(relationship edge: Int, in graph: Graph) -> [FactConflict] {
        guard let date = graph.date(ofRelationship: edge), eventKinds.contains(graph.relationKind(of: edge)) else { return [] }
        let id = graph.relationshipID(of: edge)
        let name = "\(graph.id(of: graph.source(of: edge))) —\(graph.relationKind(of: edge))→ \(graph.id(of: graph.target(of: edge)))"
        var conflicts: [FactConflict] = []
        for end in Set([graph.source(of: edge), graph.target(of: edge)]).sorted() where graph.kind(of: end) == .event {
            guard let event = graph.date(ofEntity: end), !overlap(date, event) else { continue }
            conflicts.append(FactConflict(kind: .dates, subject: id, subjectName: name,
                summary: "date: \(date.iso), outside \(event.iso) of the event '\(graph.name(of: end))'",
                claims: [FactConflict.Claim(subject: id, field: "date", statement: date.description,
                                            citations: graph.citations(ofRelationship: edge)),
                         FactConflict.Claim(subject: graph.id(of: end), field: "date", statement: event.description,
                                            citations: graph.citations(ofEntity: end))]))
        }
        return conflicts
    }

    private static func duration(of index: Int, date: CaseDate, in graph: Graph) -> FactConflict? {
        guard date.qualifier == nil, let end = date.end, end.precision == .day, date.start.precision == .day else { return nil }
        let days = date.lastDay - date.firstDay + 1
        for property in graph.properties(ofEntity: index)
        where ["duration", "days", "length"].contains(where: { property.key.contains($0) }) {
            for figure in property.value.quantities where figure.unit == "days" && figure.qualifier == .exact {
                guard let value = figure.value, value != Double(days) else { continue }
                let id = graph.id(of: index)
                return FactConflict(kind: .duration, subject: id, subjectName: graph.name(of: index),
                    summary: "\(property.key): \(figure.description), but the dates \(date.iso) span \(days) days",
                    claims: [FactConflict.Claim(subject: id, field: property.key, statement: figure.description, value: value,
                                                citations: figure.citations.isEmpty ? graph.citations(ofEntity: index) : figure.citations),
                             FactConflict.Claim(subject: id, field: "date", statement: date.description, value: Double(days),
                                                citations: graph.citations(ofEntity: index))])
            }
        }
        return nil
    }

    static func overlap(_ a: CaseDate, _ b: CaseDate) -> Bool { a.overlaps(firstDay: b.firstDay, lastDay: b.lastDay) }

    /// `"2022-09-20 [a3 ¶4, a4 ¶2]"` → the date and its citations.
    static func alternative(_ text: String) -> (CaseDate?, [Citation]) {
        let parts = text.split(separator: " ", maxSplits: 1)
        guard let first = parts.first else { return (nil, []) }
        var citations: [Citation] = []
        if parts.count == 2 {
            let inner = parts[1].trimmingCharacters(in: "[]")
            for piece in inner.split(separator: ",") {
                let words = piece.split(separator: " ")
                guard let source = words.first else { continue }
                let paragraph = words.count > 1 ? Int(words[1].drop { $0 == "¶" }) : nil
                citations.append(Citation(source: String(source), paragraph: paragraph))
            }
        }
        return (CaseDate(iso: String(first)), citations)
    }
}

private extension Substring {
    func trimmingCharacters(in set: String) -> Substring {
        var slice = self
        while let first = slice.first, set.contains(first) { slice = slice.dropFirst() }
        while let last = slice.last, set.contains(last) { slice = slice.dropLast() }
        return slice
    }
}
