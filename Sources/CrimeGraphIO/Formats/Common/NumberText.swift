/// Exact, locale-independent number text.
enum NumberText {
    /// The shortest text that reads back as the same Double: `3.0` stays `3.0`, `0.1` is `0.1`.
    static func exact(_ value: Double) -> String {
        if value.isNaN { return "NaN" }
        if value.isInfinite { return value < 0 ? "-INF" : "INF" }
        return "\(value)"
    }

    /// A weight: integers without a fraction (`3`), others exact (`0.25`).
    static func weight(_ value: Double) -> String {
        if value == value.rounded(), abs(value) < 1e15 { return String(Int(value)) }
        return exact(value)
    }
}
