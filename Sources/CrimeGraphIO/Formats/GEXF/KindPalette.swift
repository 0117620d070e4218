import CrimeGraph

/// Colours and sizes by kind for GEXF's `viz`: the Okabe–Ito and Tol colour-blind-safe
/// palettes; kinds beyond the built-in ones take a colour from their name.
enum KindPalette {
    struct Color: Sendable {
        let red: Int
        let green: Int
        let blue: Int
    }

    private static let colors: [String: (Int, Int, Int)] = [
        "person": (0, 114, 178), "company": (230, 159, 0), "organization": (0, 158, 115), "agency": (204, 121, 167),
        "location": (86, 180, 233), "nationality": (240, 228, 66), "event": (213, 94, 0), "offence": (136, 34, 85),
        "outcome": (153, 153, 51), "document": (170, 170, 170), "asset": (68, 170, 153), "account": (51, 34, 136),
        "vehicle": (17, 119, 51), "phone": (136, 204, 238),
    ]
    private static let spare: [(Int, Int, Int)] = [(102, 17, 0), (221, 204, 119), (170, 68, 153), (68, 119, 170), (187, 187, 187)]

    static func color(of kind: EntityKind) -> Color {
        let rgb = colors[kind.rawValue] ?? spare[Int(kind.rawValue.utf8.reduce(UInt32(5381)) { ($0 &* 33) ^ UInt32($1) } % UInt32(spare.count))]
        return Color(red: rgb.0, green: rgb.1, blue: rgb.2)
    }

    static func size(of kind: EntityKind) -> Int {
        switch kind {
        case .agency: return 14
        case .company, .organization: return 12
        case .person, .event: return 10
        default: return 8
        }
    }
}
