/// Collects case files, entities and relationships and builds an indexed ``Graph``.
///
/// Several files union by id: an entity or source defined identically in two files is kept
/// once; defined differently, it is an error that names both places. Relationships may name
/// entities defined in any file added to the same builder.
///
/// Case-file readers add whole ``CaseFile``s; bulk readers (CSV, matrices, edge lists) use
/// ``addEntity(id:name:kind:)`` and ``addRelationship(from:to:kind:weight:)``, which skip the
/// per-record bookkeeping and keep memory to a few dozen bytes per element.
public struct GraphBuilder: Sendable {
    var title: String?
    var description: String?
    var isDirected: Bool?
    var directedOrigin: String?
    var weightMeaning: WeightMeaning?
    var sources: [Source] = []
    var sourceIndex: [String: Int] = [:]
    var files: [String] = []
    var declaredKinds: [EntityKind: String] = [:]
    var declaredRelationKinds: [RelationKind: String] = [:]

    var kindTable: [EntityKind] = []
    var kindCodes: [EntityKind: UInt16] = [:]
    var relationKindTable: [RelationKind] = []
    var relationKindCodes: [RelationKind: UInt16] = [:]

    var entityIDs = EntityIDTable()
    var entityNames = EntityNameColumn()
    var entityKindCodes: [UInt16] = []
    var entityExtras = SparseColumn<EntityExtras>()
    /// Entity indices by id (the same table as the ids).
    var idIndex: EntityIDTable { entityIDs }
    /// Scratch buffers of ``entityIndices(utf8:ranges:kind:into:)``.
    var batchIndices: [UInt32] = []
    var batchInserted: [Bool] = []
    /// The last relation kind coded, for bulk loads where every row has the same kind.
    var lastRelationKind: (kind: RelationKind, code: UInt16)?

    var edgeSources: [UInt32] = []
    var edgeTargets: [UInt32] = []
    var edgeKindCodes: [UInt16] = []
    var edgeWeights: [Double] = []
    var edgeExtras = SparseColumn<RelationshipExtras>()
    /// Relationships whose ends were not yet defined when they were added, by position.
    var pendingEnds: [Int: PendingEnds] = [:]
    var explicitRelationshipIDs: [String: Int] = [:]
    var generatedKeys: [String: [Int]] = [:]

    /// Problems found so far: conflicts, duplicates, dangling references.
    public private(set) var diagnostics: [Diagnostic] = []

    struct PendingEnds: Sendable {
        var id: String
        var from: String
        var to: String
        var origin: SourceLocation?
    }

    static let pending = UInt32.max

    /// An empty builder.
    public init() {}

    /// Reserves room for bulk loads.
    public mutating func reserveCapacity(entities: Int, relationships: Int) {
        entityIDs.reserve(entities)
        entityKindCodes.reserveCapacity(entities)
        entityExtras.reserve(entities)
        edgeSources.reserveCapacity(relationships)
        edgeTargets.reserveCapacity(relationships)
        edgeKindCodes.reserveCapacity(relationships)
        edgeExtras.reserve(relationships)
    }

    /// The number of entities added so far.
    public var entityCount: Int { entityIDs.count }
    /// The number of relationships added so far.
    public var relationshipCount: Int { edgeSources.count }

    /// The index of an entity already added, by id.
    public func index(ofEntity id: String) -> Int? { idIndex[id].map(Int.init) }

    /// Sets the graph's title unless one is set.
    public mutating func setTitle(_ newTitle: String?) {
        if title == nil { title = newTitle }
    }

    /// Records that an input file contributed to the graph (case files are recorded by
    /// adding the ``CaseFile``; bulk readers call this).
    public mutating func noteFile(_ path: String) {
        files.append(path)
    }

    /// Sets the graph's description unless one is set.
    public mutating func setDescription(_ newDescription: String?) {
        if description == nil { description = newDescription }
    }

    /// Declares whether relationships are one-way; files that disagree are an error.
    public mutating func setDirected(_ directed: Bool, declaredIn file: String) {
        if let isDirected, isDirected != directed {
            diagnostics.append(Diagnostic(at: SourceLocation(file: file),
                "'directed: \(directed)' disagrees with 'directed: \(isDirected)' in \(directedOrigin ?? "an earlier file"); files loaded together must agree"))
            return
        }
        isDirected = directed
        directedOrigin = file
    }

    /// Declares what weights mean; files that disagree are an error.
    public mutating func setWeightMeaning(_ meaning: WeightMeaning?, declaredIn file: String) {
        guard let meaning else { return }
        if let weightMeaning, weightMeaning != meaning {
            diagnostics.append(Diagnostic(at: SourceLocation(file: file),
                "'weight_meaning: \(meaning.rawValue)' disagrees with '\(weightMeaning.rawValue)' declared by an earlier file"))
            return
        }
        weightMeaning = meaning
    }

    // MARK: Kinds

    mutating func code(for kind: EntityKind) -> UInt16 {
        if let code = kindCodes[kind] { return code }
        let code = UInt16(truncatingIfNeeded: kindTable.count)
        kindTable.append(kind)
        kindCodes[kind] = code
        return code
    }

    mutating func code(for kind: RelationKind) -> UInt16 {
        if let last = lastRelationKind, last.kind == kind { return last.code }
        if let code = relationKindCodes[kind] {
            lastRelationKind = (kind, code)
            return code
        }
        let code = UInt16(truncatingIfNeeded: relationKindTable.count)
        relationKindTable.append(kind)
        relationKindCodes[kind] = code
        return code
    }

    /// Declares an entity kind beyond the built-in ones.
    public mutating func declare(kind: EntityKind, description: String?) {
        declaredKinds[kind] = description ?? declaredKinds[kind] ?? ""
    }

    /// Declares a relation kind beyond the built-in ones.
    public mutating func declare(relationKind: RelationKind, description: String?) {
        declaredRelationKinds[relationKind] = description ?? declaredRelationKinds[relationKind] ?? ""
    }

    // MARK: Sources

    /// Adds a source; an identical one already present is kept once, a different one with the
    /// same id is an error.
    public mutating func add(_ source: Source) {
        if let existing = sourceIndex[source.id] {
            let first = sources[existing]
            if first.origin?.file == source.origin?.file {
                report(source.origin, "duplicate source id '\(source.id)' \(place(first.origin))")
            } else if !first.isEquivalent(to: source) {
                report(source.origin, "source '\(source.id)' is defined differently \(place(first.origin))")
            }
            return
        }
        sourceIndex[source.id] = sources.count
        sources.append(source)
    }

    mutating func report(_ origin: SourceLocation?, _ message: String) {
        diagnostics.append(Diagnostic(at: origin ?? SourceLocation(file: "<input>"), message))
    }

    func place(_ origin: SourceLocation?) -> String {
        origin.map { "(first defined at \($0))" } ?? "(first defined earlier)"
    }
}
