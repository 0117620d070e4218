/// One case file as written: the unit that is read, validated, converted and written.
///
/// A ``Graph`` is built from one or more case files; a case file keeps the author's order and
/// wording so that writing it back changes nothing but the format.
public struct CaseFile: Hashable, Sendable {
    /// The schema version this library reads and writes.
    public static let schemaVersion = 1

    /// A kind added by a case file beyond the built-in ones.
    public struct KindDeclaration: Hashable, Sendable {
        /// The slug.
        public var id: String
        /// What it means.
        public var description: String?
        /// Creates a declaration.
        public init(id: String, description: String? = nil) {
            self.id = id
            self.description = description
        }
    }

    /// A title for the whole case.
    public var title: String?
    /// Free text about the case.
    public var description: String?
    /// Whether relationships are one-way (the default) or all symmetric.
    public var isDirected: Bool
    /// What relationship weights mean, if any relationship has one.
    public var weightMeaning: WeightMeaning?
    /// Entity kinds declared by this file.
    public var kinds: [KindDeclaration]
    /// Relation kinds declared by this file.
    public var relationKinds: [KindDeclaration]
    /// The sources facts are cited from.
    public var sources: [Source]
    /// The entities.
    public var entities: [Entity]
    /// The relationships.
    public var relationships: [Relationship]
    /// The path the file was read from, if it was read from one.
    public var path: String?

    /// Creates a case file.
    public init(
        title: String? = nil, description: String? = nil, isDirected: Bool = true,
        weightMeaning: WeightMeaning? = nil, kinds: [KindDeclaration] = [],
        relationKinds: [KindDeclaration] = [], sources: [Source] = [], entities: [Entity] = [],
        relationships: [Relationship] = [], path: String? = nil
    ) {
        self.title = title
        self.description = description
        self.isDirected = isDirected
        self.weightMeaning = weightMeaning
        self.kinds = kinds
        self.relationKinds = relationKinds
        self.sources = sources
        self.entities = entities
        self.relationships = relationships
        self.path = path
    }
}
