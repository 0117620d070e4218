import CrimeGraphRender

/// A diagram: the DOT text to lay out, and the images once rendered.
///
/// Builders fill in ``dot``; ``FigureRenderer`` turns it into ``svg`` (and ``png`` for
/// Markdown) through the Graphviz worker. A figure that could not be drawn keeps the reason in
/// ``failure`` and the writers say so instead of the picture. A Swift program may also supply
/// its own SVG text: writers inline it after ``SVGCleaner`` has checked it.
public struct Figure: Sendable {
    /// A slug unique within the report (`network`, `community-1`): the Markdown image files are
    /// named after it and, except in the primary figure, the SVG element ids are prefixed with it.
    public var id: String
    /// The line under the picture.
    public var caption: RichText
    /// Whether this is the report's main network diagram. Its SVG keeps Graphviz's element ids
    /// — `e-ENTITYID` for entities, `r-RELATIONSHIPID` for relationships — so pages and tests
    /// can find them; at most one figure of a report should be primary.
    public var isPrimary: Bool
    /// The ids of the entities drawn.
    public var entityIDs: [String]
    /// The graph in the DOT language, or nil when the images were supplied directly.
    public var dot: String?
    /// The layout engine for ``dot``.
    public var engine: GraphvizEngine
    /// The SVG document, once rendered.
    public var svg: String?
    /// The PNG image, once rendered.
    public var png: [UInt8]?
    /// Why the figure could not be drawn, if it could not.
    public var failure: String?

    /// Creates a figure to be rendered from DOT text.
    public init(id: String, caption: RichText, dot: String, engine: GraphvizEngine, entityIDs: [String], isPrimary: Bool = false) {
        self.id = id
        self.caption = caption
        self.dot = dot
        self.engine = engine
        self.entityIDs = entityIDs
        self.isPrimary = isPrimary
    }

    /// Creates a figure from an SVG document made elsewhere.
    public init(id: String, caption: RichText, svg: String, entityIDs: [String] = [], isPrimary: Bool = false) {
        self.id = id
        self.caption = caption
        self.svg = svg
        self.engine = .dot
        self.entityIDs = entityIDs
        self.isPrimary = isPrimary
    }
}
