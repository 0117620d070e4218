import CrimeGraph

/// How an entity kind is drawn: a shape and a fill colour.
///
/// Colours come from Paul Tol's "muted" and "light" qualitative schemes, designed to stay
/// distinct for the common forms of colour blindness; every kind also has its own shape, so
/// nothing depends on colour alone. Dark fills get white text.
public struct KindStyle: Hashable, Sendable {
    /// A Graphviz node shape.
    public let shape: String
    /// Fill colour, `#RRGGBB`.
    public let fill: String
    /// Text colour, `#RRGGBB`.
    public let text: String
    /// Extra Graphviz style words (`rounded`), beyond `filled`.
    public let extraStyle: String?

    init(_ shape: String, _ fill: String, text: String = "#000000", style: String? = nil) {
        self.shape = shape
        self.fill = fill
        self.text = text
        self.extraStyle = style
    }

    /// Node margin: polygons with slanted sides need less padding than boxes to look even.
    public var margin: String {
        ["hexagon", "octagon", "septagon", "egg"].contains(shape) ? "0.04,0.03" : "0.12,0.06"
    }

    /// The Graphviz `style` attribute value.
    public var style: String { extraStyle.map { "filled,\($0)" } ?? "filled" }

    static let table: [EntityKind: KindStyle] = [
        .person: KindStyle("ellipse", "#88CCEE"),
        .company: KindStyle("box", "#DDCC77"),
        .organization: KindStyle("component", "#CC6677"),
        .agency: KindStyle("tab", "#44AA99"),
        .location: KindStyle("hexagon", "#999933"),
        .nationality: KindStyle("egg", "#AA4499", text: "#FFFFFF"),
        .event: KindStyle("cds", "#332288", text: "#FFFFFF"),
        .offence: KindStyle("octagon", "#882255", text: "#FFFFFF"),
        .outcome: KindStyle("note", "#117733", text: "#FFFFFF"),
        .document: KindStyle("folder", "#DDDDDD"),
        .asset: KindStyle("cylinder", "#EEDD88"),
        .account: KindStyle("component", "#FFAABB"),
        .vehicle: KindStyle("box3d", "#BBCC33"),
        .phone: KindStyle("septagon", "#99DDFF"),
    ]

    /// Kinds declared by case files cycle through these, in shape order, after the built-ins.
    static let extras: [KindStyle] = [
        KindStyle("ellipse", "#DDDDDD", style: "dashed"), KindStyle("box", "#DDDDDD", style: "dashed"),
        KindStyle("diamond", "#DDDDDD"), KindStyle("trapezium", "#DDDDDD"), KindStyle("doublecircle", "#DDDDDD"),
    ]

    /// The style of `kind`; declared kinds get a grey style chosen from their name, so the same
    /// kind always looks the same.
    public static func of(_ kind: EntityKind) -> KindStyle {
        if let style = table[kind] { return style }
        let hash = kind.rawValue.unicodeScalars.reduce(UInt32(2_166_136_261)) { ($0 ^ $1.value) &* 16_777_619 }
        return extras[Int(hash % UInt32(extras.count))]
    }
}
