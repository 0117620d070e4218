import CrimeGraph
import CrimeGraphIO

/// Field-by-field comparison of two versions of one entity, relationship or source.
enum ElementComparison {
    /// The changes from `old` to `new`, in field order.
    static func entity(_ old: Entity, _ new: Entity) -> [GraphDiff.Change] {
        var changes: [GraphDiff.Change] = []
        if old.name != new.name { changes.append(.name(old: old.name, new: new.name)) }
        if old.kind != new.kind { changes.append(.kind(old: old.kind.rawValue, new: new.kind.rawValue)) }
        if let change = listChange(old.aliases, new.aliases, GraphDiff.Change.aliases) { changes.append(change) }
        if let change = listChange(old.tags, new.tags, GraphDiff.Change.tags) { changes.append(change) }
        if old.date != new.date { changes.append(.date(old: old.date, new: new.date)) }
        changes += properties(old.properties, new.properties)
        if let change = citations(old.citations, new.citations) { changes.append(change) }
        return changes
    }

    /// The changes from `old` to `new`, in field order.
    static func relationship(_ old: Relationship, _ new: Relationship) -> [GraphDiff.Change] {
        var changes: [GraphDiff.Change] = []
        if old.from != new.from || old.to != new.to {
            changes.append(.ends(oldFrom: old.from, oldTo: old.to, newFrom: new.from, newTo: new.to))
        }
        if old.kind != new.kind { changes.append(.kind(old: old.kind.rawValue, new: new.kind.rawValue)) }
        if old.date != new.date { changes.append(.date(old: old.date, new: new.date)) }
        if old.weight != new.weight { changes.append(.weight(old: old.weight, new: new.weight)) }
        changes += properties(old.properties, new.properties)
        if let change = citations(old.citations, new.citations) { changes.append(change) }
        return changes
    }

    /// The changed fields of a source; `file` is compared as each version's case file resolves it.
    static func source(_ old: Source, _ new: Source) -> [GraphDiff.Change] {
        func resolved(_ source: Source) -> String? {
            source.file.map { SourceText.resolve($0, relativeTo: source.origin?.file) }
        }
        let fields: [(String, String?, String?)] = [
            ("title", old.title, new.title), ("publisher", old.publisher, new.publisher),
            ("date", old.date?.description, new.date?.description), ("file", resolved(old), resolved(new)),
            ("url", old.url, new.url), ("accessed", old.accessed?.description, new.accessed?.description),
            ("reliability", old.reliability?.description, new.reliability?.description),
            ("language", old.language, new.language), ("notes", old.notes, new.notes),
        ]
        return fields.compactMap { field, before, after in
            before == after ? nil : .sourceField(field: field, old: field == "file" ? old.file : before, new: field == "file" ? new.file : after)
        }
    }

    private static func properties(_ old: PropertyList, _ new: PropertyList) -> [GraphDiff.Change] {
        var changes: [GraphDiff.Change] = []
        for property in new where old[property.key] != property.value {
            changes.append(.property(key: property.key, old: old[property.key], new: property.value))
        }
        for property in old where new[property.key] == nil {
            changes.append(.property(key: property.key, old: property.value, new: nil))
        }
        return changes
    }

    private static func citations(_ old: [Citation], _ new: [Citation]) -> GraphDiff.Change? {
        let before = Set(old)
        let after = Set(new)
        let added = new.filter { !before.contains($0) }
        let removed = old.filter { !after.contains($0) }
        return added.isEmpty && removed.isEmpty ? nil : .citations(added: added, removed: removed)
    }

    private static func listChange(_ old: [String], _ new: [String], _ make: ([String], [String]) -> GraphDiff.Change) -> GraphDiff.Change? {
        let added = new.filter { !old.contains($0) }
        let removed = old.filter { !new.contains($0) }
        return added.isEmpty && removed.isEmpty ? nil : make(added, removed)
    }
}
