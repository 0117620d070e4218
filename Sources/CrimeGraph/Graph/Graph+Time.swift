/// A period to restrict a graph to: facts dated as of a day, or within a span.
public struct TimeWindow: Hashable, Sendable, CustomStringConvertible {
    /// The first day included (days since 1970-01-01), or nil for no lower bound.
    public let firstDay: Int?
    /// The last day included.
    public let lastDay: Int
    let label: String

    /// Facts that had begun by the end of `date` (a day, month or year).
    public static func asOf(_ date: CaseDate) -> TimeWindow {
        TimeWindow(firstDay: nil, lastDay: date.lastDay, label: "as of \(date.iso)")
    }

    /// Facts overlapping the span from the start of `start` to the end of `end`.
    public static func between(_ start: CaseDate, _ end: CaseDate) -> TimeWindow {
        TimeWindow(firstDay: start.firstDay, lastDay: end.lastDay, label: "between \(start.iso) and \(end.iso)")
    }

    /// "as of 2022-09" or "between 2022-09-01 and 2022-09-30".
    public var description: String { label }

    /// Whether a fact with this date belongs to the window; undated facts always do.
    public func contains(_ date: CaseDate?) -> Bool {
        guard let date else { return true }
        if let firstDay { return date.overlaps(firstDay: firstDay, lastDay: lastDay) }
        return date.firstDay <= lastDay
    }
}

extension Graph {
    /// The graph restricted to a time window: dated entities (events, outcomes) and dated
    /// relationships outside it are left out, with every relationship touching a left-out
    /// entity; undated facts stay, since nothing says when they held.
    /// - Complexity: O(n + m).
    public func filtered(to window: TimeWindow) -> Graph {
        let keep = (0..<entityCount).filter { window.contains(date(ofEntity: $0)) }
        if keep.count == entityCount && (0..<relationshipCount).allSatisfy({ window.contains(date(ofRelationship: $0)) }) {
            return self
        }
        return subgraph(keeping: keep) { window.contains(date(ofRelationship: $0)) }
    }
}
