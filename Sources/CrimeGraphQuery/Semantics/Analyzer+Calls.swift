import CrimeGraph

extension Analyzer {
    /// A function call: resolves the function, checks its arguments' number and (when known)
    /// type, and turns aggregates into slots the aggregation stage fills.
    func bindCall(
        _ name: String, distinct: Bool, _ arguments: [Expression], _ context: Context, at offset: Int
    ) throws(QueryError) -> (BoundExpression, StaticType) {
        if name.lowercased() == "exists" {
            guard arguments.count == 1 else {
                throw .syntax("InvalidNumberOfArguments", "exists() takes one argument", at: offset)
            }
            if case .pattern = arguments[0].kind {
                var predicate = context
                predicate.allowsPatterns = true
                return try bind(arguments[0], predicate)
            }
            var inner = context
            inner.allowsPatterns = false
            return (.isNull(try bind(arguments[0], inner).0, negated: true), .boolean)
        }
        guard let function = FunctionTable.lookup(name) else {
            let suggestions = Suggestions.closest(to: name, among: FunctionTable.names, limit: 3)
            let hint = suggestions.isEmpty ? "" : "; did you mean " + suggestions.map { "\($0)()" }.joined(separator: ", ") + "?"
            throw .syntax("UnknownFunction", "unknown function '\(name)'\(hint)", at: offset)
        }
        guard function.arity.contains(arguments.count) else {
            let expected = function.arity.lowerBound == function.arity.upperBound
                ? "\(function.arity.lowerBound)" : "\(function.arity.lowerBound) or more"
            throw .syntax(
                "InvalidNumberOfArguments",
                "\(function.name)() takes \(expected) argument\(function.arity.upperBound == 1 ? "" : "s"), not \(arguments.count)",
                at: offset)
        }
        if function.isAggregate { return try bindAggregate(function, distinct: distinct, arguments, context, at: offset) }
        if distinct {
            throw .syntax("InvalidArgumentType", "DISTINCT only applies to aggregating functions, not \(function.name)()", at: offset)
        }
        var inner = context
        inner.allowsPatterns = false
        var bound: [BoundExpression] = []
        for (position, argument) in arguments.enumerated() {
            let (expression, type) = try bind(argument, inner)
            if position == 0, let accepts = function.accepts, type != .any, type != .null, !accepts.contains(type) {
                throw .syntax("InvalidArgumentType", "\(function.name)() does not accept a \(type.name)", at: argument.offset)
            }
            bound.append(expression)
        }
        return (.call(function, bound), function.result)
    }

    /// An aggregate: only where the projection allows one, never inside another.
    func bindAggregate(
        _ function: FunctionDefinition, distinct: Bool, _ arguments: [Expression], _ context: Context, at offset: Int
    ) throws(QueryError) -> (BoundExpression, StaticType) {
        if context.insideAggregate {
            throw .syntax("NestedAggregation", "an aggregate cannot contain another aggregate", at: offset)
        }
        guard aggregates != nil, !context.forbidsAggregates else {
            throw .syntax("InvalidAggregation", "\(function.name)() cannot be used here; aggregates belong in WITH or RETURN", at: offset)
        }
        var inner = context
        inner.allowsPatterns = false
        inner.insideAggregate = true
        var bound: [BoundExpression] = []
        for argument in arguments {
            let expression = try bind(argument, inner).0
            if expression.callsNondeterministicFunction {
                throw .syntax("NonConstantExpression", "the argument of \(function.name)() cannot use rand()", at: argument.offset)
            }
            bound.append(expression)
        }
        guard case .aggregate(let kind) = function.kind else { return (.constant(.null), .any) }
        let slot = newSlot()
        aggregates?.append(ProjectionPlan.Aggregate(function: kind, arguments: bound, distinct: distinct, slot: slot))
        return (.slot(slot), function.result)
    }
}

extension BoundExpression {
    /// Whether evaluating it calls `rand()` or another function that varies between calls.
    var callsNondeterministicFunction: Bool {
        switch self {
        case .call(let function, let arguments):
            return !function.isDeterministic || arguments.contains { $0.callsNondeterministicFunction }
        case .constant, .parameter, .slot, .patternExists, .patternComprehension: return false
        case .property(let base, _), .hasLabels(let base, _), .not(let base), .negate(let base), .isNull(let base, _):
            return base.callsNondeterministicFunction
        case .index(let a, let b), .binary(_, let a, let b): return a.callsNondeterministicFunction || b.callsNondeterministicFunction
        case .slice(let base, let from, let to):
            return [base, from, to].contains { $0?.callsNondeterministicFunction ?? false }
        case .list(let items), .map(_, let items), .and(let items), .or(let items), .xor(let items):
            return items.contains { $0.callsNondeterministicFunction }
        case .caseWhen(let subject, let branches, let otherwise):
            return (subject?.callsNondeterministicFunction ?? false) || (otherwise?.callsNondeterministicFunction ?? false)
                || branches.contains { $0.0.callsNondeterministicFunction || $0.1.callsNondeterministicFunction }
        case .listComprehension(_, let source, let filter, let projection):
            return [source, filter, projection].contains { $0?.callsNondeterministicFunction ?? false }
        case .quantifier(_, _, let source, let filter):
            return [source, filter].contains { $0?.callsNondeterministicFunction ?? false }
        case .reduce(_, let initial, _, let source, let body):
            return [initial, source, body].contains { $0.callsNondeterministicFunction }
        }
    }

    /// Every slot the expression reads (nested pattern plans included: their bound-before
    /// slots and what their expressions read).
    func collectSlots(into slots: inout Set<Int>) {
        switch self {
        case .slot(let slot): slots.insert(slot)
        case .constant, .parameter: break
        case .property(let base, _), .hasLabels(let base, _), .not(let base), .negate(let base), .isNull(let base, _):
            base.collectSlots(into: &slots)
        case .index(let a, let b), .binary(_, let a, let b):
            a.collectSlots(into: &slots)
            b.collectSlots(into: &slots)
        case .slice(let base, let from, let to):
            for part in [base, from, to] { part?.collectSlots(into: &slots) }
        case .list(let items), .map(_, let items), .and(let items), .or(let items), .xor(let items), .call(_, let items):
            for item in items { item.collectSlots(into: &slots) }
        case .caseWhen(let subject, let branches, let otherwise):
            subject?.collectSlots(into: &slots)
            otherwise?.collectSlots(into: &slots)
            for (when, then) in branches {
                when.collectSlots(into: &slots)
                then.collectSlots(into: &slots)
            }
        case .listComprehension(_, let source, let filter, let projection):
            for part in [source, filter, projection] { part?.collectSlots(into: &slots) }
        case .quantifier(_, _, let source, let filter):
            for part in [source, filter] { part?.collectSlots(into: &slots) }
        case .reduce(_, let initial, _, let source, let body):
            for part in [initial, source, body] { part.collectSlots(into: &slots) }
        case .patternExists(let plan): plan.spec.collectOuterSlots(into: &slots)
        case .patternComprehension(let plan, let filter, let projection):
            plan.spec.collectOuterSlots(into: &slots)
            filter?.collectSlots(into: &slots)
            projection.collectSlots(into: &slots)
        }
    }
}

extension PatternSpec {
    /// The slots a nested pattern reads from the row it runs in.
    func collectOuterSlots(into slots: inout Set<Int>) {
        for node in nodes where node.boundBefore { slots.insert(node.slot) }
        for relationship in relationships where relationship.boundBefore { slots.insert(relationship.slot) }
        for node in nodes { for (_, value) in node.properties { value.collectSlots(into: &slots) } }
        for relationship in relationships { for (_, value) in relationship.properties { value.collectSlots(into: &slots) } }
        for predicate in predicates { predicate.expression.collectSlots(into: &slots) }
    }
}
