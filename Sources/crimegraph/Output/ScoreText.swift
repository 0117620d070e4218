import Foundation

/// Number formatting for analysis tables and CSV.
enum Format {
    /// Six significant decimals for people.
    static func score(_ value: Double) -> String {
        if value.isNaN { return "undefined" }
        if value == value.rounded(), abs(value) < 1e12 { return String(Int(value)) }
        return String(format: "%.6f", value)
    }

    /// Round-trip precision for CSV.
    static func exact(_ value: Double) -> String { value.isNaN ? "" : "\(value)" }
}
