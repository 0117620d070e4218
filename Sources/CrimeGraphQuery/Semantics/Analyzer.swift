import CrimeGraph

/// Checks a parsed query and turns it into a ``QueryPlan``: resolves variables to row slots
/// through the scopes clauses open and close, checks what Cypher rejects before running
/// (undefined or conflicting variables, misplaced aggregates, wrong literal types), and warns
/// about labels and relationship types the graph does not have.
final class Analyzer {
    /// A variable in scope: its row slot and what is known of its type.
    struct Variable {
        var slot: Int
        var type: StaticType
    }

    let graph: any PropertyGraph
    var scope: [String: Variable] = [:]
    var slotCount = 0
    var warnings: [QueryWarning] = []
    var warned = Set<String>()
    var writes = false
    /// Aggregates found while binding a projection item; nil where aggregates are not allowed.
    var aggregates: [ProjectionPlan.Aggregate]?
    /// Expressions already computed by a projection (by canonical form), for ORDER BY.
    var replacements: [String: Variable] = [:]

    init(graph: any PropertyGraph) { self.graph = graph }

    /// Checks and plans a whole statement.
    static func analyze(_ statement: Statement, graph: any PropertyGraph) throws(QueryError) -> QueryPlan {
        let analyzer = Analyzer(graph: graph)
        let plan = QueryPlan()
        if Set(statement.unionAll).count > 1 {
            throw .syntax("InvalidClauseComposition", "UNION and UNION ALL cannot be mixed", at: nil)
        }
        plan.unionDistinct = !(statement.unionAll.first ?? false)
        for (number, clauses) in statement.queries.enumerated() {
            analyzer.scope = [:]
            let (stages, columns, slots) = try analyzer.analyze(clauses)
            if number == 0 {
                plan.columns = columns
            } else if columns != plan.columns {
                throw .syntax(
                    "DifferentColumnsInUnion",
                    "every part of a UNION must return the same columns (\(plan.columns.joined(separator: ", ")))",
                    at: clauses.first?.offset)
            }
            plan.parts.append(stages)
            plan.columnSlots.append(slots)
        }
        plan.slotCount = analyzer.slotCount
        plan.warnings = analyzer.warnings
        plan.writes = analyzer.writes
        if plan.writes && !graph.isWritable {
            throw .unsupported("ReadOnlyGraph", "CREATE and DELETE are not supported: queries on case files are read-only", at: 0)
        }
        return plan
    }

    /// The stages of one single query, its column names and the slots holding them.
    func analyze(_ clauses: [Clause]) throws(QueryError) -> ([Stage], [String], [Int]) {
        var stages: [Stage] = []
        var columns: [String] = []
        var columnSlots: [Int] = []
        for clause in clauses {
            switch clause {
            case .match(let match):
                let spec = try bindPattern(match.pattern, mode: .match, predicate: match.predicate)
                stages.append(.match(MatchStage(plan: PatternPlan(spec), optional: match.optional)))
            case .unwind(let unwind):
                let (list, type) = try bind(unwind.list, Context())
                if scope[unwind.variable] != nil {
                    throw .syntax("VariableAlreadyBound", "variable '\(unwind.variable)' is already defined", at: unwind.offset)
                }
                let slot = newSlot()
                scope[unwind.variable] = Variable(slot: slot, type: type == .relationshipList ? .relationship : .any)
                stages.append(.unwind(list, slot: slot))
            case .with(let projection):
                stages.append(.project(try bindProjection(projection, isReturn: false).plan))
            case .return(let projection):
                let result = try bindProjection(projection, isReturn: true)
                stages.append(.project(result.plan))
                columns = result.columns
                columnSlots = result.plan.items.map(\.slot)
            case .create(let create):
                writes = true
                stages.append(.create(try bindCreate(create)))
            case .delete(let delete):
                writes = true
                var targets: [BoundExpression] = []
                for target in delete.targets { targets.append(try bind(target, Context()).0) }
                stages.append(.delete(targets: targets, detach: delete.detach))
            }
        }
        markEndpointOnlyExpansions(in: stages)
        return (stages, columns, columnSlots)
    }

    /// Marks the variable-length relationships whose trails need not be enumerated, as
    /// Neo4j's pruning var-length expand does: `MATCH (a {id: $x})-[*1..2]-(b) RETURN
    /// count(DISTINCT b)` needs each node within two hops once, not each of the trails to it
    /// (thousands around a hub).
    ///
    /// It holds when the MATCH is one pattern of one anonymous relationship `*0..max` or
    /// `*1..max` without a path variable, and the next clause discards multiplicity: DISTINCT
    /// without aggregates, or aggregates that are all DISTINCT, `min` or `max`. A node other than
    /// the start is then at the end of some trail of length 1...max exactly when it is within
    /// max hops (a shortest path repeats no relationship); the start itself, when a closed trail
    /// of length 1...max through it exists (`Matcher.closedTrailLength`).
    func markEndpointOnlyExpansions(in stages: [Stage]) {
        for (position, stage) in stages.enumerated() where position + 1 < stages.count {
            guard case .match(let match) = stage, !match.optional, case .project(let projection) = stages[position + 1] else { continue }
            let discardsMultiplicity = projection.isAggregating
                ? projection.aggregates.allSatisfy { $0.distinct || $0.function == .min || $0.function == .max }
                : projection.distinct
            let spec = match.plan.spec
            guard discardsMultiplicity, spec.parts.count == 1, spec.relationships.count == 1,
                let part = spec.parts.first, part.pathSlot == nil, part.shortest == nil
            else { continue }
            let relationship = spec.relationships[0]
            guard relationship.anonymous, relationship.variableLength, !relationship.boundBefore,
                let length = relationship.length, length.minimum <= 1
            else { continue }
            match.plan.markEndpointsOnly(relationship: 0)
        }
    }

    /// A fresh row slot.
    func newSlot() -> Int {
        slotCount += 1
        return slotCount - 1
    }

    /// Records an unknown label or relationship type, once each, with close matches.
    func checkLabel(_ label: String, at offset: Int) {
        guard graph.estimatedCount(ofLabel: label) == 0, warned.insert("label:" + label).inserted else { return }
        let suggestions = Suggestions.closest(to: label, among: graph.labelNames, limit: 3)
        let hint = suggestions.isEmpty ? "" : "; did you mean " + suggestions.map { "'\($0)'" }.joined(separator: ", ") + "?"
        warnings.append(QueryWarning(message: "no node has the label '\(label)'\(hint)", offset: offset))
    }

    func checkType(_ type: String, at offset: Int) {
        guard graph.typeCode(named: type) == nil, warned.insert("type:" + type).inserted else { return }
        let suggestions = Suggestions.closest(to: type, among: graph.typeNames, limit: 3)
        let hint = suggestions.isEmpty ? "" : "; did you mean " + suggestions.map { "'\($0)'" }.joined(separator: ", ") + "?"
        warnings.append(QueryWarning(message: "no relationship has the type '\(type)'\(hint)", offset: offset))
    }
}
