/// WITH and RETURN without aggregates: computes the items into their slots, row by row.
final class ProjectionSink: RowSink {
    let plan: ProjectionPlan
    let context: ExecutionContext
    let window: ResultWindow

    init(_ plan: ProjectionPlan, context: ExecutionContext, next: RowSink) {
        self.plan = plan
        self.context = context
        window = ResultWindow(plan, context: context, next: next)
    }

    override func push(_ row: [Value]) throws(QueryError) -> Bool {
        var out = row
        for item in plan.items { out[item.slot] = try context.evaluate(item.expression, row) }
        return try window.accept(out)
    }

    override func finish() throws(QueryError) { try window.finish() }
}

/// WITH and RETURN with aggregates: groups rows by the items without aggregates, then
/// computes one row per group. Without grouping items, an empty input still gives one row.
/// - Complexity: O(rows) time, O(groups) memory.
final class AggregationSink: RowSink {
    let plan: ProjectionPlan
    let context: ExecutionContext
    let window: ResultWindow
    let keyItems: [ProjectionPlan.Item]
    /// Per aggregate, its first argument (nil for `count(*)`) and second (the percentile).
    private let arguments: [(first: BoundExpression?, second: BoundExpression?)]
    private var groups: [EquivalentRow: Int] = [:]
    private var representatives: [[Value]] = []
    private var keys: [[Value]] = []
    /// Group g's accumulators are `accumulators[g * arguments.count ..< (g + 1) * arguments.count]`
    /// (one flat array: a row's update touches one buffer, not an array of arrays).
    private var accumulators: [Accumulator] = []

    init(_ plan: ProjectionPlan, context: ExecutionContext, next: RowSink) {
        self.plan = plan
        self.context = context
        keyItems = plan.items.filter { !$0.aggregates }
        arguments = plan.aggregates.map { ($0.arguments.first, $0.arguments.count > 1 ? $0.arguments[1] : nil) }
        window = ResultWindow(plan, context: context, next: next)
    }

    override func push(_ row: [Value]) throws(QueryError) -> Bool {
        try context.tick()
        let base = try group(of: row) * arguments.count
        for (number, (first, second)) in arguments.enumerated() {
            let value = try first.map { (argument) throws(QueryError) in try context.evaluate(argument, row) } ?? .null
            let extra = try second.map { (argument) throws(QueryError) in try context.evaluate(argument, row) }
            try accumulators[base + number].add(value, second: extra)
        }
        return true
    }

    /// The number of the row's group, made when it is the first row of its group. With no
    /// grouping keys every row is in group 0, and no key is built or hashed.
    private func group(of row: [Value]) throws(QueryError) -> Int {
        if keyItems.isEmpty, !representatives.isEmpty { return 0 }
        var key: [Value] = []
        key.reserveCapacity(keyItems.count)
        for item in keyItems { key.append(try context.evaluate(item.expression, row)) }
        if let existing = groups[EquivalentRow(values: key)] { return existing }
        let group = representatives.count
        groups[EquivalentRow(values: key)] = group
        representatives.append(row)
        keys.append(key)
        accumulators.append(contentsOf: plan.aggregates.map(Accumulator.init))
        return group
    }

    override func finish() throws(QueryError) {
        if representatives.isEmpty && keyItems.isEmpty {
            representatives.append(context.emptyRow)
            keys.append([])
            accumulators.append(contentsOf: plan.aggregates.map(Accumulator.init))
        }
        for group in representatives.indices {
            var out = representatives[group]
            for (item, value) in zip(keyItems, keys[group]) { out[item.slot] = value }
            let base = group * arguments.count
            for (number, aggregate) in plan.aggregates.enumerated() { out[aggregate.slot] = accumulators[base + number].result() }
            for item in plan.items where item.aggregates { out[item.slot] = try context.evaluate(item.expression, out) }
            if !(try window.accept(out)) { break }
        }
        try window.finish()
    }
}

/// What comes after the items: DISTINCT, ORDER BY, SKIP, LIMIT, then WITH's WHERE.
final class ResultWindow {
    let plan: ProjectionPlan
    let context: ExecutionContext
    let next: RowSink
    private var seen = Set<EquivalentRow>()
    private var buffer: [(keys: [Value], row: [Value])] = []
    private var skip = 0
    private var limit: Int?
    private var resolved = false
    private var emitted = 0

    init(_ plan: ProjectionPlan, context: ExecutionContext, next: RowSink) {
        self.plan = plan
        self.context = context
        self.next = next
    }

    /// Takes one projected row; false once no more are wanted.
    func accept(_ row: [Value]) throws(QueryError) -> Bool {
        try resolve()
        if limit == 0 { return false }
        if plan.distinct && !seen.insert(EquivalentRow(values: plan.items.map { row[$0.slot] })).inserted { return true }
        if !plan.order.isEmpty {
            var sortKeys: [Value] = []
            for key in plan.order { sortKeys.append(try context.evaluate(key.expression, row)) }
            buffer.append((sortKeys, row))
            return true
        }
        return try emit(row)
    }

    func finish() throws(QueryError) {
        try resolve()
        if !buffer.isEmpty {
            let order = plan.order
            let sorted = buffer.enumerated().sorted { a, b in
                for (number, key) in order.enumerated() {
                    let comparison = Value.order(a.element.keys[number], b.element.keys[number])
                    if comparison != 0 { return key.ascending ? comparison < 0 : comparison > 0 }
                }
                return a.offset < b.offset
            }
            buffer = []
            for entry in sorted where !(try emit(entry.element.row)) { break }
        }
        try next.finish()
    }

    private func emit(_ row: [Value]) throws(QueryError) -> Bool {
        if skip > 0 {
            skip -= 1
            return true
        }
        if let limit, emitted >= limit { return false }
        emitted += 1
        if let predicate = plan.predicate, !(try context.evaluate(predicate, row).isTrue) {
            return limit.map { emitted < $0 } ?? true
        }
        let wanted = try next.push(row)
        return wanted && (limit.map { emitted < $0 } ?? true)
    }

    /// Evaluates SKIP and LIMIT once: non-negative integers.
    private func resolve() throws(QueryError) {
        guard !resolved else { return }
        resolved = true
        skip = try count(plan.skip, "SKIP") ?? 0
        limit = try count(plan.limit, "LIMIT")
    }

    private func count(_ expression: BoundExpression?, _ clause: String) throws(QueryError) -> Int? {
        guard let expression else { return nil }
        switch try context.evaluate(expression, context.emptyRow) {
        case .int(let number) where number >= 0: return number
        case .int:
            throw QueryError(kind: .syntax, phase: .runtime, code: "NegativeIntegerArgument", message: "\(clause) cannot be negative")
        case let other:
            throw QueryError(
                kind: .syntax, phase: .runtime, code: "InvalidArgumentType", message: "\(clause) expects an integer, not \(other.typeName)")
        }
    }
}
