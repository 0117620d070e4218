import CrimeGraph

/// Checked, planned queries by query text, kept with one graph (``Graph/derived(_:make:)``),
/// so an application that runs the same query again — with other parameters, as a
/// prepared statement would — skips lexing, parsing, analysis and planning.
///
/// A plan is tied to the graph it was checked against (warnings name that graph's labels, the
/// match order follows its label counts), which is why the cache lives with the graph; a graph
/// never changes, so a plan never goes stale. Plans are not changed once made, except for
/// their pattern steps, planned on first use under a lock, so one plan may run on several
/// threads at once. Parameter values are not part of the plan: they are read when it runs.
///
/// At most ``capacity`` texts are kept; when a new one would exceed that, the cache is
/// emptied and starts again. Programs that build query text with the values spliced in
/// (instead of parameters) therefore cost one plan each, as they would without the cache,
/// and memory stays bounded.
final class PlanCache: @unchecked Sendable {
    /// How many query texts are kept.
    static let capacity = 256

    private let plans = Locked<[String: QueryPlan]>([:])

    /// The plan for `text`, prepared with `prepare` when the cache does not hold it. A query
    /// that fails to compile is not kept: its error is thrown again on every call.
    func plan(for text: String, prepare: (String) throws(QueryError) -> QueryPlan) throws(QueryError) -> QueryPlan {
        if let plan = plans.withLock({ $0[text] }) { return plan }
        let plan = try prepare(text)
        plans.withLock { table in
            if table.count >= Self.capacity { table.removeAll(keepingCapacity: true) }
            table[text] = plan
        }
        return plan
    }

    /// How many plans are held (for tests).
    var count: Int { plans.withLock(\.count) }
}
