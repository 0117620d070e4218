import CrimeGraph

/// How an element of a ``DiffOverlay`` compares with the old version.
public enum ElementStatus: String, Sendable, Hashable, CaseIterable {
    /// In both versions, the same.
    case unchanged
    /// Only in the new version.
    case added
    /// Only in the old version.
    case removed
    /// In both, with different details.
    case changed
}

/// Two versions of a case drawn as one: the new graph plus what the old one had and the new
/// lacks, each element marked added, removed, changed or unchanged — what `render --diff OLD`
/// draws.
///
/// Removed relationships keep their ids (written explicitly, so a repeated generated id keeps
/// its `--N`), and removed entities come after the new graph's, so the new graph's indices are
/// unchanged.
public struct DiffOverlay: Sendable {
    /// The new graph with the removed elements added back.
    public let graph: Graph
    /// Per entity index of ``graph``.
    public let entityStatus: [ElementStatus]
    /// Per relationship index of ``graph``.
    public let relationshipStatus: [ElementStatus]
    /// The comparison the marks come from.
    public let diff: GraphDiff

    /// Overlays `old` on `new`.
    /// - Complexity: O(n + m) plus ``GraphDiff/compare(old:new:)``.
    public init(old: Graph, new: Graph) {
        let diff = GraphDiff.compare(old: old, new: new)
        var file = new.caseFile()
        let known = Set(file.sources.map(\.id))
        file.sources += old.sources.filter { !known.contains($0.id) }
        file.entities += diff.removedEntities
        file.relationships += diff.removedRelationships.map { relationship in
            var explicit = relationship
            explicit.hasGeneratedID = false
            return explicit
        }
        for index in file.relationships.indices where new.relationshipCount > index {
            file.relationships[index].id = new.relationshipID(of: index)
            file.relationships[index].hasGeneratedID = false
        }
        var builder = GraphBuilder()
        builder.add(file)
        let merged = (try? builder.build()) ?? new
        let added = Set(diff.addedEntities.map(\.id))
        let removed = Set(diff.removedEntities.map(\.id))
        let changed = Set(diff.changedEntities.map(\.id))
        entityStatus = (0..<merged.entityCount).map { index in
            let id = merged.id(of: index)
            return added.contains(id) ? .added : removed.contains(id) ? .removed : changed.contains(id) ? .changed : .unchanged
        }
        let addedEdges = Set(diff.addedRelationships.map(\.id))
        let removedEdges = Set(diff.removedRelationships.map(\.id))
        let changedEdges = Set(diff.changedRelationships.map(\.id))
        relationshipStatus = (0..<merged.relationshipCount).map { index in
            let id = merged.relationshipID(of: index)
            return addedEdges.contains(id) ? .added : removedEdges.contains(id) ? .removed
                : changedEdges.contains(id) ? .changed : .unchanged
        }
        graph = merged
        self.diff = diff
    }

    /// The status of the entity with `id` (unchanged when no version has it).
    public func status(ofEntity id: String) -> ElementStatus {
        graph.index(ofEntity: id).map { entityStatus[$0] } ?? .unchanged
    }

    /// The status of the relationship with `id` (unchanged when no version has it).
    public func status(ofRelationship id: String) -> ElementStatus {
        graph.index(ofRelationship: id).map { relationshipStatus[$0] } ?? .unchanged
    }
}
