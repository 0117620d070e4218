import CrimeGraph

/// The sections of the standard report, in the order they appear.
public enum StandardSection: String, CaseIterable, Sendable {
    /// Counts by kind, the span of dates, and every figure the sources report.
    case summary
    /// The whole network as a diagram (inline SVG with pan and zoom in HTML).
    case diagram
    /// Centrality: who is central, by several measures, each explained.
    case keyPlayers = "key-players"
    /// Brokerage roles, structural holes, cut points and bridges.
    case brokers
    /// Louvain communities, each with a small diagram.
    case communities
    /// How the focus entities connect, hop by hop with citations.
    case connections
    /// Dated events and relationships in order.
    case timeline
    /// Offence → operation → outcome, per company or place.
    case outcomes
    /// The numbered sources with their reliability, and the notes.
    case sources

    /// The heading of the section.
    public var title: String {
        switch self {
        case .summary: return "Summary"
        case .diagram: return "Network diagram"
        case .keyPlayers: return "Key players"
        case .brokers: return "Brokers and cut points"
        case .communities: return "Communities"
        case .connections: return "Connections"
        case .timeline: return "Timeline"
        case .outcomes: return "Outcome chains"
        case .sources: return "Sources"
        }
    }
}

/// What the standard report contains and how it is computed.
public struct ReportOptions: Sendable {
    /// The title; nil uses the case title.
    public var title: String?
    /// Entities to trace connections between, highlighted in the diagram.
    public var focus: [Int]
    /// The sections to include, in report order whatever the order given.
    public var sections: Set<StandardSection>
    /// How many rows the ranked tables show.
    public var top: Int
    /// The seed of the Louvain communities (as `crimegraph communities --seed`) and of the
    /// force-directed layouts (0 and 1 give the same layout, as `crimegraph render`).
    public var seed: Int
    /// The date the graph was cut off at (`--as-of`), stated in the report; the caller filters
    /// the graph.
    public var asOf: CaseDate?
    /// The input files, named in the summary.
    public var files: [String]
    /// The most communities drawn, largest first.
    public var maximumCommunityFigures: Int
    /// Whether the main diagram draws relationships as straight lines. Graphviz 2.43's spline
    /// routing around nodes takes 16 s for the 96-entity Sihanoukville graph with neato, straight
    /// lines 0.3 s.
    public var straightEdges: Bool

    /// The full report with default settings.
    public init(
        title: String? = nil, focus: [Int] = [], sections: Set<StandardSection> = Set(StandardSection.allCases), top: Int = 10,
        seed: Int = 0, asOf: CaseDate? = nil, files: [String] = [], maximumCommunityFigures: Int = 6, straightEdges: Bool = true
    ) {
        self.title = title
        self.focus = focus
        self.sections = sections
        self.top = top
        self.seed = seed
        self.asOf = asOf
        self.files = files
        self.maximumCommunityFigures = maximumCommunityFigures
        self.straightEdges = straightEdges
    }
}
