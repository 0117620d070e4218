import CrimeGraph

/// What changed between two versions of a case: entities, relationships and sources added,
/// removed and changed, matched by id.
///
/// Relationships are matched by id too; one without a written id is `FROM--KIND--TO`, so
/// re-pointing it reads as one removed and one added.
public struct GraphDiff: Sendable {
    /// One difference of one element.
    public enum Change: Hashable, Sendable {
        /// The display name.
        case name(old: String, new: String)
        /// The entity kind or relation kind.
        case kind(old: String, new: String)
        /// A relationship with a written id now ties other entities.
        case ends(oldFrom: String, oldTo: String, newFrom: String, newTo: String)
        /// Aliases gained and lost.
        case aliases(added: [String], removed: [String])
        /// Tags gained and lost.
        case tags(added: [String], removed: [String])
        /// The date.
        case date(old: CaseDate?, new: CaseDate?)
        /// The relationship weight.
        case weight(old: Double?, new: Double?)
        /// One property, added (old nil), removed (new nil) or changed.
        case property(key: String, old: PropertyValue?, new: PropertyValue?)
        /// Citations gained and lost (same source, paragraph and quote is the same citation).
        case citations(added: [Citation], removed: [Citation])
        /// A source field: title, publisher, date, file, url, accessed, reliability, language, notes.
        case sourceField(field: String, old: String?, new: String?)

        /// The field's name: `name`, `kind`, `ends`, `aliases`, `tags`, `date`, `weight`,
        /// `property`, `citations`, or the source field's own.
        public var field: String {
            switch self {
            case .name: return "name"
            case .kind: return "kind"
            case .ends: return "ends"
            case .aliases: return "aliases"
            case .tags: return "tags"
            case .date: return "date"
            case .weight: return "weight"
            case .property: return "property"
            case .citations: return "citations"
            case .sourceField(let field, _, _): return field
            }
        }
    }

    /// An element present in both versions whose details changed.
    public struct ElementChange: Hashable, Sendable {
        /// The element's id.
        public let id: String
        /// How it reads in the new version: `Name [kind]` or `from —kind→ to`.
        public let label: String
        /// What changed, in field order.
        public let changes: [Change]
    }

    /// Entities only in the new version, in its order.
    public let addedEntities: [Entity]
    /// Entities only in the old version, in its order.
    public let removedEntities: [Entity]
    /// Entities in both whose details differ, in the new version's order.
    public let changedEntities: [ElementChange]
    /// Relationships only in the new version.
    public let addedRelationships: [Relationship]
    /// Relationships only in the old version.
    public let removedRelationships: [Relationship]
    /// Relationships in both whose details differ.
    public let changedRelationships: [ElementChange]
    /// Sources only in the new version.
    public let addedSources: [Source]
    /// Sources only in the old version.
    public let removedSources: [Source]
    /// Sources in both whose fields differ.
    public let changedSources: [ElementChange]

    /// Whether the versions hold the same case.
    public var isEmpty: Bool {
        addedEntities.isEmpty && removedEntities.isEmpty && changedEntities.isEmpty && addedRelationships.isEmpty
            && removedRelationships.isEmpty && changedRelationships.isEmpty && addedSources.isEmpty
            && removedSources.isEmpty && changedSources.isEmpty
    }

    /// Compares two versions of a case.
    /// - Complexity: O(n + m) lookups by id, plus the cost of comparing each element's details.
    public static func compare(old: Graph, new: Graph) -> GraphDiff {
        var addedEntities: [Entity] = []
        var changedEntities: [ElementChange] = []
        for index in 0..<new.entityCount {
            let entity = new.entity(at: index)
            guard let before = old.index(ofEntity: entity.id) else {
                addedEntities.append(entity)
                continue
            }
            let changes = ElementComparison.entity(old.entity(at: before), entity)
            if !changes.isEmpty {
                changedEntities.append(ElementChange(id: entity.id, label: "\(entity.name) [\(entity.kind)]", changes: changes))
            }
        }
        let removedEntities = (0..<old.entityCount).filter { new.index(ofEntity: old.id(of: $0)) == nil }.map(old.entity(at:))

        var addedRelationships: [Relationship] = []
        var changedRelationships: [ElementChange] = []
        for index in 0..<new.relationshipCount {
            let relationship = new.relationship(at: index)
            guard let before = old.index(ofRelationship: relationship.id) else {
                addedRelationships.append(relationship)
                continue
            }
            let changes = ElementComparison.relationship(old.relationship(at: before), relationship)
            if !changes.isEmpty {
                changedRelationships.append(ElementChange(id: relationship.id, label: label(relationship), changes: changes))
            }
        }
        let removedRelationships = (0..<old.relationshipCount)
            .filter { new.index(ofRelationship: old.relationshipID(of: $0)) == nil }.map(old.relationship(at:))

        let oldSources = Dictionary(old.sources.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let newIDs = Set(new.sources.map(\.id))
        var addedSources: [Source] = []
        var changedSources: [ElementChange] = []
        for source in new.sources {
            guard let before = oldSources[source.id] else {
                addedSources.append(source)
                continue
            }
            let changes = ElementComparison.source(before, source)
            if !changes.isEmpty { changedSources.append(ElementChange(id: source.id, label: source.title, changes: changes)) }
        }
        let removedSources = old.sources.filter { !newIDs.contains($0.id) }
        return GraphDiff(
            addedEntities: addedEntities, removedEntities: removedEntities, changedEntities: changedEntities,
            addedRelationships: addedRelationships, removedRelationships: removedRelationships,
            changedRelationships: changedRelationships, addedSources: addedSources, removedSources: removedSources,
            changedSources: changedSources)
    }

    /// `from —kind→ to`.
    static func label(_ relationship: Relationship) -> String {
        "\(relationship.from) —\(relationship.kind)→ \(relationship.to)"
    }
}
