/// A value under Cypher's equivalence, the equality DISTINCT and grouping use: like `=` except
/// that null is equivalent to null and NaN to NaN, so every value has exactly one group.
/// Integers and floats of the same value are equivalent.
struct Equivalent: Hashable, Sendable {
    let value: Value

    init(_ value: Value) { self.value = value }

    static func == (lhs: Equivalent, rhs: Equivalent) -> Bool { Equivalent.same(lhs.value, rhs.value) }

    func hash(into hasher: inout Hasher) { Equivalent.hash(value, into: &hasher) }

    /// Equivalence of two values.
    /// - Complexity: O(size of the smaller value).
    static func same(_ lhs: Value, _ rhs: Value) -> Bool {
        switch (lhs, rhs) {
        case (.null, .null): return true
        case (.float(let a), .float(let b)) where a.isNaN && b.isNaN: return true
        case (.date, .string), (.string, .date): return false
        case (.list(let a), .list(let b)):
            return a.count == b.count && zip(a, b).allSatisfy { same($0, $1) }
        case (.map(let a), .map(let b)):
            guard a.count == b.count else { return false }
            for (key, x) in a.entries {
                guard let y = b[key], same(x, y) else { return false }
            }
            return true
        default:
            return Value.equals(lhs, rhs) ?? false
        }
    }

    private static func hash(_ value: Value, into hasher: inout Hasher) {
        switch value {
        case .null: hasher.combine(0)
        case .bool(let flag): hasher.combine(1); hasher.combine(flag)
        case .int(let number): hasher.combine(2); hasher.combine(number)
        case .float(let number):
            if let exact = Int(exactly: number) {
                hasher.combine(2)
                hasher.combine(exact)
            } else {
                hasher.combine(3)
                hasher.combine(number.isNaN ? Double.nan.bitPattern : number.bitPattern)
            }
        case .string(let text): hasher.combine(4); hasher.combine(text)
        case .list(let items):
            hasher.combine(5)
            hasher.combine(items.count)
            for item in items { hash(item, into: &hasher) }
        case .map(let map):
            hasher.combine(6)
            // Order-independent: combine the sorted keys only; values are checked by ==.
            for key in map.keys.sorted() { hasher.combine(key) }
        case .node(let index): hasher.combine(7); hasher.combine(index)
        case .relationship(let index): hasher.combine(8); hasher.combine(index)
        case .path(let path): hasher.combine(9); hasher.combine(path)
        case .date(let date): hasher.combine(10); hasher.combine(date.iso)
        }
    }
}

/// Several values under equivalence, as one key (a group of ORDER BY or DISTINCT columns).
struct EquivalentRow: Hashable, Sendable {
    let values: [Value]

    static func == (lhs: EquivalentRow, rhs: EquivalentRow) -> Bool {
        lhs.values.count == rhs.values.count && zip(lhs.values, rhs.values).allSatisfy { Equivalent.same($0, $1) }
    }

    func hash(into hasher: inout Hasher) {
        for value in values { hasher.combine(Equivalent(value)) }
    }
}
