/// Which relationships and entities a traversal may use.
public struct TraversalOptions: Sendable, Hashable {
    /// Which way relationships may be followed.
    public var direction: Direction
    /// Only relationships of these kinds; nil for all.
    public var relationKinds: Set<RelationKind>?
    /// Only entities of these kinds may be reached (the start is always allowed); nil for all.
    public var entityKinds: Set<EntityKind>?
    /// Entities that may not be passed through or reached.
    public var excludedEntities: Set<Int>
    /// The deepest level to explore; nil for no limit.
    public var maxDepth: Int?

    /// Creates options; the defaults follow every relationship both ways without limit.
    public init(
        direction: Direction = .both, relationKinds: Set<RelationKind>? = nil, entityKinds: Set<EntityKind>? = nil,
        excludedEntities: Set<Int> = [], maxDepth: Int? = nil
    ) {
        self.direction = direction
        self.relationKinds = relationKinds
        self.entityKinds = entityKinds
        self.excludedEntities = excludedEntities
        self.maxDepth = maxDepth
    }
}

/// Options compiled to flat masks over kind codes, for inner loops. Building them costs
/// O(kinds + excluded entities), never O(n): a neighbourhood of a few hundred entities in a
/// large graph must not pay for the whole graph.
struct TraversalMasks {
    let allowedRelationCodes: [Bool]?
    let allowedEntityCodes: [Bool]?
    let excluded: Set<Int>
    let entityKindCodes: [UInt16]
    let relationKindCodes: [UInt16]

    init(_ options: TraversalOptions, in graph: Graph) {
        allowedRelationCodes = options.relationKinds.map { kinds in graph.relationKinds.map { kinds.contains($0) } }
        allowedEntityCodes = options.entityKinds.map { kinds in graph.entityKinds.map { kinds.contains($0) } }
        excluded = options.excludedEntities
        entityKindCodes = graph.entityKindCodes
        relationKindCodes = graph.relationKindCodes
    }

    @inline(__always)
    func allows(relationship: Int) -> Bool {
        allowedRelationCodes?[Int(relationKindCodes[relationship])] ?? true
    }

    @inline(__always)
    func allows(entity: Int) -> Bool {
        if let allowedEntityCodes, !allowedEntityCodes[Int(entityKindCodes[entity])] { return false }
        return excluded.isEmpty || !excluded.contains(entity)
    }
}
