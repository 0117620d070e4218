import CrimeGraph

extension Value {
    /// Cypher's `=`: `nil` is null (unknown).
    ///
    /// Null on either side is unknown; integers and floats compare by value; lists are equal
    /// when they have the same length and every element is equal (false as soon as one element
    /// pair is false, otherwise unknown if one is unknown); maps likewise over the same keys;
    /// values of different types are not equal. A date equals a string that reads as the same
    /// ISO date (an extension for case files, where dates are often written as text).
    /// - Complexity: O(size of the smaller value).
    static func equals(_ lhs: Value, _ rhs: Value) -> Bool? {
        switch (lhs, rhs) {
        case (.null, _), (_, .null): return nil
        case (.bool(let a), .bool(let b)): return a == b
        case (.int(let a), .int(let b)): return a == b
        case (.int(let a), .float(let b)): return Value.numericEqual(a, b)
        case (.float(let a), .int(let b)): return Value.numericEqual(b, a)
        case (.float(let a), .float(let b)): return a == b
        case (.string(let a), .string(let b)): return a == b
        case (.node(let a), .node(let b)): return a == b
        case (.relationship(let a), .relationship(let b)): return a == b
        case (.path(let a), .path(let b)): return a == b
        case (.date(let a), .date(let b)): return a.iso == b.iso
        case (.date(let a), .string(let b)), (.string(let b), .date(let a)):
            guard let other = CaseDate(iso: b) else { return false }
            return a.iso == other.iso
        case (.list(let a), .list(let b)):
            guard a.count == b.count else { return false }
            var unknown = false
            for (x, y) in zip(a, b) {
                switch equals(x, y) {
                case .some(false): return false
                case nil: unknown = true
                case .some(true): break
                }
            }
            return unknown ? nil : true
        case (.map(let a), .map(let b)):
            guard a.count == b.count else { return false }
            var unknown = false
            for (key, x) in a.entries {
                guard let y = b[key] else { return false }
                switch equals(x, y) {
                case .some(false): return false
                case nil: unknown = true
                case .some(true): break
                }
            }
            return unknown ? nil : true
        default: return false
        }
    }

    /// Whether an integer and a float are the same number, without losing precision on large
    /// integers.
    static func numericEqual(_ integer: Int, _ float: Double) -> Bool {
        guard float.isFinite, float == float.rounded() else { return false }
        guard let exact = Int(exactly: float) else { return false }
        return exact == integer
    }
}
