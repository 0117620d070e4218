import ArgumentParser
import CrimeGraph
import CrimeGraphIO
import CrimeGraphMerge

struct DiffCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "diff",
        abstract: "What changed between two versions of a case: entities, relationships and sources added, removed and changed.",
        discussion: """
            Elements are matched by id; a relationship without a written id is FROM--KIND--TO. Changes list names, \
            kinds, aliases, tags, dates, weights, each property, and citations gained and lost. The JSON shape is in \
            docs/merge.md. 'render --diff OLD' draws the same comparison.

            Examples:
              crimegraph diff old.yaml new.yaml
              crimegraph diff old.yaml new.yaml --format json
            """)

    @Argument(help: ArgumentHelp("The old version.", valueName: "old"))
    var old: String

    @Argument(help: ArgumentHelp("The new version.", valueName: "new"))
    var new: String

    @OptionGroup var reading: InputFormatOptions
    @OptionGroup var output: FormatOptions

    func run() throws {
        try reportingFailures {
            let before = try Loading.graph([old], input: reading).graph
            let after = try Loading.graph([new], input: reading).graph
            let diff = GraphDiff.compare(old: before, new: after)
            Present.emit(output.format, json: DiffPresent.json(diff), table: { DiffPresent.table(diff) }, csv: { DiffPresent.csv(diff) })
        }
    }
}

/// The diff in each output format.
enum DiffPresent {
    static func json(_ diff: GraphDiff) -> JSONValue {
        func counts(_ added: Int, _ removed: Int, _ changed: Int) -> JSONValue {
            .object(["added": .integer(added), "removed": .integer(removed), "changed": .integer(changed)])
        }
        return .object([
            "summary": .object([
                "entities": counts(diff.addedEntities.count, diff.removedEntities.count, diff.changedEntities.count),
                "relationships": counts(diff.addedRelationships.count, diff.removedRelationships.count, diff.changedRelationships.count),
                "sources": counts(diff.addedSources.count, diff.removedSources.count, diff.changedSources.count),
            ]),
            "entities": .object([
                "added": .array(diff.addedEntities.map(CaseFileEncoder.entity)),
                "removed": .array(diff.removedEntities.map(CaseFileEncoder.entity)),
                "changed": .array(diff.changedEntities.map(element)),
            ]),
            "relationships": .object([
                "added": .array(diff.addedRelationships.map(relationship)),
                "removed": .array(diff.removedRelationships.map(relationship)),
                "changed": .array(diff.changedRelationships.map(element)),
            ]),
            "sources": .object([
                "added": .array(diff.addedSources.map { .object(["id": .string($0.id), "title": .string($0.title)]) }),
                "removed": .array(diff.removedSources.map { .object(["id": .string($0.id), "title": .string($0.title)]) }),
                "changed": .array(diff.changedSources.map(element)),
            ]),
        ])
    }

    /// A relationship with its id always present.
    static func relationship(_ relationship: Relationship) -> JSONValue {
        var explicit = relationship
        explicit.hasGeneratedID = false
        return CaseFileEncoder.relationship(explicit)
    }

    static func element(_ change: GraphDiff.ElementChange) -> JSONValue {
        .object(["id": .string(change.id), "label": .string(change.label), "changes": .array(change.changes.map(self.change))])
    }

    static func change(_ change: GraphDiff.Change) -> JSONValue {
        let field: JSONValue = .string(change.field)
        switch change {
        case .name(let old, let new), .kind(let old, let new):
            return .object(["field": field, "old": .string(old), "new": .string(new)])
        case .ends(let oldFrom, let oldTo, let newFrom, let newTo):
            return .object(["field": field, "old": .object(["from": .string(oldFrom), "to": .string(oldTo)]),
                            "new": .object(["from": .string(newFrom), "to": .string(newTo)])])
        case .aliases(let added, let removed), .tags(let added, let removed):
            return .object(["field": field, "added": .array(added.map(JSONValue.string)), "removed": .array(removed.map(JSONValue.string))])
        case .date(let old, let new):
            return .object(["field": field, "old": Present.date(old), "new": Present.date(new)])
        case .weight(let old, let new):
            return .object(["field": field, "old": old.map(JSONValue.double) ?? .null, "new": new.map(JSONValue.double) ?? .null])
        case .property(let key, let old, let new):
            return .object(["field": field, "key": .string(key), "old": old.map(CaseFileEncoder.propertyValue) ?? .null,
                            "new": new.map(CaseFileEncoder.propertyValue) ?? .null])
        case .citations(let added, let removed):
            return .object(["field": field, "added": Present.citations(added), "removed": Present.citations(removed)])
        case .sourceField(_, let old, let new):
            return .object(["field": field, "old": .optional(old), "new": .optional(new)])
        }
    }

    /// `old → new` in words, one line.
    static func text(_ change: GraphDiff.Change) -> String {
        func list(_ added: [String], _ removed: [String]) -> String {
            (added.map { "+ \($0)" } + removed.map { "- \($0)" }).joined(separator: "; ")
        }
        func shown(_ value: String?) -> String { value ?? "(none)" }
        switch change {
        case .name(let old, let new), .kind(let old, let new): return "\(change.field): \(old) → \(new)"
        case .ends(let oldFrom, let oldTo, let newFrom, let newTo): return "ends: \(oldFrom) → \(oldTo) became \(newFrom) → \(newTo)"
        case .aliases(let added, let removed), .tags(let added, let removed): return "\(change.field): " + list(added, removed)
        case .date(let old, let new): return "date: \(shown(old?.description)) → \(shown(new?.description))"
        case .weight(let old, let new):
            return "weight: \(shown(old.map(NumberFormatting.plain))) → \(shown(new.map(NumberFormatting.plain)))"
        case .property(let key, let old, let new): return "\(key): \(shown(old?.description)) → \(shown(new?.description))"
        case .citations(let added, let removed):
            return "citations: " + list(added.map { Present.citationText([$0]) }, removed.map { Present.citationText([$0]) })
        case .sourceField(let field, let old, let new): return "\(field): \(shown(old)) → \(shown(new))"
        }
    }

    static func table(_ diff: GraphDiff) -> String {
        if diff.isEmpty { return "No differences.\n" }
        var text = ""
        func section(_ title: String, added: [String], removed: [String], changed: [GraphDiff.ElementChange]) {
            text += "\(title): \(added.count) added, \(removed.count) removed, \(changed.count) changed\n"
            for line in added { text += "  + \(line)\n" }
            for line in removed { text += "  - \(line)\n" }
            for change in changed {
                text += "  ~ \(change.id)  \(change.label)\n"
                for detail in change.changes { text += "      \(TextTable.singleLine(DiffPresent.text(detail)))\n" }
            }
        }
        section("Entities", added: diff.addedEntities.map { "\($0.id)  \($0.name) [\($0.kind)]" },
                removed: diff.removedEntities.map { "\($0.id)  \($0.name) [\($0.kind)]" }, changed: diff.changedEntities)
        section("Relationships", added: diff.addedRelationships.map { "\($0.from) —\($0.kind)→ \($0.to)" },
                removed: diff.removedRelationships.map { "\($0.from) —\($0.kind)→ \($0.to)" }, changed: diff.changedRelationships)
        section("Sources", added: diff.addedSources.map { "\($0.id)  \($0.title)" },
                removed: diff.removedSources.map { "\($0.id)  \($0.title)" }, changed: diff.changedSources)
        return text
    }

    static func csv(_ diff: GraphDiff) -> String {
        var rows: [[String]] = []
        for entity in diff.addedEntities { rows.append(["entity", "added", entity.id, "\(entity.name) [\(entity.kind)]", ""]) }
        for entity in diff.removedEntities { rows.append(["entity", "removed", entity.id, "\(entity.name) [\(entity.kind)]", ""]) }
        for change in diff.changedEntities { for detail in change.changes { rows.append(["entity", "changed", change.id, change.label, text(detail)]) } }
        for relationship in diff.addedRelationships {
            rows.append(["relationship", "added", relationship.id, GraphDiffLabel.text(relationship), ""])
        }
        for relationship in diff.removedRelationships {
            rows.append(["relationship", "removed", relationship.id, GraphDiffLabel.text(relationship), ""])
        }
        for change in diff.changedRelationships {
            for detail in change.changes { rows.append(["relationship", "changed", change.id, change.label, text(detail)]) }
        }
        for source in diff.addedSources { rows.append(["source", "added", source.id, source.title, ""]) }
        for source in diff.removedSources { rows.append(["source", "removed", source.id, source.title, ""]) }
        for change in diff.changedSources { for detail in change.changes { rows.append(["source", "changed", change.id, change.label, text(detail)]) } }
        return CSVText.document(["element", "status", "id", "label", "change"], rows)
    }
}

/// `from —kind→ to`.
enum GraphDiffLabel {
    static func text(_ relationship: Relationship) -> String { "\(relationship.from) —\(relationship.kind)→ \(relationship.to)" }
}
