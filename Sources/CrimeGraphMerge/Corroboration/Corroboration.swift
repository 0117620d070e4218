import CrimeGraph

/// The sources that support one fact.
public struct SourceSupport: Hashable, Sendable {
    /// Every cited source id, in first-cited order.
    public let sources: [String]
    /// The cited sources grouped by publisher (see ``SourceIndependence``); each group counts once.
    public let groups: [[String]]
    /// How many independent sources support the fact: the number of groups.
    public var independentSources: Int { groups.count }

    /// `2 independent sources: md1 + md2, cw` (sources of one publisher joined by `+`), or
    /// `no source`.
    public var summary: String {
        guard !groups.isEmpty else { return "no source" }
        let count = groups.count == 1 ? "1 independent source" : "\(groups.count) independent sources"
        return count + ": " + groups.map { $0.joined(separator: " + ") }.joined(separator: ", ")
    }
}

/// How many independent sources support each relationship and entity of a graph.
///
/// A fact's citations are its own and those of the figures among its properties (a figure may
/// cite a paragraph its owner does not). Sources from one publisher count once (see
/// ``SourceIndependence``): two articles of one newspaper are one voice.
public struct Corroboration: Sendable {
    /// Independent sources per relationship index.
    public let relationshipCounts: [Int]
    /// Independent sources per entity index.
    public let entityCounts: [Int]
    private let independence: SourceIndependence

    /// Counts the sources of every fact of `graph`.
    /// - Complexity: O(n + m + c) for c citations.
    public init(graph: Graph) {
        let independence = SourceIndependence(sources: graph.sources)
        self.independence = independence
        relationshipCounts = (0..<graph.relationshipCount).map {
            independence.count(Self.citations(graph.citations(ofRelationship: $0), graph.properties(ofRelationship: $0)))
        }
        entityCounts = (0..<graph.entityCount).map {
            independence.count(Self.citations(graph.citations(ofEntity: $0), graph.properties(ofEntity: $0)))
        }
    }

    /// The sources behind the relationship at `index` of `graph`.
    public func support(ofRelationship index: Int, in graph: Graph) -> SourceSupport {
        support(Self.citations(graph.citations(ofRelationship: index), graph.properties(ofRelationship: index)))
    }

    /// The sources behind the entity at `index` of `graph`.
    public func support(ofEntity index: Int, in graph: Graph) -> SourceSupport {
        support(Self.citations(graph.citations(ofEntity: index), graph.properties(ofEntity: index)))
    }

    private func support(_ citations: [Citation]) -> SourceSupport {
        let groups = independence.groups(citations)
        return SourceSupport(sources: groups.flatMap { $0 }, groups: groups)
    }

    /// A fact's own citations followed by its figures'.
    static func citations(_ own: [Citation], _ properties: PropertyList) -> [Citation] {
        var all = own
        for property in properties {
            for quantity in property.value.quantities { all += quantity.citations }
        }
        return all
    }

    /// The graph keeping only facts that at least `minimumSources` independent sources support.
    ///
    /// A relationship stays when it has at least that many independent sources. An entity stays
    /// when it has that many itself, or when it is an end of a relationship that stays (the
    /// sources of a tie state both of its ends). With `minimumSources` of 1 or less the graph is
    /// returned unchanged.
    /// - Complexity: O(n + m + c), plus the copy of what is kept.
    public static func filter(_ graph: Graph, minimumSources: Int) -> Graph {
        guard minimumSources > 1 else { return graph }
        let counts = Corroboration(graph: graph)
        let keptEdges = counts.relationshipCounts.map { $0 >= minimumSources }
        var keep = counts.entityCounts.map { $0 >= minimumSources }
        for edge in 0..<graph.relationshipCount where keptEdges[edge] {
            keep[graph.source(of: edge)] = true
            keep[graph.target(of: edge)] = true
        }
        return graph.subgraph(keeping: keep.indices.filter { keep[$0] }, includeRelationship: { keptEdges[$0] })
    }
}
