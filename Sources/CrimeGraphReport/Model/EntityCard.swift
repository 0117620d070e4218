/// Everything a reader can look up about one entity: what the HTML report shows in its panel
/// when the entity is clicked, and what its search box matches.
public struct EntityCard: Hashable, Sendable {
    /// One property, as shown.
    public struct Fact: Hashable, Sendable {
        /// The property, in words (`foreigners found`).
        public var label: String
        /// The value, in words (`469 people`).
        public var value: String
        /// The notes citing this value.
        public var footnotes: [Int]

        /// Creates a fact.
        public init(label: String, value: String, footnotes: [Int] = []) {
            self.label = label
            self.value = value
            self.footnotes = footnotes
        }
    }

    /// One relationship of the entity, seen from it.
    public struct Link: Hashable, Sendable {
        /// Whether the relationship leaves the entity (`out`) or arrives at it.
        public var isOutgoing: Bool
        /// The relation kind, in words (`holds post`).
        public var kind: String
        /// The id of the entity at the other end.
        public var otherID: String
        /// Its name.
        public var otherName: String
        /// Its kind.
        public var otherKind: String
        /// When, if dated.
        public var date: String?
        /// Further details (`post: Minister of Interior`).
        public var details: String?
        /// The notes citing the relationship.
        public var footnotes: [Int]

        /// Creates a link.
        public init(
            isOutgoing: Bool, kind: String, otherID: String, otherName: String, otherKind: String, date: String? = nil,
            details: String? = nil, footnotes: [Int] = []
        ) {
            self.isOutgoing = isOutgoing
            self.kind = kind
            self.otherID = otherID
            self.otherName = otherName
            self.otherKind = otherKind
            self.date = date
            self.details = details
            self.footnotes = footnotes
        }
    }

    /// The entity id.
    public var id: String
    /// The name.
    public var name: String
    /// The kind.
    public var kind: String
    /// Other names.
    public var aliases: [String]
    /// Labels beyond the kind.
    public var tags: [String]
    /// When, if dated.
    public var date: String?
    /// Its properties.
    public var facts: [Fact]
    /// Its relationships, outgoing first, each in relationship order.
    public var links: [Link]
    /// The notes citing the entity itself.
    public var footnotes: [Int]

    /// Creates a card.
    public init(
        id: String, name: String, kind: String, aliases: [String] = [], tags: [String] = [], date: String? = nil,
        facts: [Fact] = [], links: [Link] = [], footnotes: [Int] = []
    ) {
        self.id = id
        self.name = name
        self.kind = kind
        self.aliases = aliases
        self.tags = tags
        self.date = date
        self.facts = facts
        self.links = links
        self.footnotes = footnotes
    }
}
