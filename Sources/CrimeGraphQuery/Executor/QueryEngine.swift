/// Parses, checks, plans and runs a query against any ``PropertyGraph``.
enum QueryEngine {
    /// A finished run: the checked plan (columns, warnings) and the rows.
    struct Outcome {
        var plan: QueryPlan
        var rows: [[Value]]
    }

    /// Parses and checks a query for a graph, without running it.
    static func prepare(_ text: String, for graph: any PropertyGraph) throws(QueryError) -> QueryPlan {
        try Analyzer.analyze(try Parser.parse(text), graph: graph)
    }

    /// Runs a query.
    /// - Throws: ``QueryError`` for a syntax or semantic error (compile phase), a type or
    ///   argument error while running, or the timeout.
    static func run(
        _ text: String, on graph: any PropertyGraph, parameters: [String: Value] = [:], timeout: Duration? = nil
    ) throws(QueryError) -> Outcome {
        let plan = try prepare(text, for: graph)
        return Outcome(plan: plan, rows: try execute(plan, on: graph, parameters: parameters, timeout: timeout))
    }

    /// Runs a checked plan.
    static func execute(
        _ plan: QueryPlan, on graph: any PropertyGraph, parameters: [String: Value], timeout: Duration?
    ) throws(QueryError) -> [[Value]] {
        let context = ExecutionContext(graph: graph, parameters: parameters, timeout: timeout, slotCount: plan.slotCount)
        var rows: [[Value]] = []
        for (stages, slots) in zip(plan.parts, plan.columnSlots) {
            let collector = CollectSink(slots: slots)
            let head = try pipeline(stages, ending: collector, context: context)
            _ = try head.push(context.emptyRow)
            try head.finish()
            // A query ending with CREATE or DELETE returns no rows.
            if !plan.columns.isEmpty { rows.append(contentsOf: collector.rows) }
        }
        if plan.parts.count > 1 && plan.unionDistinct {
            var seen = Set<EquivalentRow>()
            rows = rows.filter { seen.insert(EquivalentRow(values: $0)).inserted }
        }
        return rows
    }

    /// The sinks of one single query, first stage first.
    static func pipeline(_ stages: [Stage], ending last: RowSink, context: ExecutionContext) throws(QueryError) -> RowSink {
        var next = last
        for stage in stages.reversed() {
            switch stage {
            case .match(let match): next = MatchSink(match, context: context, next: next)
            case .unwind(let list, let slot): next = UnwindSink(list, slot: slot, context: context, next: next)
            case .project(let projection):
                next = projection.isAggregating
                    ? AggregationSink(projection, context: context, next: next)
                    : ProjectionSink(projection, context: context, next: next)
            case .create(let create):
                guard let graph = context.graph as? any MutablePropertyGraph else { throw readOnly }
                next = CreateSink(create, context: context, graph: graph, next: next)
            case .delete(let targets, let detach):
                guard let graph = context.graph as? any MutablePropertyGraph else { throw readOnly }
                next = DeleteSink(targets: targets, detach: detach, context: context, graph: graph, next: next)
            }
        }
        return next
    }

    static var readOnly: QueryError {
        .unsupported("ReadOnlyGraph", "CREATE and DELETE are not supported: queries on case files are read-only", at: nil)
    }
}
