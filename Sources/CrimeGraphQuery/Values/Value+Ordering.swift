extension Value {
    /// The rank of a value's type in the total order ORDER BY uses, ascending: maps, nodes,
    /// relationships, lists, paths, dates, strings, booleans, numbers, then null.
    var orderRank: Int {
        switch self {
        case .map: return 0
        case .node: return 1
        case .relationship: return 2
        case .list: return 3
        case .path: return 4
        case .date: return 5
        case .string: return 6
        case .bool: return 7
        case .int, .float: return 8
        case .null: return 9
        }
    }

    /// The total order of ORDER BY, `min` and `max`: by type rank, then within a type
    /// (numbers by value with NaN after every other number; lists element by element, then
    /// shorter first; nodes and relationships by index). Negative, zero or positive.
    /// - Complexity: O(size of the smaller value).
    static func order(_ lhs: Value, _ rhs: Value) -> Int {
        let (a, b) = (lhs.orderRank, rhs.orderRank)
        if a != b { return a < b ? -1 : 1 }
        switch (lhs, rhs) {
        case (.int, _), (.float, _):
            let leftNaN = lhs.number?.isNaN ?? false
            let rightNaN = rhs.number?.isNaN ?? false
            if leftNaN || rightNaN { return leftNaN == rightNaN ? 0 : (leftNaN ? 1 : -1) }
            return sign(compareNumbers(lhs, rhs))
        case (.string(let x), .string(let y)): return sign(compareStrings(x, y))
        case (.bool(let x), .bool(let y)): return x == y ? 0 : (x ? 1 : -1)
        case (.date(let x), .date(let y)): return sign(compareDates(x, y))
        case (.node(let x), .node(let y)), (.relationship(let x), .relationship(let y)):
            return x == y ? 0 : (x < y ? -1 : 1)
        case (.list(let x), .list(let y)):
            return orderSequences(x, y)
        case (.path(let x), .path(let y)):
            let nodes = orderSequences(x.nodes.map(Value.node), y.nodes.map(Value.node))
            if nodes != 0 { return nodes }
            return orderSequences(x.relationships.map(Value.relationship), y.relationships.map(Value.relationship))
        case (.map(let x), .map(let y)):
            let keys = orderSequences(x.keys.sorted().map(Value.string), y.keys.sorted().map(Value.string))
            if keys != 0 { return keys }
            return orderSequences(x.keys.sorted().map { x[$0] ?? .null }, y.keys.sorted().map { y[$0] ?? .null })
        default: return 0
        }
    }

    private static func orderSequences(_ x: [Value], _ y: [Value]) -> Int {
        for (p, q) in zip(x, y) {
            let result = order(p, q)
            if result != 0 { return result }
        }
        return x.count == y.count ? 0 : (x.count < y.count ? -1 : 1)
    }

    private static func sign(_ comparison: Comparison) -> Int {
        switch comparison {
        case .less: return -1
        case .greater: return 1
        case .equal, .unordered: return 0
        }
    }
}
