/// When something happened or held, at the precision the source gives.
///
/// Forms (see `docs/case-file-schema.md`): a single partial date (`2022-09-27`, `2022-09`,
/// `2022`), an inclusive range (`2022-09-19/2022-09-22`), or a qualified date
/// (`{from: 2022-09-01, to: 2022-09-10, qualifier: approximately, text: early September}`).
public struct CaseDate: Hashable, Sendable, Comparable, CustomStringConvertible {
    /// How exact a date is, beyond its precision.
    public enum Qualifier: String, Sendable, Hashable, CaseIterable {
        /// Around this time ("early September").
        case approximately
        /// At some point before this date.
        case before
        /// At some point after this date.
        case after
    }

    /// The date, or the first date of a range.
    public var start: PartialDate
    /// The last date of a range (inclusive), if this is a range.
    public var end: PartialDate?
    /// How exact the date is.
    public var qualifier: Qualifier?
    /// The source's own wording, such as "early September".
    public var text: String?

    /// Creates a date or a range.
    public init(start: PartialDate, end: PartialDate? = nil, qualifier: Qualifier? = nil, text: String? = nil) {
        self.start = start
        self.end = end
        self.qualifier = qualifier
        self.text = text
    }

    /// Parses `DATE` or `DATE/DATE` (ISO 8601 at year, month or day precision); nil otherwise
    /// or when the range ends before it starts.
    public init?(iso text: String) {
        let halves = text.split(separator: "/", omittingEmptySubsequences: false)
        guard halves.count <= 2, let start = PartialDate(iso: halves[0]) else { return nil }
        var end: PartialDate?
        if halves.count == 2 {
            guard let last = PartialDate(iso: halves[1]), last.lastDay >= start.firstDay else { return nil }
            end = last
        }
        self.init(start: start, end: end)
    }

    /// The first day the date can mean (days since 1970-01-01).
    public var firstDay: Int { start.firstDay }
    /// The last day the date can mean (days since 1970-01-01).
    public var lastDay: Int { (end ?? start).lastDay }

    /// The plain ISO form without qualifier: `2022-09-19/2022-09-22`.
    public var iso: String { end.map { "\(start)/\($0)" } ?? start.description }

    /// Whether the written form needs the map form (it has a qualifier or wording).
    public var needsMapForm: Bool { qualifier != nil || text != nil }

    /// A human-readable form: `2022-09-19 – 2022-09-22`, `≈ 2022-09-01 – 2022-09-10 (early September)`.
    public var description: String {
        var result = end.map { "\(start) – \($0)" } ?? start.description
        switch qualifier {
        case .approximately: result = "≈ " + result
        case .before: result = "before " + result
        case .after: result = "after " + result
        case nil: break
        }
        if let text { result += " (\(text))" }
        return result
    }

    /// Whether any day of this date falls within `firstDay...lastDay` (days since 1970-01-01).
    public func overlaps(firstDay other: Int, lastDay otherLast: Int) -> Bool {
        firstDay <= otherLast && lastDay >= other
    }

    /// Sorted by first possible day, then the longer span first.
    public static func < (lhs: CaseDate, rhs: CaseDate) -> Bool {
        if lhs.firstDay != rhs.firstDay { return lhs.firstDay < rhs.firstDay }
        if lhs.lastDay != rhs.lastDay { return lhs.lastDay > rhs.lastDay }
        return lhs.iso < rhs.iso
    }
}
