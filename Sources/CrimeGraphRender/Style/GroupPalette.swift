import Foundation

/// Fill colours for groups (communities, property values) and the text colour readable on each.
///
/// Paul Tol's "muted" scheme, then his "light" tints: distinct for the common forms of colour
/// blindness. Groups beyond the palette share a neutral grey; the largest groups come first,
/// so they get the distinct colours.
public enum GroupPalette {
    /// The colours, `#RRGGBB`, in the order groups take them.
    public static let colors = [
        "#88CCEE", "#CC6677", "#DDCC77", "#117733", "#332288", "#AA4499", "#44AA99", "#999933", "#882255",
        "#BBCCEE", "#EEDD88", "#FFAABB", "#99DDFF", "#AAAA00",
    ]

    /// The fill of groups beyond the palette.
    public static let neutral = "#DDDDDD"

    /// The fill of the group at `rank` (0 for the largest).
    public static func color(at rank: Int) -> String {
        rank >= 0 && rank < colors.count ? colors[rank] : neutral
    }

    /// Black or white, whichever reads better on `fill` (`#RRGGBB`): white when the fill's
    /// relative luminance (WCAG) is below 0.18, where white text has the higher contrast.
    public static func text(on fill: String) -> String {
        let hex = fill.hasPrefix("#") ? fill.dropFirst() : Substring(fill)
        guard hex.count >= 6, let value = UInt32(hex.prefix(6), radix: 16) else { return "#000000" }
        func channel(_ shift: UInt32) -> Double {
            let c = Double((value >> shift) & 0xFF) / 255
            return c <= 0.03928 ? c / 12.92 : pow((c + 0.055) / 1.055, 2.4)
        }
        let luminance = 0.2126 * channel(16) + 0.7152 * channel(8) + 0.0722 * channel(0)
        return luminance < 0.18 ? "#FFFFFF" : "#000000"
    }
}
