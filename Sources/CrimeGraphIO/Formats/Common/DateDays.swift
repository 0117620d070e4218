import CrimeGraph

/// The first and last calendar days a date can mean, as full ISO dates: for formats whose
/// dates are days only (GEXF times, Neo4j `date` values).
enum DateDays {
    /// `2022-09` → `2022-09-01`.
    static func firstDay(of date: CaseDate) -> String {
        iso(year: date.start.year, month: date.start.month ?? 1, day: date.start.day ?? 1)
    }

    /// `2022-09` → `2022-09-30`; `2022-09-19/2022-09-22` → `2022-09-22`.
    static func lastDay(of date: CaseDate) -> String {
        let last = date.end ?? date.start
        let month = last.month ?? 12
        return iso(year: last.year, month: month, day: last.day ?? daysIn(month: month, year: last.year))
    }

    private static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    private static func iso(year: Int, month: Int, day: Int) -> String {
        func pad(_ value: Int, _ width: Int) -> String {
            let text = String(value)
            return String(repeating: "0", count: max(0, width - text.count)) + text
        }
        return "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))"
    }
}
