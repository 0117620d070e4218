/// A Graphviz layout engine.
///
/// Which one suits a view depends on its size and shape (measured with Graphviz 2.43 on
/// random graphs with 2.5 edges per node, layout plus SVG).
public enum GraphvizEngine: String, CaseIterable, Sendable {
    /// Layered drawing, for hierarchies and small views: 100 nodes take 0.6 s, 200 nodes 16 s,
    /// 1,000 nodes over two minutes. The engine most of Graphviz 2.43's crashes and hangs are in.
    case dot
    /// Spring model (stress majorization), for small to medium views: 1,000 nodes take 3.3 s.
    case neato
    /// Force-directed placement that keeps clusters together.
    case fdp
    /// Multiscale force-directed placement, for anything above a few hundred nodes: 5,000 nodes
    /// take 1.6 s, 20,000 nodes 8.4 s.
    case sfdp
    /// Circular layout, for rings and cycles.
    case circo
    /// Radial layout around a centre node.
    case twopi
}
