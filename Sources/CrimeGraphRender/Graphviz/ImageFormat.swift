/// An image format Graphviz renders to.
public enum ImageFormat: String, CaseIterable, Sendable {
    /// SVG from Graphviz's core SVG renderer: one `<g class="node">` group per node, text kept
    /// as text.
    case svg
    /// PNG drawn through cairo, anti-aliased, with the system's fonts (Chinese or Khmer labels
    /// need `fonts-noto-cjk` or `fonts-khmeros` installed, or they show as boxes).
    case png
    /// PDF drawn through cairo, with the same fonts as PNG.
    case pdf

    /// The usual file name extension, without the dot.
    public var fileExtension: String { rawValue }
}
