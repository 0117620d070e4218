/// A figure as a source states it: a value, its unit, how exact it is, and who said it.
///
/// "nearly 900 foreigners" is `Quantity(value: 900, unit: "people", qualifier: .approximately)`;
/// "a dozen raids" is `Quantity(value: 12, unit: "raids", qualifier: .vague, text: "a dozen")`;
/// "some already sent to court" has no value and the qualifier `.vague`.
public struct Quantity: Hashable, Sendable, CustomStringConvertible {
    /// How exact a figure is.
    public enum Qualifier: String, Sendable, Hashable, CaseIterable {
        /// The figure as given.
        case exact
        /// "nearly", "about", "around".
        case approximately
        /// "at least", "more than".
        case atLeast = "at_least"
        /// "at most", "up to".
        case atMost = "at_most"
        /// "a dozen", "some", "several", "many".
        case vague
    }

    /// The number, absent only for vague figures ("some").
    public var value: Double?
    /// The unit: `people`, `KHR`, `USD`, `raids`, `days`, `share`, ….
    public var unit: String?
    /// How exact the figure is.
    public var qualifier: Qualifier
    /// The source's own wording ("nearly 900").
    public var text: String?
    /// Citations for this figure alone, when it comes from elsewhere than its owner.
    public var citations: [Citation]

    /// Creates a quantity.
    public init(
        value: Double?, unit: String? = nil, qualifier: Qualifier = .exact, text: String? = nil,
        citations: [Citation] = []
    ) {
        self.value = value
        self.unit = unit
        self.qualifier = qualifier
        self.text = text
        self.citations = citations
    }

    /// "≈ 900 people", "≥ 2,760 people", "118,000,000 KHR", "some (vague)".
    public var description: String {
        var parts: [String] = []
        switch qualifier {
        case .exact: break
        case .approximately: parts.append("≈")
        case .atLeast: parts.append("≥")
        case .atMost: parts.append("≤")
        case .vague: if value != nil { parts.append("~") }
        }
        if let value { parts.append(NumberFormatting.grouped(value)) }
        if let unit { parts.append(unit) }
        var result = parts.joined(separator: " ")
        if let text { result += result.isEmpty ? text : " (\(text))" }
        if result.isEmpty { result = "unspecified" }
        return result
    }
}

/// Plain, locale-independent number formatting shared by every presenter.
public enum NumberFormatting {
    /// `1450` → `1,450`; `0.5` → `0.5`; integers print without a decimal point.
    public static func grouped(_ value: Double) -> String {
        guard value.isFinite else { return String(value) }
        if value == value.rounded(), abs(value) < 1e15 {
            let integer = Int(value)
            let digits = String(abs(integer))
            var out = ""
            for (offset, character) in digits.enumerated() {
                if offset > 0 && (digits.count - offset) % 3 == 0 { out.append(",") }
                out.append(character)
            }
            return integer < 0 ? "-" + out : out
        }
        return plain(value)
    }

    /// The shortest text that reads back as the same number: `3`, `0.5`, `1e-09`.
    public static func plain(_ value: Double) -> String {
        if value == value.rounded(), abs(value) < 1e15 { return String(Int(value)) }
        return "\(value)"
    }
}
