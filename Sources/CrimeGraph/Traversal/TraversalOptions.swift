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

/// Options compiled to flat masks over kind codes and entity indices, for inner loops.
struct TraversalMasks {
    let allowedRelationCodes: [Bool]?
    let allowedEntities: [Bool]?

    init(_ options: TraversalOptions, in graph: Graph) {
        allowedRelationCodes = options.relationKinds.map { kinds in graph.relationKinds.map { kinds.contains($0) } }
        if options.entityKinds == nil && options.excludedEntities.isEmpty {
            allowedEntities = nil
        } else {
            let kindMask = options.entityKinds.map { kinds in graph.entityKinds.map { kinds.contains($0) } }
            var allowed = [Bool](repeating: true, count: graph.entityCount)
            if let kindMask {
                for index in 0..<graph.entityCount where !kindMask[Int(graph.entityKindCodes[index])] {
                    allowed[index] = false
                }
            }
            for index in options.excludedEntities where index >= 0 && index < allowed.count { allowed[index] = false }
            allowedEntities = allowed
        }
    }

    @inline(__always)
    func allows(relationship: Int, in graph: Graph) -> Bool {
        allowedRelationCodes?[Int(graph.relationKindCodes[relationship])] ?? true
    }

    @inline(__always)
    func allows(entity: Int) -> Bool { allowedEntities?[entity] ?? true }
}
