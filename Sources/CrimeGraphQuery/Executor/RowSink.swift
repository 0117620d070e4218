/// A stage of a running query: rows are pushed in one at a time, then `finish` flushes what a
/// blocking stage (sorting, aggregation, writes) held back. `push` returns false when the
/// stage wants no more rows (a LIMIT was reached), and the producer stops.
class RowSink {
    func push(_ row: [Value]) throws(QueryError) -> Bool { true }
    func finish() throws(QueryError) {}
}

/// MATCH and OPTIONAL MATCH: every match of the pattern extending the row.
final class MatchSink: RowSink {
    let stage: MatchStage
    let context: ExecutionContext
    let next: RowSink
    private var matcher: Matcher?
    /// Hands the matches of every input row to `next` (made once, not per row).
    private let forwarding: Forwarding

    init(_ stage: MatchStage, context: ExecutionContext, next: RowSink) {
        self.stage = stage
        self.context = context
        self.next = next
        forwarding = Forwarding(next)
    }

    override func push(_ row: [Value]) throws(QueryError) -> Bool {
        let matcher = self.matcher ?? Matcher(plan: stage.plan, context: context)
        self.matcher = matcher
        forwarding.keepGoing = true
        let matches = try matcher.run(row, into: forwarding)
        if matches == 0 && stage.optional {
            var nulled = row
            for slot in stage.plan.spec.introducedSlots { nulled[slot] = .null }
            return try next.push(nulled)
        }
        return forwarding.keepGoing
    }

    /// Passes matches on and remembers whether the next stage wanted more.
    private final class Forwarding: RowSink {
        let next: RowSink
        var keepGoing = true

        init(_ next: RowSink) { self.next = next }

        override func push(_ row: [Value]) throws(QueryError) -> Bool {
            keepGoing = try next.push(row)
            return keepGoing
        }
    }

    override func finish() throws(QueryError) { try next.finish() }
}

/// UNWIND: one row per list element; null gives no row, a non-list value one row.
final class UnwindSink: RowSink {
    let list: BoundExpression
    let slot: Int
    let context: ExecutionContext
    let next: RowSink

    init(_ list: BoundExpression, slot: Int, context: ExecutionContext, next: RowSink) {
        self.list = list
        self.slot = slot
        self.context = context
        self.next = next
    }

    override func push(_ row: [Value]) throws(QueryError) -> Bool {
        let value = try context.evaluate(list, row)
        var out = row
        switch value {
        case .null: return true
        case .list(let items):
            for item in items {
                try context.tick()
                out[slot] = item
                if !(try next.push(out)) { return false }
            }
            return true
        default:
            out[slot] = value
            return try next.push(out)
        }
    }

    override func finish() throws(QueryError) { try next.finish() }
}

/// Collects the result rows.
final class CollectSink: RowSink {
    let slots: [Int]
    private(set) var rows: [[Value]] = []

    init(slots: [Int]) { self.slots = slots }

    override func push(_ row: [Value]) throws(QueryError) -> Bool {
        rows.append(slots.map { row[$0] })
        return true
    }
}
