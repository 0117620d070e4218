import CrimeGraph

/// How a diagram looks: title, labels, legend, clusters, layout and emphasis.
public struct DiagramOptions: Sendable {
    /// What edge labels show.
    public enum EdgeLabels: String, Sendable, CaseIterable {
        /// No labels.
        case none
        /// The relation kind.
        case kind
        /// The relation kind and, where known, the date.
        case kindAndDate = "kind+date"
    }

    /// How entities are grouped into boxes.
    public enum Clustering: Hashable, Sendable {
        /// One box per entity kind.
        case kind
        /// One box per value of a property (entities without it stay outside).
        case property(String)
    }

    /// The diagram's title, drawn at the top; nil for none.
    public var title: String?
    /// What edge labels show; nil chooses `kind` for small graphs and `none` above
    /// ``maximumLabelledRelationships``.
    public var edgeLabels: EdgeLabels?
    /// Whether to draw a legend of the kinds present.
    public var legend: Bool
    /// Grouping into clusters; nil for none.
    public var clustering: Clustering?
    /// The random seed of force-directed layouts, so re-renders do not reshuffle.
    public var seed: Int
    /// Longest line of a node label before it wraps.
    public var labelWidth: Int
    /// Per entity, a relative size (1 is normal); entities absent keep the normal size.
    public var nodeScale: [Int: Double]
    /// Per entity, a fill colour (`#RRGGBB`) replacing its kind's.
    public var nodeFill: [Int: String]
    /// Entities drawn with a thick outline.
    public var highlightedEntities: Set<Int>
    /// Relationships drawn thick and coloured.
    public var highlightedRelationships: Set<Int>
    /// Whether force-directed layouts curve edges around nodes (`splines=true`); nil curves
    /// them up to ``DiagramScale/maximumCurvedEdges`` relationships and draws straight lines
    /// above, because Graphviz 2.43's spline routing grows with the square of the edge count.
    public var curvedEdges: Bool?
    /// Per entity, how it changed between two versions (`render --diff`); absent means unchanged.
    public var entityChanges: [Int: ChangeMark]
    /// Per relationship, how it changed between two versions; absent means unchanged.
    public var relationshipChanges: [Int: ChangeMark]

    /// How an element changed between an old and a new version of a case, drawn so that the
    /// three stay apart in greyscale too: added thick, removed dashed and faded, changed
    /// double-weight in orange.
    public enum ChangeMark: String, Sendable, CaseIterable {
        /// Only in the new version: a thick green outline or line.
        case added
        /// Only in the old version: dashed red, with a faded fill.
        case removed
        /// In both, with different details: a thick orange outline or line.
        case changed

        /// The outline or line colour (Paul Tol's bright scheme, colourblind-safe).
        public var color: String {
            switch self {
            case .added: "#228833"
            case .removed: "#CC3311"
            case .changed: "#EE7733"
            }
        }
    }

    /// Above this many relationships, edge labels are off unless asked for.
    public static let maximumLabelledRelationships = 400

    /// Default options: legend on, labels chosen by size, seed 1.
    public init(
        title: String? = nil, edgeLabels: EdgeLabels? = nil, legend: Bool = true, clustering: Clustering? = nil,
        seed: Int = 1, labelWidth: Int = 24
    ) {
        self.title = title
        self.edgeLabels = edgeLabels
        self.legend = legend
        self.clustering = clustering
        self.seed = seed
        self.labelWidth = labelWidth
        self.nodeScale = [:]
        self.nodeFill = [:]
        self.highlightedEntities = []
        self.highlightedRelationships = []
        self.curvedEdges = nil
        self.entityChanges = [:]
        self.relationshipChanges = [:]
    }
}

extension GraphvizEngine {
    /// Measured on this machine's Graphviz 2.43 (layout + SVG, random graphs of 2.5 edges per
    /// node): dot takes 0.6 s for 100 nodes, 16 s for 200 and over 125 s for 1,000, and its
    /// layered drawing of a dense network is a tangle anyway; neato takes 3.3 s for 1,000 nodes
    /// but 88 s for 5,000; sfdp does 20,000 in 8 s. So dot for small (often tree-like) views,
    /// neato for a readable medium network, sfdp above.
    public static let dotLimit = (entities: 40, relationships: 80)
    /// Above this many entities neato gives way to sfdp.
    public static let neatoLimit = 800

    /// The engine for a graph of this size.
    public static func automatic(entities: Int, relationships: Int) -> GraphvizEngine {
        if entities <= dotLimit.entities && relationships <= dotLimit.relationships { return .dot }
        return entities <= neatoLimit ? .neato : .sfdp
    }

    /// Whether the engine honours `start` (a random seed).
    var isForceDirected: Bool { self == .neato || self == .fdp || self == .sfdp }
}
