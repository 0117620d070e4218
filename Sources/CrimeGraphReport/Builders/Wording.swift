import CrimeGraph

/// How reports put keys, kinds, figures and scores into words: the same everywhere, and
/// independent of the machine's locale so output is byte-for-byte reproducible.
public enum Wording {
    /// `foreigners_rounded_up` → `foreigners rounded up`.
    public static func humanize(_ key: String) -> String {
        key.replacingOccurrences(of: "_", with: " ")
    }

    /// `holds_post` → `holds post`.
    public static func relation(_ kind: RelationKind) -> String { humanize(kind.rawValue) }

    /// The plural of a kind: `agency` → `agencies`, `person` → `people`.
    public static func plural(_ kind: EntityKind, count: Int) -> String {
        let word = humanize(kind.rawValue)
        if count == 1 { return word }
        if word == "person" { return "people" }
        if word.hasSuffix("y"), let before = word.dropLast().last, !"aeiou".contains(before) {
            return word.dropLast() + "ies"
        }
        if word.hasSuffix("s") || word.hasSuffix("x") || word.hasSuffix("ch") || word.hasSuffix("sh") { return word + "es" }
        return word + "s"
    }

    /// `5 people, 12 agencies`.
    public static func counted(_ kind: EntityKind, _ count: Int) -> String { "\(count) \(plural(kind, count: count))" }

    /// A figure without its qualifier: `900 people`, `118,000,000 KHR`, `50%` for a share;
    /// `people, no number` when the source gives none.
    public static func figure(_ quantity: Quantity) -> String {
        guard let value = quantity.value else { return quantity.unit.map { "\($0), no number" } ?? "no number" }
        if quantity.unit == "share" { return NumberFormatting.grouped(value * 100) + "%" }
        return quantity.unit.map { "\(NumberFormatting.grouped(value)) \($0)" } ?? NumberFormatting.grouped(value)
    }

    /// How exact a figure is, in words: `exact`, `approximately`, `at least`, `at most`, `vague`.
    public static func precision(_ qualifier: Quantity.Qualifier) -> String {
        switch qualifier {
        case .exact: return "exact"
        case .approximately: return "approximately"
        case .atLeast: return "at least"
        case .atMost: return "at most"
        case .vague: return "vague"
        }
    }

    /// A figure with its qualifier and the source's words: `about 900 people (“nearly 900”)`.
    public static func quantity(_ quantity: Quantity) -> String {
        var text: String
        switch quantity.qualifier {
        case .exact, .vague: text = figure(quantity)
        case .approximately: text = "about " + figure(quantity)
        case .atLeast: text = "at least " + figure(quantity)
        case .atMost: text = "at most " + figure(quantity)
        }
        if quantity.value == nil {
            text = quantity.text.map { "“\($0)”" + (quantity.unit.map { " (\($0))" } ?? "") } ?? "unspecified"
        } else if let words = quantity.text {
            text += " (“\(words)”)"
        }
        return text
    }

    /// A property value in words, quantities as ``quantity(_:)``.
    public static func value(_ value: PropertyValue) -> String {
        switch value {
        case .quantity(let quantity): return self.quantity(quantity)
        case .list(let values): return values.map(self.value).joined(separator: "; ")
        default: return value.description
        }
    }

    /// A score with three decimals: `0.452`.
    public static func score(_ value: Double) -> String { decimals(value, 3) }

    /// `value` with exactly `places` decimals, without locale or `printf`.
    public static func decimals(_ value: Double, _ places: Int) -> String {
        guard value.isFinite else { return "undefined" }
        var scale = 1.0
        for _ in 0..<places { scale *= 10 }
        let scaled = (abs(value) * scale).rounded()
        guard scaled < 9e15 else { return NumberFormatting.plain(value) }
        let whole = Int(scaled)
        let unit = Int(scale)
        var fraction = String(whole % unit)
        fraction = String(repeating: "0", count: max(0, places - fraction.count)) + fraction
        let sign = value < 0 && whole != 0 ? "-" : ""
        return places == 0 ? "\(sign)\(whole)" : "\(sign)\(whole / unit).\(fraction)"
    }

    /// Names joined for prose: `A`, `A and B`, `A, B and C`.
    public static func list(_ items: [String]) -> String {
        switch items.count {
        case 0: return ""
        case 1: return items[0]
        default: return items.dropLast().joined(separator: ", ") + " and " + (items.last ?? "")
        }
    }

    /// Uppercases the first letter: `person` → `Person`.
    public static func capitalized(_ text: String) -> String { text.prefix(1).uppercased() + text.dropFirst() }
}
