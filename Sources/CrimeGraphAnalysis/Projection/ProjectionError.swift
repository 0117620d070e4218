import CrimeGraph

/// Why a projection cannot be made.
public struct ProjectionError: Error, CustomStringConvertible, Sendable {
    /// The reasons.
    public enum Reason: Hashable, Sendable {
        /// ONTO and VIA are the same kind.
        case sameKind(EntityKind)
        /// The graph has no entity of this kind.
        case noEntities(EntityKind)
        /// No relationship joins an ONTO entity to a VIA entity; `linkedKinds` lists the kinds
        /// ONTO entities are linked to, with how many relationships, most first.
        case notLinked(onto: EntityKind, via: EntityKind, linkedKinds: [LinkedKind])
    }

    /// A kind of entity linked to the ONTO entities, with the number of relationships.
    public struct LinkedKind: Hashable, Sendable {
        /// The kind.
        public let kind: EntityKind
        /// How many relationships join ONTO entities to entities of that kind.
        public let relationships: Int
    }

    /// What went wrong.
    public let reason: Reason

    /// Creates an error.
    public init(_ reason: Reason) { self.reason = reason }

    /// What went wrong, in a sentence for the user.
    public var description: String {
        switch reason {
        case .sameKind(let kind):
            return "cannot project '\(kind)' onto itself: a projection links entities of one kind through entities of another"
        case .noEntities(let kind):
            return "the graph has no entity of kind '\(kind)'"
        case .notLinked(let onto, let via, let linked):
            let others = linked.map { "\($0.kind) (\($0.relationships))" }.joined(separator: ", ")
            return "no relationship links a '\(onto)' to a '\(via)'"
                + (others.isEmpty ? "; '\(onto)' entities have no relationships" : "; '\(onto)' entities are linked to: \(others)")
        }
    }

    /// The kinds the `entities` are linked to, by relationship count (most first, then name).
    /// - Complexity: O(Σ degree + k log k) for k kinds.
    static func linkedKinds(of entities: [Int], in graph: Graph) -> [LinkedKind] {
        var counts = [Int](repeating: 0, count: graph.entityKinds.count)
        for entity in entities {
            for neighbor in graph.undirected.neighbors(of: entity) { counts[Int(graph.entityKindCodes[Int(neighbor)])] += 1 }
        }
        return counts.indices.filter { counts[$0] > 0 }
            .map { LinkedKind(kind: graph.entityKinds[$0], relationships: counts[$0]) }
            .sorted { $0.relationships != $1.relationships ? $0.relationships > $1.relationships : $0.kind < $1.kind }
    }
}
