import CrimeGraph

extension Analyzer {
    /// Where an expression sits, for the checks that depend on it.
    struct Context {
        /// A predicate position (WHERE, and AND/OR/XOR/NOT below it): patterns allowed.
        var allowsPatterns = false
        /// Inside an aggregate's arguments: another aggregate is nested aggregation.
        var insideAggregate = false
        /// Inside a comprehension's filter or projection: no aggregates.
        var forbidsAggregates = false
    }

    /// Binds an expression in the current scope, returning it and what is known of its type.
    func bind(_ expression: Expression, _ context: Context) throws(QueryError) -> (BoundExpression, StaticType) {
        if !replacements.isEmpty, let replacement = replacements[expression.canonical] {
            return (.slot(replacement.slot), replacement.type)
        }
        var inner = context
        inner.allowsPatterns = false
        let offset = expression.offset
        switch expression.kind {
        case .null: return (.constant(.null), .null)
        case .bool(let flag): return (.constant(.bool(flag)), .boolean)
        case .integer(let number): return (.constant(.int(number)), .integer)
        case .float(let number): return (.constant(.float(number)), .float)
        case .string(let text): return (.constant(.string(text)), .string)
        case .parameter(let name): return (.parameter(name), .any)
        case .variable(let name):
            guard let variable = scope[name] else {
                throw .syntax("UndefinedVariable", "variable '\(name)' is not defined", at: offset)
            }
            return (.slot(variable.slot), variable.type)
        case .property(let base, let key):
            let (bound, type) = try bind(base, inner)
            switch type {
            case .path:
                throw .syntax("InvalidArgumentType", "a path has no properties; use nodes(p) or relationships(p)", at: offset)
            case .boolean, .integer, .float, .string, .list, .relationshipList:
                throw .typeAtCompile("a \(type.name) has no property '\(key)'", at: offset)
            default: return (.property(bound, key), .any)
            }
        case .index(let base, let index):
            let (boundBase, baseType) = try bind(base, inner)
            let (boundIndex, _) = try bind(index, inner)
            let element: StaticType = baseType == .relationshipList ? .relationship : .any
            return (.index(boundBase, boundIndex), element)
        case .slice(let base, let from, let to):
            let (boundBase, baseType) = try bind(base, inner)
            let boundFrom = try from.map { (e) throws(QueryError) in try bind(e, inner).0 }
            let boundTo = try to.map { (e) throws(QueryError) in try bind(e, inner).0 }
            return (.slice(boundBase, boundFrom, boundTo), baseType == .relationshipList ? .relationshipList : .list)
        case .hasLabels(let base, let labels):
            let (bound, _) = try bind(base, inner)
            for label in labels { checkLabel(label, at: offset) }
            return (.hasLabels(bound, labels), .boolean)
        case .list(let items):
            var bound: [BoundExpression] = []
            for item in items { bound.append(try bind(item, inner).0) }
            return (.list(bound), .list)
        case .map(let entries):
            var values: [BoundExpression] = []
            for entry in entries { values.append(try bind(entry.value, inner).0) }
            return (.map(entries.map(\.key), values), .map)
        case .not(let operand):
            var predicate = inner
            predicate.allowsPatterns = context.allowsPatterns
            let (bound, type) = try bind(operand, predicate)
            try requireBoolean(type, "NOT", at: operand.offset)
            return (.not(bound), .boolean)
        case .negate(let operand):
            let (bound, type) = try bind(operand, inner)
            if case .constant(.int(let number)) = bound, number != Int.min { return (.constant(.int(-number)), .integer) }
            return (.negate(bound), type == .integer || type == .float ? type : .any)
        case .binary(let op, let left, let right):
            return try bindBinary(op, left, right, inner, at: offset)
        case .and(let items), .or(let items), .xor(let items):
            var predicate = inner
            predicate.allowsPatterns = context.allowsPatterns
            var bound: [BoundExpression] = []
            let name: String
            switch expression.kind {
            case .and: name = "AND"
            case .or: name = "OR"
            default: name = "XOR"
            }
            for item in items {
                let (operand, type) = try bind(item, predicate)
                try requireBoolean(type, name, at: item.offset)
                bound.append(operand)
            }
            switch expression.kind {
            case .and: return (.and(bound), .boolean)
            case .or: return (.or(bound), .boolean)
            default: return (.xor(bound), .boolean)
            }
        case .isNull(let operand, let negated):
            return (.isNull(try bind(operand, inner).0, negated: negated), .boolean)
        case .call(let name, let distinct, let arguments):
            return try bindCall(name, distinct: distinct, arguments, context, at: offset)
        case .countStar:
            return try bindAggregate(FunctionTable.aggregates[0], distinct: false, [], context, at: offset)
        case .caseWhen(let subject, let branches, let otherwise):
            let boundSubject = try subject.map { (e) throws(QueryError) in try bind(e, inner).0 }
            var boundBranches: [(BoundExpression, BoundExpression)] = []
            for branch in branches {
                boundBranches.append((try bind(branch.when, inner).0, try bind(branch.then, inner).0))
            }
            let boundOtherwise = try otherwise.map { (e) throws(QueryError) in try bind(e, inner).0 }
            return (.caseWhen(subject: boundSubject, branches: boundBranches, otherwise: boundOtherwise), .any)
        case .listComprehension(let variable, let source, let filter, let projection):
            let (boundSource, sourceType) = try bind(source, inner)
            var body = inner
            body.forbidsAggregates = true
            return try withVariable(variable, type: sourceType == .relationshipList ? .relationship : .any) { (slot) throws(QueryError) in
                var predicate = body
                predicate.allowsPatterns = true
                let boundFilter = try filter.map { (e) throws(QueryError) in try bindPredicate(e, predicate) }
                let boundProjection = try projection.map { (e) throws(QueryError) in try bind(e, body).0 }
                return (.listComprehension(slot: slot, source: boundSource, filter: boundFilter, projection: boundProjection), .list)
            }
        case .quantifier(let quantifier, let variable, let source, let filter):
            let (boundSource, sourceType) = try bind(source, inner)
            var body = inner
            body.forbidsAggregates = true
            body.allowsPatterns = true
            return try withVariable(variable, type: sourceType == .relationshipList ? .relationship : .any) { (slot) throws(QueryError) in
                let boundFilter = try filter.map { (e) throws(QueryError) in try bindPredicate(e, body) }
                return (.quantifier(quantifier, slot: slot, source: boundSource, filter: boundFilter), .boolean)
            }
        case .reduce(let accumulator, let initial, let variable, let source, let body):
            let (boundInitial, _) = try bind(initial, inner)
            let (boundSource, _) = try bind(source, inner)
            var bodyContext = inner
            bodyContext.forbidsAggregates = true
            return try withVariable(accumulator, type: .any) { (accumulatorSlot) throws(QueryError) in
                try withVariable(variable, type: .any) { (slot) throws(QueryError) in
                    let boundBody = try bind(body, bodyContext).0
                    return (.reduce(accumulator: accumulatorSlot, initial: boundInitial, slot: slot, source: boundSource, body: boundBody), .any)
                }
            }
        case .patternComprehension(let path, let pattern, let filter, let projection):
            let saved = scope
            defer { scope = saved }
            let part = PatternPart(pathVariable: path, shortest: nil, element: pattern, offset: offset)
            var spec = try bindPattern([part], mode: .comprehension, predicate: nil)
            var body = inner
            body.forbidsAggregates = true
            if let filter {
                var predicate = body
                predicate.allowsPatterns = true
                let bound = try bindPredicate(filter, predicate)
                spec.predicates += splitPredicate(bound, spec: spec)
            }
            let boundProjection = try bind(projection, body).0
            return (.patternComprehension(PatternPlan(spec), filter: nil, projection: boundProjection), .list)
        case .pattern(let element):
            guard context.allowsPatterns else {
                throw .syntax("UnexpectedSyntax", "a pattern can only be used as a predicate (in WHERE)", at: offset)
            }
            let part = PatternPart(pathVariable: nil, shortest: nil, element: element, offset: offset)
            return (.patternExists(PatternPlan(try bindPattern([part], mode: .predicate, predicate: nil))), .boolean)
        }
    }

    /// Binds a predicate: patterns allowed, the result must be boolean.
    func bindPredicate(_ expression: Expression, _ context: Context = Context()) throws(QueryError) -> BoundExpression {
        var predicate = context
        predicate.allowsPatterns = true
        let (bound, type) = try bind(expression, predicate)
        try requireBoolean(type, "WHERE", at: expression.offset)
        return bound
    }

    func requireBoolean(_ type: StaticType, _ where: String, at offset: Int) throws(QueryError) {
        guard type.mayBeBoolean else {
            throw .syntax("InvalidArgumentType", "\(`where`) expects a boolean, not a \(type.name)", at: offset)
        }
    }

    /// Runs `body` with `name` bound to a fresh slot, then restores what `name` meant before.
    func withVariable<T>(_ name: String, type: StaticType, _ body: (Int) throws(QueryError) -> T) throws(QueryError) -> T {
        let saved = scope[name]
        let slot = newSlot()
        scope[name] = Variable(slot: slot, type: type)
        defer { scope[name] = saved }
        return try body(slot)
    }

    func bindBinary(
        _ op: BinaryOperator, _ left: Expression, _ right: Expression, _ context: Context, at offset: Int
    ) throws(QueryError) -> (BoundExpression, StaticType) {
        let (boundLeft, leftType) = try bind(left, context)
        let (boundRight, rightType) = try bind(right, context)
        let result: StaticType
        switch op {
        case .in:
            guard rightType.mayBeList else {
                throw .syntax("InvalidArgumentType", "IN expects a list on its right, not a \(rightType.name)", at: right.offset)
            }
            result = .boolean
        case .equal, .notEqual, .less, .greater, .lessEqual, .greaterEqual, .regexMatch, .startsWith, .endsWith, .contains:
            result = .boolean
        case .add:
            if leftType == .string || rightType == .string {
                result = .string
            } else if leftType == .list || rightType == .list {
                result = .list
            } else {
                result = Analyzer.numericType(leftType, rightType)
            }
        case .subtract, .multiply, .divide, .modulo: result = Analyzer.numericType(leftType, rightType)
        case .power: result = .float
        }
        return (.binary(op, boundLeft, boundRight), result)
    }

    static func numericType(_ a: StaticType, _ b: StaticType) -> StaticType {
        if a == .integer && b == .integer { return .integer }
        if (a == .float || a == .integer) && (b == .float || b == .integer) { return .float }
        return .any
    }
}
