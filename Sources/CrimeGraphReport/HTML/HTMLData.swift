import CrimeGraphIO

/// The data the page's script reads: entity cards, relationship labels and notes, as JSON.
enum HTMLData {
    static func json(_ report: Report) -> JSONValue {
        let notes = { (numbers: [Int]) -> JSONValue in .array(numbers.map { .integer($0) }) }
        let entities = report.entities.map { card -> JSONValue.Member in
            let facts = card.facts.map { fact -> JSONValue in [.string(fact.label), .string(fact.value), notes(fact.footnotes)] }
            let links = card.links.map { link -> JSONValue in
                [
                    .boolean(link.isOutgoing), .string(link.kind), .string(link.otherID), .string(link.otherName),
                    .string(link.otherKind), .optional(link.date), .optional(link.details), notes(link.footnotes),
                ]
            }
            return JSONValue.Member(card.id, .object([
                "name": .string(card.name), "kind": .string(card.kind), "aliases": .array(card.aliases.map(JSONValue.string)),
                "tags": .array(card.tags.map(JSONValue.string)), "date": .optional(card.date), "facts": .array(facts),
                "links": .array(links), "notes": notes(card.footnotes),
            ]))
        }
        let relationships = report.relationshipLabels.keys.sorted().map { JSONValue.Member($0, .string(report.relationshipLabels[$0] ?? "")) }
        let noteTexts = report.footnotes.notes.map { note in
            JSONValue.Member(String(note.number), .object([
                "ref": .string(note.reference), "quote": .optional(note.citation.quote),
                "source": .string(SourceRows.noteText(note, report)),
            ]))
        }
        return .object([
            "title": .string(report.title), "redacted": .boolean(report.isRedacted), "entities": .object(entities),
            "relationships": .object(relationships), "notes": .object(noteTexts),
        ])
    }
}
