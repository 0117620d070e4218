import CrimeGraph
import CrimeGraphAnalysis

/// A collapsed view of a graph: one node per group of entities (a community, a kind, a
/// property value), with the relationships between two groups counted as one weighted tie.
///
/// This is how a network too large to draw entity by entity is still drawn readably: a
/// 100,000-relationship graph becomes a few dozen communities, each labelled with its size and
/// its most-tied members. Build one with ``init(_:by:minimumSize:smallGroups:maximumGroups:progress:)``
/// and draw it with ``GroupDOTEncoder``; the model is plain data, so a Swift program can also
/// list the groups and ties or analyse them further.
///
/// Groups are ordered largest first (equal sizes in the grouping's own order: community number,
/// kind or value name), so the same graph and grouping always give the same diagram. Groups
/// smaller than the minimum size, and any beyond the maximum count, are gathered into one
/// "other" group or left out (``SmallGroups``); the diagram records how many and how large.
public struct GroupDiagram: Sendable {
    /// One node of the diagram.
    public struct Group: Hashable, Sendable {
        /// The group's name: `community 3`, a kind, a property value, or `other`.
        public let name: String
        /// The entity indices (in the source graph) it holds, ascending.
        public let members: [Int]
        /// Relationships with both ends in the group.
        public let internalRelationships: Int
        /// The kind every member shares; nil when the members are of several kinds.
        public let commonKind: EntityKind?
        /// Up to three members with the most relationships, the most tied first (equal counts
        /// by id): the names a label shows.
        public let mostTied: [Int]
        /// Whether this is the group gathering the groups too small (or too many) to draw.
        public let isOther: Bool
        /// How many groups of the grouping it stands for: 1, or for ``isOther`` the number of
        /// small groups gathered in it.
        public let groupCount: Int

        /// The number of entities in it.
        public var size: Int { members.count }
    }

    /// Relationships between two groups, drawn as one edge.
    public struct Tie: Hashable, Sendable {
        /// One group's index in ``GroupDiagram/groups`` (the lower one).
        public let from: Int
        /// The other group's index.
        public let to: Int
        /// How many relationships join the two groups, in either direction.
        public let relationships: Int
    }

    /// What happens to groups smaller than the minimum size (or beyond the maximum count).
    public enum SmallGroups: String, Sendable, CaseIterable {
        /// Gathered into one node named `other`.
        case other
        /// Left out of the diagram, with their relationships.
        case omit
    }

    /// The graph that was collapsed; ``membership`` and the groups' members index it.
    public let source: Graph
    /// How the entities were grouped.
    public let grouping: DiagramGrouping
    /// The drawn groups, largest first; the `other` group, if any, last.
    public let groups: [Group]
    /// The ties between drawn groups, ordered by the two group indices.
    public let ties: [Tie]
    /// Per entity of the source graph, the index of its group in ``groups``; -1 when its group
    /// was left out.
    public let membership: [Int32]
    /// The number of entities of the source graph.
    public var entityCount: Int { source.entityCount }
    /// The number of relationships of the source graph.
    public var relationshipCount: Int { source.relationshipCount }
    /// The number of groups the grouping found, before small ones were gathered or left out.
    public let foundGroupCount: Int
    /// The smallest size a group needs to be drawn on its own.
    public let minimumSize: Int
    /// What was done with the smaller groups.
    public let smallGroups: SmallGroups
    /// The number of groups gathered into `other` or left out (too small, or beyond the
    /// maximum count).
    public let smallGroupCount: Int
    /// The number of entities in those groups.
    public let smallGroupEntities: Int
    /// The number of groups of at least the minimum size that were still gathered or left out
    /// because of the maximum group count.
    public let cappedGroupCount: Int

    /// The number of entities drawn (inside some group, `other` included).
    public var drawnEntityCount: Int { groups.reduce(0) { $0 + $1.size } }

    /// Relationships drawn as ties or inside groups (both ends in drawn groups).
    public var drawnRelationshipCount: Int {
        ties.reduce(0) { $0 + $1.relationships } + groups.reduce(0) { $0 + $1.internalRelationships }
    }

    /// The largest number of relationships a tie stands for; 0 without ties.
    public var strongestTie: Int { ties.map(\.relationships).max() ?? 0 }

    /// The groups of `graph` by `grouping`.
    ///
    /// - Parameters:
    ///   - graph: the graph to collapse.
    ///   - grouping: what makes a group; communities are found with seeded Louvain.
    ///   - minimumSize: groups with fewer entities are gathered or left out (1 keeps all).
    ///   - smallGroups: gather them into one `other` group (the default) or leave them out.
    ///   - maximumGroups: at most this many nodes (the `other` node included); the smallest
    ///     groups beyond it are treated as small. Nil for no limit.
    ///   - progress: Louvain's progress, for communities.
    /// - Complexity: that of the grouping, plus O(n + m log m).
    public init(
        _ graph: Graph, by grouping: DiagramGrouping, minimumSize: Int = 1, smallGroups: SmallGroups = .other,
        maximumGroups: Int? = nil, progress: ProgressHandler? = nil
    ) {
        self.init(
            graph, grouping: grouping.grouping(of: graph, progress: progress), describedAs: grouping,
            minimumSize: minimumSize, smallGroups: smallGroups, maximumGroups: maximumGroups)
    }

    /// The groups of `graph` given as a `Grouping` (from `Grouping.init(_:by:)` in CrimeGraphAnalysis or your
    /// own labels), described in legends as `description` says.
    /// - Parameters: as ``init(_:by:minimumSize:smallGroups:maximumGroups:progress:)``; a
    ///   grouping that does not cover every entity of `graph` is an error in the caller, and
    ///   entities beyond its end are left out.
    /// - Complexity: O(n + m log m).
    public init(
        _ graph: Graph, grouping: Grouping, describedAs description: DiagramGrouping, minimumSize: Int = 1,
        smallGroups: SmallGroups = .other, maximumGroups: Int? = nil
    ) {
        let built = GroupDiagramBuilder(
            graph: graph, grouping: grouping, minimumSize: max(1, minimumSize), smallGroups: smallGroups,
            maximumGroups: maximumGroups.map { max(1, $0) }
        ).build()
        self.source = graph
        self.grouping = description
        self.groups = built.groups
        self.ties = built.ties
        self.membership = built.membership
        self.foundGroupCount = grouping.labels.count
        self.minimumSize = max(1, minimumSize)
        self.smallGroups = smallGroups
        self.smallGroupCount = built.smallGroupCount
        self.smallGroupEntities = built.smallGroupEntities
        self.cappedGroupCount = built.cappedGroupCount
    }
}
