/// An indexed, immutable graph of entities and relationships, built once from case files or a
/// bulk reader and shared freely between threads.
///
/// Entities are numbered `0..<entityCount` and relationships `0..<relationshipCount` with 32-bit
/// indices. Storage is columnar: ids, names, kind codes and relationship ends live in flat arrays,
/// and the rarer details (aliases, properties, citations, dates) in side tables that bulk
/// imports leave empty — a million-node call graph costs a few dozen bytes per entity.
/// Neighbours are in compressed sparse row ``Adjacency`` arrays for each ``Direction``.
///
/// Build one with ``GraphBuilder`` (or load files with `GraphLoader` from CrimeGraphIO).
public struct Graph: Sendable {
    /// The case's title (the first file's that has one).
    public let title: String?
    /// The case's description (the first file's that has one).
    public let description: String?
    /// Whether relationships are one-way. When false every relationship is symmetric.
    public let isDirected: Bool
    /// What relationship weights mean, when any relationship has one.
    public let weightMeaning: WeightMeaning?
    /// Every source, in load order.
    public let sources: [Source]
    /// The files the graph was loaded from, in load order.
    public let files: [String]
    /// Entity kinds declared by the loaded files beyond the built-in ones, with descriptions.
    public let declaredKinds: [EntityKind: String]
    /// Relation kinds declared by the loaded files beyond the built-in ones, with descriptions.
    public let declaredRelationKinds: [RelationKind: String]

    /// The distinct entity kinds present; an entity's kind code indexes this table.
    public let entityKinds: [EntityKind]
    /// The distinct relation kinds present; a relationship's kind code indexes this table.
    public let relationKinds: [RelationKind]

    let entityIDs: EntityIDTable
    let entityNameColumn: EntityNameColumn
    /// Per entity, an index into ``entityKinds``.
    public let entityKindCodes: [UInt16]
    let entityExtras: SparseColumn<EntityExtras>

    /// Per relationship, the index of its `from` entity.
    public let relationshipSources: [UInt32]
    /// Per relationship, the index of its `to` entity.
    public let relationshipTargets: [UInt32]
    /// Per relationship, an index into ``relationKinds``.
    public let relationKindCodes: [UInt16]
    /// Per relationship, its weight; empty when no relationship has one, NaN where one lacks it.
    public let relationshipWeights: [Double]
    let relationshipExtras: SparseColumn<RelationshipExtras>
    /// Relationships at each entity in either direction (a self-loop is listed twice).
    public let undirected: Adjacency

    let entitiesByKind: [[UInt32]]
    let cache: LookupCache

    /// Relationships leaving each entity (built on first use: a bulk-loaded graph that is only
    /// explored both ways never pays for it).
    public var outgoing: Adjacency {
        cache.outgoing.withLock { built in
            if let built { return built }
            let adjacency = Adjacency.build(nodeCount: entityCount, sources: relationshipSources, targets: relationshipTargets)
            built = adjacency
            return adjacency
        }
    }

    /// A value another CrimeGraph module derives from this graph and keeps with it for the
    /// graph's lifetime (the query module's plan cache), one per type, made by `make` on first
    /// use. Copies of a graph share it, as they share the graph's other lazily built indexes; a
    /// graph never changes, so what is derived from it never goes stale.
    package func derived<Value: AnyObject & Sendable>(_ type: Value.Type = Value.self, make: () -> Value) -> Value {
        cache.derived.withLock { table in
            if let made = table[ObjectIdentifier(type)] as? Value { return made }
            let made = make()
            table[ObjectIdentifier(type)] = made
            return made
        }
    }

    /// Relationships arriving at each entity (built on first use).
    public var incoming: Adjacency {
        cache.incoming.withLock { built in
            if let built { return built }
            let adjacency = Adjacency.build(
                nodeCount: entityCount, sources: relationshipSources, targets: relationshipTargets, reversed: true)
            built = adjacency
            return adjacency
        }
    }

    /// Entity names by index (the id where no other name was given).
    var entityNames: Names { Names(ids: entityIDs, column: entityNameColumn) }
    /// Entity indices by id.
    var idIndex: EntityIDTable { entityIDs }

    /// The relationships of each kind code, ascending (built on first use).
    var relationshipsByKind: [[UInt32]] {
        cache.relationshipsByKind.withLock { built in
            if let built { return built }
            var lists = [[UInt32]](repeating: [], count: relationKinds.count)
            for (index, code) in relationKindCodes.enumerated() { lists[Int(code)].append(UInt32(index)) }
            built = lists
            return lists
        }
    }

    /// Suffix ranks (2, 3, …) of relationships whose generated id repeats an earlier one's
    /// (numbered on first use).
    var generatedIDRanks: [UInt32: UInt32] {
        cache.generatedIDRanks.withLock { built in
            if let built { return built }
            let ranks = Self.repeatedGeneratedIDRanks(outgoing: outgoing, kindCodes: relationKindCodes, extras: relationshipExtras)
            built = ranks
            return ranks
        }
    }

    /// The number of entities.
    public var entityCount: Int { entityIDs.count }
    /// The number of relationships.
    public var relationshipCount: Int { relationshipSources.count }

    /// The neighbour lists for `direction`. On an undirected graph every direction is ``undirected``.
    public func adjacency(_ direction: Direction) -> Adjacency {
        guard isDirected else { return undirected }
        switch direction {
        case .outgoing: return outgoing
        case .incoming: return incoming
        case .both: return undirected
        }
    }

    /// Whether any relationship has a weight.
    public var isWeighted: Bool { !relationshipWeights.isEmpty }
}

/// Details most bulk-loaded entities lack.
struct EntityExtras: Sendable {
    var aliases: [String] = []
    var tags: [String] = []
    var date: CaseDate?
    var properties = PropertyList()
    var citations: [Citation] = []
    var origin: SourceLocation?

    var isEmpty: Bool {
        aliases.isEmpty && tags.isEmpty && date == nil && properties.isEmpty && citations.isEmpty && origin == nil
    }
}

/// Details most bulk-loaded relationships lack.
struct RelationshipExtras: Sendable {
    var explicitID: String?
    var date: CaseDate?
    var properties = PropertyList()
    var citations: [Citation] = []
    var origin: SourceLocation?

    var isEmpty: Bool {
        explicitID == nil && date == nil && properties.isEmpty && citations.isEmpty && origin == nil
    }
}

/// A column where most rows have no value: 4 bytes per row plus the rows that have one, and
/// nothing at all while no row has one.
struct SparseColumn<Value: Sendable>: Sendable {
    private(set) var slots: [UInt32] = []
    private(set) var values: [Value] = []
    static var none: UInt32 { UInt32.max }

    /// The number of rows.
    private(set) var count = 0

    mutating func append(_ value: Value?) {
        if let value {
            // Rows before the first value take no room until then.
            if slots.count < count { slots.append(contentsOf: repeatElement(Self.none, count: count - slots.count)) }
            slots.append(UInt32(values.count))
            values.append(value)
        } else if !slots.isEmpty {
            slots.append(Self.none)
        }
        count += 1
    }

    subscript(row: Int) -> Value? {
        guard row < slots.count else { return nil }
        let slot = slots[row]
        return slot == Self.none ? nil : values[Int(slot)]
    }

    mutating func reserve(_ count: Int) { if !slots.isEmpty { slots.reserveCapacity(count) } }
}

/// Indexes built on first use: folded names for lookup, relationship ids, the one-way
/// adjacencies, per-kind relationship lists and generated-id ranks.
final class LookupCache: Sendable {
    let names = Locked<NameIndex?>(nil)
    let relationshipIDs = Locked<[String: UInt32]?>(nil)
    let outgoing = Locked<Adjacency?>(nil)
    let incoming = Locked<Adjacency?>(nil)
    let relationshipsByKind = Locked<[[UInt32]]?>(nil)
    let generatedIDRanks = Locked<[UInt32: UInt32]?>(nil)
    /// What other modules keep with the graph (``Graph/derived(_:make:)``), one per type.
    let derived = Locked<[ObjectIdentifier: AnyObject]>([:])
    /// Marks for small searches, returned after use (``Graph/borrowVisitMarks()``).
    let visitMarks = Locked<[VisitMarks]>([])
    /// How many sets of marks the pool keeps: one per thread that searches at once, at 8 bytes
    /// per entity each.
    static let pooledMarks = 8
}
