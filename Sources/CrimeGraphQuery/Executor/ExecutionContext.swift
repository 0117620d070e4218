/// What a running query shares: the graph, the parameters, the deadline, and caches.
///
/// One per query run, used from one thread.
final class ExecutionContext {
    let graph: any PropertyGraph
    let parameters: [String: Value]
    let deadline: ContinuousClock.Instant?
    let timeLimit: Duration?
    let slotCount: Int
    private var ticks = 0
    /// Compiled regular expressions by pattern text.
    var regexCache: [String: Regex<AnyRegexOutput>] = [:]

    init(graph: any PropertyGraph, parameters: [String: Value], timeout: Duration?, slotCount: Int) {
        self.graph = graph
        self.parameters = parameters
        self.timeLimit = timeout
        self.deadline = timeout.map { ContinuousClock.now.advanced(by: $0) }
        self.slotCount = slotCount
    }

    /// Counts a unit of work and fails once the deadline has passed (the clock is read every
    /// 4,096 units).
    @inline(__always)
    func tick() throws(QueryError) {
        ticks &+= 1
        if ticks & 4095 == 0 { try checkDeadline() }
    }

    func checkDeadline() throws(QueryError) {
        guard let deadline, ContinuousClock.now > deadline else { return }
        let seconds = timeLimit.map { Double($0.components.seconds) + Double($0.components.attoseconds) / 1e18 } ?? 0
        throw QueryError(
            kind: .timeout, phase: .runtime, code: "Timeout",
            message: "the query ran longer than \(seconds == seconds.rounded() ? String(Int(seconds)) : String(seconds)) s and was stopped")
    }

    /// An empty row.
    var emptyRow: [Value] { [Value](repeating: .null, count: slotCount) }
}
