import CrimeGraph
import CrimeGraphAnalysis

/// What gathers entities into one node of a collapsed diagram (``GroupDiagram``).
public enum DiagramGrouping: Hashable, Sendable {
    /// Communities found by the Louvain method on the undirected, unweighted view, with this
    /// seed (the same seed always gives the same groups) and resolution.
    case community(seed: UInt64 = 1, resolution: Double = 1)
    /// One group per entity kind.
    case kind
    /// One group per first tag; entities without tags form one group.
    case tag
    /// One group per value of this property, compared as displayed; entities without it form
    /// one group.
    case property(String)

    /// What one group is, for legends: `community`, `kind`, `tag`, `value of 'city'`.
    public var noun: String {
        switch self {
        case .community: return "community"
        case .kind: return "kind"
        case .tag: return "tag"
        case .property(let name): return "value of '\(name)'"
        }
    }

    /// The plural of ``noun``.
    public var pluralNoun: String {
        switch self {
        case .community: return "communities"
        case .kind: return "kinds"
        case .tag: return "tags"
        case .property(let name): return "values of '\(name)'"
        }
    }

    /// How the groups were found, when it needs saying: `Louvain, seed 1`; nil for kinds,
    /// tags and properties.
    public var method: String? {
        guard case .community(let seed, let resolution) = self else { return nil }
        return "Louvain, seed \(seed)" + (resolution == 1 ? "" : ", resolution \(resolution)")
    }

    /// The group of every entity of `graph`.
    /// - Parameters:
    ///   - graph: the view whose entities are grouped.
    ///   - progress: Louvain's progress (`Louvain.communities(in:seed:resolution:threshold:maxLevels:progress:)`
    ///     in CrimeGraphAnalysis); unused by the other groupings, which are immediate.
    /// - Complexity: near-linear in n + m for communities, O(n log n) otherwise.
    public func grouping(of graph: Graph, progress: ProgressHandler? = nil) -> Grouping {
        switch self {
        case .community(let seed, let resolution):
            let found = Louvain.communities(in: AnalysisGraph(graph, directed: false), seed: seed, resolution: resolution, progress: progress)
            return Grouping(graph, by: .community(found))
        case .kind: return Grouping(graph, by: .kind)
        case .tag: return Self.naming(Grouping(graph, by: .tag), missing: "no tag")
        case .property(let name): return Self.naming(Grouping(graph, by: .property(name)), missing: "no \(name)")
        }
    }

    /// `grouping` with its group of entities lacking the value called `missing`.
    static func naming(_ grouping: Grouping, missing: String) -> Grouping {
        Grouping(groups: grouping.groups, labels: grouping.labels.map { $0 == Grouping.missingLabel ? missing : $0 })
    }
}
