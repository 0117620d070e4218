import CrimeGraph

/// How a projected tie is weighted.
public enum ProjectionWeighting: String, Sendable, CaseIterable {
    /// The number of shared entities (NetworkX's `bipartite.weighted_projected_graph`).
    case shared
    /// Newman's collaboration weight Σ 1/(d_k − 1) over the shared entities k, d_k being k's
    /// number of projected-kind neighbours (NetworkX's
    /// `bipartite.collaboration_weighted_projected_graph`): sharing a small event says more
    /// than sharing a large one.
    case newman
}

/// One tie of a projection: two entities of the projected kind that share neighbours.
public struct ProjectedTie: Hashable, Sendable {
    /// The entity with the lower index (in the source graph).
    public let from: Int
    /// The entity with the higher index.
    public let to: Int
    /// The tie's weight, as the ``ProjectionWeighting`` says.
    public let weight: Double
    /// The shared entities, ascending by index.
    public let shared: [Int]
}

/// A two-mode to one-mode projection: the entities of one kind (ONTO), tied when they share
/// neighbours of another kind (VIA) — companies linked by shared nationalities, people by
/// shared events.
///
/// The projection reads the two-mode subgraph of ONTO and VIA entities, ignoring direction,
/// relation kinds, parallel relationships and every other kind; d_k in Newman's weighting
/// counts k's distinct ONTO neighbours. Every ONTO entity is kept, tied or not, as NetworkX's
/// projections keep every node.
public struct Projection: Sendable {
    /// The graph projected.
    public let source: Graph
    /// The kind whose entities are linked.
    public let onto: EntityKind
    /// The kind whose shared entities link them.
    public let via: EntityKind
    /// The weighting used.
    public let weighting: ProjectionWeighting
    /// The ONTO entities (indices in ``source``), ascending.
    public let entities: [Int]
    /// The ties, ordered by `from` then `to` index.
    public let ties: [ProjectedTie]

    /// The relation kind of the projected ties: `shares_<via>`.
    public var relationKind: RelationKind { RelationKind(rawValue: "shares_\(via.rawValue)") }

    /// Projects `graph` onto the entities of kind `onto` through those of kind `via`.
    /// - Throws: ``ProjectionError`` when the kinds are equal, absent, or never linked.
    /// - Complexity: O(n + m log d + Σ_k d_k²) over the VIA entities k (each pair sharing k is
    ///   visited once per shared entity).
    public init(_ graph: Graph, onto: EntityKind, via: EntityKind, weighting: ProjectionWeighting = .shared) throws(ProjectionError) {
        if onto == via { throw ProjectionError(.sameKind(onto)) }
        let ontoEntities = graph.entities(ofKind: onto)
        let viaEntities = graph.entities(ofKind: via)
        if ontoEntities.isEmpty { throw ProjectionError(.noEntities(onto)) }
        if viaEntities.isEmpty { throw ProjectionError(.noEntities(via)) }
        let links = TwoModeLinks(graph, onto: ontoEntities, via: viaEntities)
        if links.isEmpty {
            throw ProjectionError(.notLinked(onto: onto, via: via, linkedKinds: ProjectionError.linkedKinds(of: ontoEntities, in: graph)))
        }
        source = graph
        self.onto = onto
        self.via = via
        self.weighting = weighting
        entities = ontoEntities
        ties = links.ties(weighting: weighting)
    }
}
