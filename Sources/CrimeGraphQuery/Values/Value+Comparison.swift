import CrimeGraph

/// The outcome of comparing two values with `<`, `<=`, `>`, `>=`.
enum Comparison: Sendable {
    case less, equal, greater
    /// Comparable types but no order (NaN against a number): every inequality is false.
    case unordered

    /// The comparison of two values known to be ordered.
    static func of<T: Comparable>(_ a: T, _ b: T) -> Comparison {
        a < b ? .less : (a == b ? .equal : .greater)
    }
}

extension Value {
    /// Cypher's inequality comparison: `nil` when the values are not comparable (null, or
    /// different types other than integer and float), which makes `<` and friends null.
    ///
    /// Numbers compare by value (NaN is unordered), strings by code point, `false < true`,
    /// dates by first then last day, lists element by element (an incomparable pair decides
    /// the whole comparison) and then by length. Maps, nodes, relationships and paths are not
    /// comparable. A date compares with a string that reads as an ISO date.
    /// - Complexity: O(size of the smaller value).
    static func compare(_ lhs: Value, _ rhs: Value) -> Comparison? {
        switch (lhs, rhs) {
        case (.int(let a), .int(let b)): return .of(a, b)
        case (.int, .float), (.float, .int), (.float, .float): return compareNumbers(lhs, rhs)
        case (.string(let a), .string(let b)): return compareStrings(a, b)
        case (.bool(let a), .bool(let b)): return a == b ? .equal : (!a ? .less : .greater)
        case (.date(let a), .date(let b)): return compareDates(a, b)
        case (.date(let a), .string(let b)):
            return CaseDate(iso: b).map { compareDates(a, $0) }
        case (.string(let a), .date(let b)):
            return CaseDate(iso: a).map { compareDates($0, b) }
        case (.list(let a), .list(let b)):
            for (x, y) in zip(a, b) {
                guard let result = compare(x, y) else { return nil }
                if case .equal = result { continue }
                return result
            }
            return .of(a.count, b.count)
        default: return nil
        }
    }

    /// Integers and floats by value; exact for integers beyond 2^53 against integral floats.
    static func compareNumbers(_ lhs: Value, _ rhs: Value) -> Comparison {
        switch (lhs, rhs) {
        case (.int(let a), .int(let b)): return .of(a, b)
        case (.int(let a), .float(let b)): return compareIntFloat(a, b)
        case (.float(let a), .int(let b)):
            switch compareIntFloat(b, a) {
            case .less: return .greater
            case .greater: return .less
            case let other: return other
            }
        case (.float(let a), .float(let b)):
            if a.isNaN || b.isNaN { return .unordered }
            return .of(a, b)
        default: return .unordered
        }
    }

    static func compareIntFloat(_ a: Int, _ b: Double) -> Comparison {
        if b.isNaN { return .unordered }
        if b >= 9.223372036854775807e18 { return .less }
        if b < -9.223372036854775808e18 { return .greater }
        let floor = b.rounded(.down)
        let whole = Int(floor)
        if a < whole { return .less }
        if a > whole { return .greater }
        return b == floor ? .equal : .less
    }

    /// By Unicode code point (UTF-8 byte order is code point order).
    static func compareStrings(_ a: String, _ b: String) -> Comparison {
        if a == b { return .equal }
        return a.utf8.lexicographicallyPrecedes(b.utf8) ? .less : .greater
    }

    static func compareDates(_ a: CaseDate, _ b: CaseDate) -> Comparison {
        if a.firstDay != b.firstDay { return .of(a.firstDay, b.firstDay) }
        return .of(a.lastDay, b.lastDay)
    }
}
