extension Graph {
    // MARK: Entities

    /// The id of the entity at `index`.
    @inlinable public func id(of index: Int) -> String { entityID(index) }
    /// The display name of the entity at `index`.
    public func name(of index: Int) -> String { entityNames[index] }
    /// The kind of the entity at `index`.
    public func kind(of index: Int) -> EntityKind { entityKinds[Int(entityKindCodes[index])] }

    @usableFromInline func entityID(_ index: Int) -> String { entityIDs[index] }

    /// The index of the entity with exactly this id.
    /// - Complexity: O(1) on average.
    public func index(ofEntity id: String) -> Int? { idIndex[id].map(Int.init) }

    /// The entity at `index`, with all its details.
    public func entity(at index: Int) -> Entity {
        let extras = entityExtras[index] ?? EntityExtras()
        return Entity(
            id: entityIDs[index], kind: kind(of: index), name: entityNames[index], aliases: extras.aliases,
            tags: extras.tags, date: extras.date, properties: extras.properties, citations: extras.citations,
            origin: extras.origin)
    }

    /// The aliases of the entity at `index`.
    public func aliases(of index: Int) -> [String] { entityExtras[index]?.aliases ?? [] }
    /// The tags of the entity at `index`.
    public func tags(of index: Int) -> [String] { entityExtras[index]?.tags ?? [] }
    /// The date of the entity at `index`.
    public func date(ofEntity index: Int) -> CaseDate? { entityExtras[index]?.date }
    /// The properties of the entity at `index`.
    public func properties(ofEntity index: Int) -> PropertyList { entityExtras[index]?.properties ?? [:] }
    /// The citations of the entity at `index`.
    public func citations(ofEntity index: Int) -> [Citation] { entityExtras[index]?.citations ?? [] }

    /// Every entity, materialized, in index order.
    public var entities: [Entity] { (0..<entityCount).map(entity(at:)) }

    /// The indices of the entities of `kind`, ascending.
    public func entities(ofKind kind: EntityKind) -> [Int] {
        guard let code = entityKinds.firstIndex(of: kind) else { return [] }
        return entitiesByKind[code].map(Int.init)
    }

    /// The number of entities of each kind present.
    public var entityCountsByKind: [EntityKind: Int] {
        Dictionary(uniqueKeysWithValues: entityKinds.enumerated().map { ($1, entitiesByKind[$0].count) })
    }

    // MARK: Relationships

    /// The index of the entity the relationship at `index` starts from.
    @inlinable public func source(of relationship: Int) -> Int { Int(relationshipSources[relationship]) }
    /// The index of the entity the relationship at `index` points to.
    @inlinable public func target(of relationship: Int) -> Int { Int(relationshipTargets[relationship]) }
    /// The kind of the relationship at `index`.
    public func relationKind(of relationship: Int) -> RelationKind {
        relationKinds[Int(relationKindCodes[relationship])]
    }
    /// The weight of the relationship at `index`, if it has one.
    public func weight(of relationship: Int) -> Double? {
        guard !relationshipWeights.isEmpty else { return nil }
        let weight = relationshipWeights[relationship]
        return weight.isNaN ? nil : weight
    }
    /// The date of the relationship at `index`.
    public func date(ofRelationship index: Int) -> CaseDate? { relationshipExtras[index]?.date }
    /// The citations of the relationship at `index`.
    public func citations(ofRelationship index: Int) -> [Citation] { relationshipExtras[index]?.citations ?? [] }
    /// The properties of the relationship at `index`.
    public func properties(ofRelationship index: Int) -> PropertyList {
        relationshipExtras[index]?.properties ?? [:]
    }

    /// The id of the relationship at `index`: the written one, or `FROM--KIND--TO` (with `--2`,
    /// `--3`, … for repeats of the same triple in load order).
    public func relationshipID(of index: Int) -> String {
        if let explicit = relationshipExtras[index]?.explicitID { return explicit }
        let base = Relationship.generatedID(
            from: entityIDs[source(of: index)], kind: relationKind(of: index), to: entityIDs[target(of: index)])
        if let rank = generatedIDRanks[UInt32(index)] { return "\(base)--\(rank)" }
        return base
    }

    /// The relationship at `index`, with all its details.
    public func relationship(at index: Int) -> Relationship {
        let extras = relationshipExtras[index]
        var relationship = Relationship(
            id: relationshipID(of: index), from: entityIDs[source(of: index)], to: entityIDs[target(of: index)],
            kind: relationKind(of: index), date: extras?.date, weight: weight(of: index),
            properties: extras?.properties ?? [:], citations: extras?.citations ?? [], origin: extras?.origin)
        relationship.hasGeneratedID = extras?.explicitID == nil
        return relationship
    }

    /// Every relationship, materialized, in index order.
    public var relationships: [Relationship] { (0..<relationshipCount).map(relationship(at:)) }

    /// The index of the relationship with this id.
    /// - Complexity: O(1) on average after an O(m) index built on first use.
    public func index(ofRelationship id: String) -> Int? {
        cache.relationshipIDs.withLock { table in
            if table == nil {
                var built = [String: UInt32](minimumCapacity: relationshipCount)
                for index in 0..<relationshipCount { built[relationshipID(of: index)] = UInt32(index) }
                table = built
            }
            return table?[id].map(Int.init)
        }
    }

    /// The indices of the relationships of `kind`, ascending.
    public func relationships(ofKind kind: RelationKind) -> [Int] {
        guard let code = relationKinds.firstIndex(of: kind) else { return [] }
        return relationshipsByKind[code].map(Int.init)
    }

    /// The number of relationships of each kind present.
    public var relationshipCountsByKind: [RelationKind: Int] {
        Dictionary(uniqueKeysWithValues: relationKinds.enumerated().map { ($1, relationshipsByKind[$0].count) })
    }

    // MARK: Sources

    /// The source with this id.
    public func source(withID id: String) -> Source? { sources.first { $0.id == id } }

    /// The earliest-starting and latest-ending dates of every dated entity and relationship.
    public var dateSpan: DateSpan? {
        var earliest: CaseDate?
        var latest: CaseDate?
        func visit(_ date: CaseDate?) {
            guard let date else { return }
            if earliest.map({ date.firstDay < $0.firstDay }) ?? true { earliest = date }
            if latest.map({ date.lastDay > $0.lastDay }) ?? true { latest = date }
        }
        for value in entityExtras.values { visit(value.date) }
        for value in relationshipExtras.values { visit(value.date) }
        guard let earliest, let latest else { return nil }
        return DateSpan(earliest: earliest, latest: latest)
    }
}

/// The dates a graph covers.
public struct DateSpan: Hashable, Sendable {
    /// The date that starts first.
    public let earliest: CaseDate
    /// The date that ends last.
    public let latest: CaseDate
}
