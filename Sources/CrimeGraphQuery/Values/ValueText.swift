/// How values read as text: floats always with a fraction or exponent (`1.0`, `1.5E-7`),
/// as Cypher prints them.
enum ValueText {
    /// `1.0`, `0.5`, `1.0E20`, `NaN`, `Infinity`.
    static func float(_ number: Double) -> String {
        if number.isNaN { return "NaN" }
        if number.isInfinite { return number < 0 ? "-Infinity" : "Infinity" }
        var text = "\(number)"
        if let exponent = text.firstIndex(where: { $0 == "e" }) {
            var mantissa = String(text[..<exponent])
            var power = String(text[text.index(after: exponent)...])
            if !mantissa.contains(".") { mantissa += ".0" }
            if power.hasPrefix("+") { power.removeFirst() }
            let negative = power.hasPrefix("-")
            if negative { power.removeFirst() }
            while power.count > 1 && power.hasPrefix("0") { power.removeFirst() }
            text = mantissa + "E" + (negative ? "-" : "") + power
        } else if !text.contains(".") {
            text += ".0"
        }
        return text
    }
}
