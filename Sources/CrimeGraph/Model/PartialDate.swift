/// A calendar date known to the year, the month or the day.
///
/// Reporting often gives only a month ("in March") or a year; a `PartialDate` keeps that
/// precision instead of inventing a day. Its written form is ISO 8601: `2022`, `2022-03`,
/// `2022-03-27`.
public struct PartialDate: Hashable, Sendable, Comparable, CustomStringConvertible {
    /// How much of the date is known.
    public enum Precision: Int, Sendable, Comparable, CaseIterable {
        /// Known to the year (`2022`), the month (`2022-09`) or the day (`2022-09-27`).
        case year, month, day
        /// Coarser precision first: year, then month, then day.
        public static func < (lhs: Precision, rhs: Precision) -> Bool { lhs.rawValue < rhs.rawValue }
    }

    /// The year, 1...9999.
    public let year: Int
    /// The month, 1...12, when known.
    public let month: Int?
    /// The day of the month, when known (only with a month).
    public let day: Int?

    /// Creates a date, or nil when the parts do not make a real date.
    public init?(year: Int, month: Int? = nil, day: Int? = nil) {
        guard (1...9999).contains(year) else { return nil }
        if let month, !(1...12).contains(month) { return nil }
        if let day {
            guard let month, (1...PartialDate.daysIn(month: month, year: year)).contains(day) else { return nil }
        }
        self.year = year
        self.month = month
        self.day = day
    }

    /// Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; nil for anything else.
    public init?(iso text: Substring) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard (1...3).contains(parts.count),
            parts[0].count == 4, let year = Int(parts[0]), parts[0].allSatisfy(\.isASCIIDigit)
        else { return nil }
        var month: Int?
        var day: Int?
        if parts.count >= 2 {
            guard parts[1].count == 2, parts[1].allSatisfy(\.isASCIIDigit) else { return nil }
            month = Int(parts[1])
        }
        if parts.count == 3 {
            guard parts[2].count == 2, parts[2].allSatisfy(\.isASCIIDigit) else { return nil }
            day = Int(parts[2])
        }
        self.init(year: year, month: month, day: day)
    }

    /// How much of the date is known.
    public var precision: Precision { day != nil ? .day : (month != nil ? .month : .year) }

    /// The first day this date can mean, as days since 1970-01-01.
    public var firstDay: Int {
        PartialDate.dayNumber(year: year, month: month ?? 1, day: day ?? 1)
    }

    /// The last day this date can mean, as days since 1970-01-01.
    public var lastDay: Int {
        let lastMonth = month ?? 12
        return PartialDate.dayNumber(
            year: year, month: lastMonth, day: day ?? PartialDate.daysIn(month: lastMonth, year: year))
    }

    /// ISO 8601 at the date's own precision.
    public var description: String {
        var text = String(year)
        while text.count < 4 { text = "0" + text }
        if let month { text += month < 10 ? "-0\(month)" : "-\(month)" }
        if let day { text += day < 10 ? "-0\(day)" : "-\(day)" }
        return text
    }

    /// Earlier first day first; for the same first day the coarser date first (a month before
    /// its first day), so a timeline reads like headings followed by details.
    public static func < (lhs: PartialDate, rhs: PartialDate) -> Bool {
        if lhs.firstDay != rhs.firstDay { return lhs.firstDay < rhs.firstDay }
        if lhs.lastDay != rhs.lastDay { return lhs.lastDay > rhs.lastDay }
        return false
    }

    static func isLeap(_ year: Int) -> Bool { (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return isLeap(year) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// Days since 1970-01-01 in the proleptic Gregorian calendar (Hinnant's civil algorithm).
    static func dayNumber(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let shiftedMonth = month > 2 ? month - 3 : month + 9
        let dayOfYear = (153 * shiftedMonth + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }
}

extension Character {
    var isASCIIDigit: Bool { asciiValue.map { $0 >= 48 && $0 <= 57 } ?? false }
}
