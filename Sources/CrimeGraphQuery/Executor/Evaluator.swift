extension ExecutionContext {
    /// The value of `expression` for `row`.
    ///
    /// Recursion follows the expression tree, whose height the parser bounds.
    func evaluate(_ expression: BoundExpression, _ row: [Value]) throws(QueryError) -> Value {
        switch expression {
        case .constant(let value): return value
        case .parameter(let name):
            guard let value = parameters[name] else {
                throw QueryError(
                    kind: .syntax, phase: .runtime, code: "MissingParameter", message: "no value was given for parameter $\(name)")
            }
            return value
        case .slot(let slot): return row[slot]
        case .property(let base, let key): return try property(of: try evaluate(base, row), key)
        case .index(let base, let index): return try element(of: try evaluate(base, row), at: try evaluate(index, row))
        case .slice(let base, let from, let to):
            let fromValue = try from.map { (e) throws(QueryError) in try evaluate(e, row) }
            let toValue = try to.map { (e) throws(QueryError) in try evaluate(e, row) }
            return try Operators.slice(try evaluate(base, row), from: fromValue, to: toValue)
        case .hasLabels(let base, let labels): return try hasLabels(try evaluate(base, row), labels)
        case .list(let items):
            var values: [Value] = []
            values.reserveCapacity(items.count)
            for item in items { values.append(try evaluate(item, row)) }
            return .list(values)
        case .map(let keys, let items):
            var map = ValueMap()
            for (key, item) in zip(keys, items) { map[key] = try evaluate(item, row) }
            return .map(map)
        case .not(let operand): return try Operators.not(try evaluate(operand, row))
        case .negate(let operand): return try Operators.negate(try evaluate(operand, row))
        case .binary(let op, let left, let right):
            return try Operators.apply(op, try evaluate(left, row), try evaluate(right, row), context: self)
        case .and(let items): return try logical(items, row, absorbing: false)
        case .or(let items): return try logical(items, row, absorbing: true)
        case .xor(let items):
            var result = false
            for item in items {
                switch try evaluate(item, row) {
                case .null: return .null
                case .bool(let flag): result = result != flag
                case let other: throw Operators.typeError("XOR", other)
                }
            }
            return .bool(result)
        case .isNull(let operand, let negated): return .bool(try evaluate(operand, row).isNull != negated)
        case .call(let function, let arguments):
            guard case .scalar(let body) = function.kind else { return .null }
            var values: [Value] = []
            values.reserveCapacity(arguments.count)
            for argument in arguments { values.append(try evaluate(argument, row)) }
            return try body(values, graph)
        case .caseWhen(let subject, let branches, let otherwise):
            let tested = try subject.map { (e) throws(QueryError) in try evaluate(e, row) }
            for (when, then) in branches {
                let condition = try evaluate(when, row)
                let taken: Bool
                if let tested { taken = Value.equals(tested, condition) == true } else { taken = condition.isTrue }
                if taken { return try evaluate(then, row) }
            }
            return try otherwise.map { (e) throws(QueryError) in try evaluate(e, row) } ?? .null
        case .listComprehension(let slot, let source, let filter, let projection):
            guard let items = try listOperand(try evaluate(source, row), "list comprehension") else { return .null }
            var inner = row
            var result: [Value] = []
            for item in items {
                try tick()
                inner[slot] = item
                if let filter, !(try evaluate(filter, inner).isTrue) { continue }
                result.append(try projection.map { (e) throws(QueryError) in try evaluate(e, inner) } ?? item)
            }
            return .list(result)
        case .quantifier(let quantifier, let slot, let source, let filter):
            guard let items = try listOperand(try evaluate(source, row), quantifier.rawValue + "()") else { return .null }
            return try quantify(quantifier, items, slot: slot, filter: filter, row)
        case .reduce(let accumulatorSlot, let initial, let slot, let source, let body):
            var inner = row
            inner[accumulatorSlot] = try evaluate(initial, row)
            guard let items = try listOperand(try evaluate(source, row), "reduce()") else { return .null }
            for item in items {
                try tick()
                inner[slot] = item
                inner[accumulatorSlot] = try evaluate(body, inner)
            }
            return inner[accumulatorSlot]
        case .patternExists(let plan):
            var found = false
            try matcher(for: plan).run(row) { (_) throws(QueryError) in
                found = true
                return false
            }
            return .bool(found)
        case .patternComprehension(let plan, let filter, let projection):
            var result: [Value] = []
            try matcher(for: plan).run(row) { (match) throws(QueryError) in
                if let filter, !(try self.evaluate(filter, match).isTrue) { return true }
                result.append(try self.evaluate(projection, match))
                return true
            }
            return .list(result)
        }
    }

    /// AND (absorbing false) or OR (absorbing true) over several operands, with null as
    /// unknown: the absorbing value wins, else null if any operand is null.
    private func logical(_ items: [BoundExpression], _ row: [Value], absorbing: Bool) throws(QueryError) -> Value {
        var unknown = false
        for item in items {
            switch try evaluate(item, row) {
            case .null: unknown = true
            case .bool(let flag): if flag == absorbing { return .bool(absorbing) }
            case let other: throw Operators.typeError(absorbing ? "OR" : "AND", other)
            }
        }
        return unknown ? .null : .bool(!absorbing)
    }

    private func quantify(
        _ quantifier: Quantifier, _ items: [Value], slot: Int, filter: BoundExpression?, _ row: [Value]
    ) throws(QueryError) -> Value {
        var inner = row
        var trueCount = 0
        var nullCount = 0
        for item in items {
            try tick()
            inner[slot] = item
            let result = try filter.map { (e) throws(QueryError) in try evaluate(e, inner) } ?? item
            switch result {
            case .bool(true): trueCount += 1
            case .bool(false): break
            case .null: nullCount += 1
            case let other: throw Operators.typeError(quantifier.rawValue + "()", other)
            }
            if quantifier == .any && trueCount > 0 { return .bool(true) }
            if quantifier == .none && trueCount > 0 { return .bool(false) }
            if quantifier == .single && trueCount > 1 { return .bool(false) }
        }
        let falseCount = items.count - trueCount - nullCount
        switch quantifier {
        case .all: return falseCount > 0 ? .bool(false) : (nullCount > 0 ? .null : .bool(true))
        case .any, .none: return nullCount > 0 ? .null : .bool(quantifier == .none)
        case .single: return nullCount > 0 ? .null : .bool(trueCount == 1)
        }
    }

    /// The items of a list operand; nil for null; a type error otherwise.
    func listOperand(_ value: Value, _ what: String) throws(QueryError) -> [Value]? {
        switch value {
        case .null: return nil
        case .list(let items): return items
        case let other: throw QueryError.type("InvalidArgumentType", "\(what) expects a list, not \(other.typeName)")
        }
    }

    /// `value.key`: a node's or relationship's property, a map's entry, a date's field.
    func property(of value: Value, _ key: String) throws(QueryError) -> Value {
        switch value {
        case .null: return .null
        case .node(let node):
            try GraphFunctions.requireNode(node, graph)
            return graph.property(ofNode: node, key: key)
        case .relationship(let relationship):
            try GraphFunctions.requireRelationship(relationship, graph)
            return graph.property(ofRelationship: relationship, key: key)
        case .map(let map): return map[key] ?? .null
        case .date(let date):
            switch key {
            case "year": return .int(date.start.year)
            case "month": return date.start.month.map(Value.int) ?? .null
            case "day": return date.start.day.map(Value.int) ?? .null
            case "start": return .date(.init(start: date.start))
            case "end": return .date(.init(start: date.end ?? date.start))
            default: return .null
            }
        case let other:
            throw QueryError.type("InvalidArgumentType", "cannot read property '\(key)' of a \(other.typeName)")
        }
    }

    /// `value[index]`: a list element (negative counts from the end), a map entry or a
    /// property by name.
    func element(of value: Value, at index: Value) throws(QueryError) -> Value {
        switch (value, index) {
        case (.null, _), (_, .null): return .null
        case (.list(let items), .int(let position)):
            let actual = position < 0 ? items.count + position : position
            return items.indices.contains(actual) ? items[actual] : .null
        case (.map, .string(let key)), (.node, .string(let key)), (.relationship, .string(let key)):
            return try property(of: value, key)
        case (.map, _), (.node, _), (.relationship, _):
            throw QueryError.type("MapElementAccessByNonString", "a \(value.typeName) is indexed by a string key, not \(index.typeName)")
        case (.list, _):
            throw QueryError.type("InvalidArgumentType", "a list is indexed by an integer, not \(index.typeName)")
        default:
            throw QueryError.type("InvalidArgumentType", "cannot index a \(value.typeName)")
        }
    }

    /// `value:Label:Other`: a node with every label, a relationship of the type.
    func hasLabels(_ value: Value, _ labels: [String]) throws(QueryError) -> Value {
        switch value {
        case .null: return .null
        case .node(let node):
            try GraphFunctions.requireNode(node, graph)
            return .bool(labels.allSatisfy { graph.node(node, hasLabel: $0) })
        case .relationship(let relationship):
            let type = graph.typeName(ofRelationship: relationship)
            return .bool(labels.allSatisfy { $0 == type })
        case let other: throw QueryError.type("InvalidArgumentType", "a \(other.typeName) has no labels")
        }
    }
}

extension Value {
    /// Whether this is `true` (null and false are not).
    var isTrue: Bool {
        if case .bool(true) = self { return true }
        return false
    }
}
