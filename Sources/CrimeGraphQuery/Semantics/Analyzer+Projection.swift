extension Analyzer {
    /// A checked WITH or RETURN and its column names.
    struct BoundProjection {
        var plan: ProjectionPlan
        var columns: [String]
    }

    /// One item to project, `*` expanded.
    struct ProjectedItem {
        var expression: Expression
        var name: String
        /// Written with AS, or a bare variable (WITH needs one or the other).
        var isNamed: Bool
    }

    /// Binds WITH or RETURN. Items see the scope before; ORDER BY sees the items' names and,
    /// unless the projection aggregates or is DISTINCT, the variables before too; WITH's
    /// WHERE likewise. Afterwards only the items are in scope.
    func bindProjection(_ projection: Projection, isReturn: Bool) throws(QueryError) -> BoundProjection {
        let plan = ProjectionPlan()
        plan.distinct = projection.distinct
        let before = scope
        let items = try projectedItems(projection, isReturn: isReturn)

        aggregates = []
        var bound: [(expression: BoundExpression, type: StaticType, aggregates: Bool)] = []
        for item in items {
            let count = aggregates?.count ?? 0
            let (expression, type) = try bind(item.expression, Context())
            bound.append((expression, type, (aggregates?.count ?? 0) > count))
        }
        plan.aggregates = aggregates ?? []
        aggregates = nil
        let aggregating = !plan.aggregates.isEmpty
        let keyItems = zip(items, bound).filter { !$0.1.aggregates }.map(\.0.expression)
        let keys = Set(keyItems.filter(\.isSimpleGroupingKey).map(\.canonical))
        let mentioned = Set(keyItems.flatMap(\.variableNames))
        if aggregating {
            for (item, entry) in zip(items, bound) where entry.aggregates {
                try checkGrouping(item.expression, keys: keys, mentioned: mentioned, aliases: [:], inOrderBy: false)
            }
        }

        var after: [String: Variable] = [:]
        var computed: [String: Variable] = [:]
        for (item, entry) in zip(items, bound) {
            let slot = newSlot()
            plan.items.append(.init(expression: entry.expression, slot: slot, aggregates: entry.aggregates))
            after[item.name] = Variable(slot: slot, type: entry.type)
            computed[item.expression.canonical] = Variable(slot: slot, type: entry.type)
        }

        if !projection.order.isEmpty {
            if aggregating || projection.distinct {
                scope = after
                replacements = computed
                aggregates = aggregating ? [] : nil
                defer {
                    replacements = [:]
                    aggregates = nil
                }
                for sort in projection.order {
                    if aggregating && sort.expression.containsAggregate {
                        try checkGrouping(sort.expression, keys: keys, mentioned: mentioned, aliases: after, inOrderBy: true)
                    }
                    plan.order.append(.init(expression: try bind(sort.expression, Context()).0, ascending: sort.ascending))
                }
                if !(aggregates ?? []).isEmpty {
                    throw .syntax(
                        "InvalidAggregation", "ORDER BY can only use aggregates that the projection returns",
                        at: projection.order[0].expression.offset)
                }
            } else {
                scope = before.merging(after) { $1 }
                for sort in projection.order {
                    plan.order.append(.init(expression: try bind(sort.expression, Context()).0, ascending: sort.ascending))
                }
            }
        }

        scope = before
        plan.skip = try bindCount(projection.skip, "SKIP")
        plan.limit = try bindCount(projection.limit, "LIMIT")
        if let predicate = projection.predicate {
            scope = aggregating ? after : before.merging(after) { $1 }
            plan.predicate = try bindPredicate(predicate)
        }
        if !isReturn, let unnamed = items.first(where: { !$0.isNamed }) {
            throw .syntax("NoExpressionAlias", "WITH must name '\(unnamed.name)' with AS", at: unnamed.expression.offset)
        }
        scope = after
        return BoundProjection(plan: plan, columns: items.map(\.name))
    }

    /// The items with `*` expanded (every variable in scope, by name) and their names.
    func projectedItems(_ projection: Projection, isReturn: Bool) throws(QueryError) -> [ProjectedItem] {
        var items: [ProjectedItem] = []
        if projection.includesAll {
            if isReturn && scope.isEmpty && projection.items.isEmpty {
                throw .syntax("NoVariablesInScope", "RETURN * needs at least one variable in scope", at: projection.offset)
            }
            for name in scope.keys.sorted() {
                items.append(ProjectedItem(expression: Expression(.variable(name), at: projection.offset), name: name, isNamed: true))
            }
        }
        for item in projection.items {
            if let alias = item.alias {
                items.append(ProjectedItem(expression: item.expression, name: alias, isNamed: true))
            } else if case .variable(let name) = item.expression.kind {
                items.append(ProjectedItem(expression: item.expression, name: name, isNamed: true))
            } else {
                items.append(ProjectedItem(expression: item.expression, name: item.text, isNamed: false))
            }
        }
        var seen = Set<String>()
        for item in items where !seen.insert(item.name).inserted {
            throw .syntax("ColumnNameConflict", "two columns are named '\(item.name)'", at: item.expression.offset)
        }
        return items
    }

    /// Checks that an expression mixing aggregates and other values only uses, outside its
    /// aggregates, variables and properties the projection groups by (`keys`: the canonical
    /// forms of the grouping items that are a variable or a variable's property; `mentioned`:
    /// every variable any grouping item reads). In ORDER BY, a variable no grouping item
    /// mentions is simply undefined.
    func checkGrouping(
        _ expression: Expression, keys: Set<String>, mentioned: Set<String>, aliases: [String: Variable], inOrderBy: Bool
    ) throws(QueryError) {
        var pending: [(Expression, Set<String>)] = [(expression, [])]
        while let (current, locals) = pending.popLast() {
            if keys.contains(current.canonical) { continue }
            switch current.kind {
            case .countStar: continue
            case .call(let name, _, _) where FunctionTable.lookup(name)?.isAggregate ?? false: continue
            case .variable(let name):
                if locals.contains(name) || keys.contains(current.canonical) || (inOrderBy && aliases[name] != nil) { continue }
                if inOrderBy && !mentioned.contains(name) {
                    throw .syntax("UndefinedVariable", "variable '\(name)' is not defined after the projection", at: current.offset)
                }
                throw .syntax(
                    "AmbiguousAggregationExpression",
                    "'\(name)' is used next to an aggregate but is not a grouping key of the projection", at: current.offset)
            case .listComprehension(let variable, let source, let filter, let projection):
                pending.append((source, locals))
                for part in [filter, projection].compactMap({ $0 }) { pending.append((part, locals.union([variable]))) }
            case .quantifier(_, let variable, let source, let filter):
                pending.append((source, locals))
                if let filter { pending.append((filter, locals.union([variable]))) }
            case .reduce(let accumulator, let initial, let variable, let source, let body):
                pending.append((initial, locals))
                pending.append((source, locals))
                pending.append((body, locals.union([accumulator, variable])))
            default:
                for child in current.children { pending.append((child, locals)) }
            }
        }
    }

    /// SKIP or LIMIT: a constant, non-negative integer (parameters are checked when run).
    func bindCount(_ expression: Expression?, _ clause: String) throws(QueryError) -> BoundExpression? {
        guard let expression else { return nil }
        let (bound, _) = try bind(expression, Context())
        guard bound.isConstant else {
            throw .syntax("NonConstantExpression", "\(clause) cannot depend on variables", at: expression.offset)
        }
        switch bound {
        case .constant(.int(let number)) where number < 0:
            throw .syntax("NegativeIntegerArgument", "\(clause) cannot be negative", at: expression.offset)
        case .constant(.int): break
        case .constant(let value):
            throw .syntax("InvalidArgumentType", "\(clause) expects an integer, not \(value.typeName)", at: expression.offset)
        default: break
        }
        return bound
    }
}

extension Expression {
    /// A variable or a variable's property: the grouping items an expression next to an
    /// aggregate may use.
    var isSimpleGroupingKey: Bool {
        switch kind {
        case .variable: return true
        case .property(let base, _):
            if case .variable = base.kind { return true }
            return false
        default: return false
        }
    }

    /// The names of the variables the expression reads (comprehension variables included).
    var variableNames: [String] {
        if case .variable(let name) = kind { return [name] }
        return children.flatMap(\.variableNames)
    }
}
