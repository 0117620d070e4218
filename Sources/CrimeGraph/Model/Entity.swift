/// A thing in the case: a person, company, agency, place, event, offence, outcome….
public struct Entity: Hashable, Sendable {
    /// A stable slug, unique across every file loaded together.
    public var id: String
    /// What sort of thing it is.
    public var kind: EntityKind
    /// How it is displayed.
    public var name: String
    /// Other names, spellings, transliterations.
    public var aliases: [String]
    /// Labels beyond the kind.
    public var tags: [String]
    /// When it happened (events, outcomes).
    public var date: CaseDate?
    /// Further facts.
    public var properties: PropertyList
    /// Where it is stated.
    public var citations: [Citation]
    /// Where it was defined.
    public var origin: SourceLocation?

    /// Creates an entity.
    public init(
        id: String, kind: EntityKind, name: String, aliases: [String] = [], tags: [String] = [],
        date: CaseDate? = nil, properties: PropertyList = [:], citations: [Citation] = [],
        origin: SourceLocation? = nil
    ) {
        self.id = id
        self.kind = kind
        self.name = name
        self.aliases = aliases
        self.tags = tags
        self.date = date
        self.properties = properties
        self.citations = citations
        self.origin = origin
    }

    /// Equality of content, ignoring where it was written.
    public func isEquivalent(to other: Entity) -> Bool {
        var a = self
        var b = other
        a.origin = nil
        b.origin = nil
        return a == b
    }
}

/// A typed, directed, dated and sourced tie between two entities.
public struct Relationship: Hashable, Sendable {
    /// A stable slug; generated as `FROM--KIND--TO` when the file gives none.
    public var id: String
    /// Whether ``id`` was generated rather than written (writers leave generated ids out).
    public var hasGeneratedID: Bool
    /// The id of the entity the relationship starts from.
    public var from: String
    /// The id of the entity it points to.
    public var to: String
    /// What the tie is.
    public var kind: RelationKind
    /// When it held or happened.
    public var date: CaseDate?
    /// Tie strength or distance, as the graph's ``WeightMeaning`` says.
    public var weight: Double?
    /// Further facts.
    public var properties: PropertyList
    /// Where it is stated.
    public var citations: [Citation]
    /// Where it was defined.
    public var origin: SourceLocation?

    /// Creates a relationship; with no id, one is generated from `from`, `kind` and `to`.
    public init(
        id: String? = nil, from: String, to: String, kind: RelationKind, date: CaseDate? = nil,
        weight: Double? = nil, properties: PropertyList = [:], citations: [Citation] = [],
        origin: SourceLocation? = nil
    ) {
        self.id = id ?? Relationship.generatedID(from: from, kind: kind, to: to)
        self.hasGeneratedID = id == nil
        self.from = from
        self.to = to
        self.kind = kind
        self.date = date
        self.weight = weight
        self.properties = properties
        self.citations = citations
        self.origin = origin
    }

    /// `FROM--KIND--TO`, the id of a relationship written without one.
    public static func generatedID(from: String, kind: RelationKind, to: String) -> String {
        "\(from)--\(kind.rawValue)--\(to)"
    }

    /// Equality of content, ignoring where it was written and whether its id was generated.
    public func isEquivalent(to other: Relationship) -> Bool {
        var a = self
        var b = other
        a.origin = nil
        b.origin = nil
        a.hasGeneratedID = false
        b.hasGeneratedID = false
        return a == b
    }
}

/// What a relationship's weight means, declared once per graph.
public enum WeightMeaning: String, Sendable, Hashable, CaseIterable {
    /// Higher is a closer tie (call counts, meetings). Path-based measures use 1/weight.
    case strength
    /// Higher is farther (cost, travel time). Path-based measures use the weight as is.
    case distance
}
