/// The sizes at which a diagram changes how it is drawn, measured with Debian 12's Graphviz
/// 2.43 on this project's machine (2 cores) and chosen for readability as much as for speed.
///
/// - Spline routing (`splines=true`, edges curving around nodes) grows about with the square
///   of the edge count: 100 random edges take 0.5 s, 250 take 5 s, 375 take 15 s, and 750 do
///   not finish in 100 s; the 171 labelled relationships of the Sihanoukville case take 8 s.
///   Straight edges cost almost nothing. So edges curve only up to ``maximumCurvedEdges``.
/// - With straight edges, neato lays out 600 nodes in about 1 s and sfdp 5,000 nodes with
///   16,000 edges in 5 s of CPU (SVG; PNG 17 s and 440 MB), 17,500 nodes with 100,000 edges in
///   32 s (20 s of it overlap removal). So an entity-by-entity drawing is capped at
///   ``maximumEntities`` unless asked for more.
/// - Above ``overviewEntities`` entities or ``overviewRelationships`` relationships, names at a
///   legible size no longer fit a page and the edges merge into a grey mass: a whole network
///   that large is drawn as its communities (``GroupDiagram``) unless a smaller view is asked.
public enum DiagramScale {
    /// Above this many entities, a whole network is drawn as an overview of its communities.
    public static let overviewEntities = 2_000
    /// Above this many relationships, a whole network is drawn as an overview of its communities.
    public static let overviewRelationships = 5_000
    /// At most this many entities are drawn one by one unless asked for more; a larger view is
    /// reduced to the entities with the most relationships.
    public static let maximumEntities = 5_000
    /// At most this many groups are drawn in an overview unless asked for more; smaller groups
    /// go into `other`.
    public static let maximumGroups = 150
    /// The largest groups of an overview are labelled with name, size and most-tied members;
    /// the others show only their size, which keeps the picture legible.
    public static let labelledGroups = 30
    /// Above this many ties, only the strongest ``labelledGroups`` ties of an overview carry
    /// their count.
    public static let maximumLabelledTies = 60
    /// Edges are curved around nodes (`splines=true`) only up to this many; above, straight.
    public static let maximumCurvedEdges = 200

    /// Whether a view this large is drawn as an overview when no smaller view was asked.
    public static func needsOverview(entities: Int, relationships: Int) -> Bool {
        entities > overviewEntities || relationships > overviewRelationships
    }
}
