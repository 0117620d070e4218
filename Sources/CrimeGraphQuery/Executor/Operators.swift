import Foundation

/// The binary and unary operators, with Cypher's null propagation: an operator of a null is
/// null, except where noted.
enum Operators {
    static func apply(_ op: BinaryOperator, _ left: Value, _ right: Value, context: ExecutionContext) throws(QueryError) -> Value {
        switch op {
        case .equal: return Value.equals(left, right).map(Value.bool) ?? .null
        case .notEqual: return Value.equals(left, right).map { .bool(!$0) } ?? .null
        case .less, .greater, .lessEqual, .greaterEqual: return compare(op, left, right)
        case .in: return try membership(left, right)
        case .startsWith, .endsWith, .contains:
            guard case .string(let text) = left, case .string(let part) = right else { return .null }
            switch op {
            case .startsWith: return .bool(text.unicodeScalars.starts(with: part.unicodeScalars))
            case .endsWith: return .bool(text.unicodeScalars.reversed().starts(with: part.unicodeScalars.reversed()))
            default: return .bool(part.isEmpty || text.contains(part))
            }
        case .regexMatch:
            guard case .string(let text) = left, case .string(let pattern) = right else { return .null }
            return .bool(try matches(text, pattern, context: context))
        case .add, .subtract, .multiply, .divide, .modulo, .power: return try arithmetic(op, left, right)
        }
    }

    static func compare(_ op: BinaryOperator, _ left: Value, _ right: Value) -> Value {
        guard let comparison = Value.compare(left, right) else { return .null }
        switch comparison {
        case .unordered: return .bool(false)
        case .less: return .bool(op == .less || op == .lessEqual)
        case .equal: return .bool(op == .lessEqual || op == .greaterEqual)
        case .greater: return .bool(op == .greater || op == .greaterEqual)
        }
    }

    /// `x IN list`: true if some element equals x; otherwise null if some comparison was
    /// unknown; otherwise false.
    static func membership(_ element: Value, _ list: Value) throws(QueryError) -> Value {
        switch list {
        case .null: return .null
        case .list(let items):
            var unknown = false
            for item in items {
                switch Value.equals(element, item) {
                case .some(true): return .bool(true)
                case nil: unknown = true
                case .some(false): break
                }
            }
            return unknown ? .null : .bool(false)
        default: throw typeError("IN", list)
        }
    }

    static func matches(_ text: String, _ pattern: String, context: ExecutionContext) throws(QueryError) -> Bool {
        let regex: Regex<AnyRegexOutput>
        if let cached = context.regexCache[pattern] {
            regex = cached
        } else {
            do {
                regex = try Regex(pattern)
            } catch {
                throw QueryError.argument("InvalidArgumentValue", "invalid regular expression '\(pattern)'")
            }
            context.regexCache[pattern] = regex
        }
        return (try? regex.wholeMatch(in: text)) != nil
    }

    static func arithmetic(_ op: BinaryOperator, _ left: Value, _ right: Value) throws(QueryError) -> Value {
        switch (left, right) {
        case (.null, _), (_, .null): return .null
        case (.int(let a), .int(let b)): return try integerArithmetic(op, a, b)
        case (.int, .float), (.float, .int), (.float, .float):
            return floatArithmetic(op, left.number ?? 0, right.number ?? 0)
        case (.string(let a), .string(let b)) where op == .add: return .string(a + b)
        case (.string(let a), _) where op == .add && right.number != nil:
            return .string(a + text(of: right))
        case (_, .string(let b)) where op == .add && left.number != nil:
            return .string(text(of: left) + b)
        case (.list(let a), .list(let b)) where op == .add: return .list(a + b)
        case (.list(let a), _) where op == .add: return .list(a + [right])
        case (_, .list(let b)) where op == .add: return .list([left] + b)
        default:
            throw QueryError.type(
                "InvalidArgumentType", "cannot apply \(op.rawValue) to \(left.typeName) and \(right.typeName)")
        }
    }

    static func text(of number: Value) -> String {
        switch number {
        case .int(let value): return String(value)
        case .float(let value): return ValueText.float(value)
        default: return ""
        }
    }

    static func integerArithmetic(_ op: BinaryOperator, _ a: Int, _ b: Int) throws(QueryError) -> Value {
        let result: (partialValue: Int, overflow: Bool)
        switch op {
        case .add: result = a.addingReportingOverflow(b)
        case .subtract: result = a.subtractingReportingOverflow(b)
        case .multiply: result = a.multipliedReportingOverflow(by: b)
        case .divide:
            guard b != 0 else { throw QueryError.argument("DivisionByZero", "division by zero") }
            result = a.dividedReportingOverflow(by: b)
        case .modulo:
            guard b != 0 else { throw QueryError.argument("DivisionByZero", "modulo by zero") }
            result = a.remainderReportingOverflow(dividingBy: b)
        default: return .float(Foundation.pow(Double(a), Double(b)))
        }
        if result.overflow {
            throw QueryError.argument("IntegerOverflow", "integer overflow in \(a) \(op.rawValue) \(b)")
        }
        return .int(result.partialValue)
    }

    static func floatArithmetic(_ op: BinaryOperator, _ a: Double, _ b: Double) -> Value {
        switch op {
        case .add: return .float(a + b)
        case .subtract: return .float(a - b)
        case .multiply: return .float(a * b)
        case .divide: return .float(a / b)
        case .modulo: return .float(a.truncatingRemainder(dividingBy: b))
        default: return .float(Foundation.pow(a, b))
        }
    }

    static func not(_ value: Value) throws(QueryError) -> Value {
        switch value {
        case .null: return .null
        case .bool(let flag): return .bool(!flag)
        default: throw typeError("NOT", value)
        }
    }

    static func negate(_ value: Value) throws(QueryError) -> Value {
        switch value {
        case .null: return .null
        case .int(let number):
            guard number != Int.min else { throw QueryError.argument("IntegerOverflow", "integer overflow negating \(number)") }
            return .int(-number)
        case .float(let number): return .float(-number)
        default: throw QueryError.type("InvalidArgumentType", "cannot negate a \(value.typeName)")
        }
    }

    /// `list[from..to]`: negative bounds count from the end; a null bound gives null.
    static func slice(_ value: Value, from: Value?, to: Value?) throws(QueryError) -> Value {
        guard case .list(let items) = value else {
            if value.isNull { return .null }
            throw QueryError.type("InvalidArgumentType", "cannot slice a \(value.typeName)")
        }
        func bound(_ bound: Value?, _ fallback: Int) throws(QueryError) -> Int? {
            guard let bound else { return fallback }
            switch bound {
            case .null: return nil
            case .int(let position):
                let actual = position < 0 ? items.count + position : position
                return min(max(actual, 0), items.count)
            default: throw QueryError.type("InvalidArgumentType", "a list slice needs integer bounds")
            }
        }
        guard let start = try bound(from, 0), let end = try bound(to, items.count) else { return .null }
        return start < end ? .list(Array(items[start..<end])) : .list([])
    }

    static func typeError(_ operation: String, _ value: Value) -> QueryError {
        QueryError.type("InvalidArgumentType", "\(operation) expects a boolean, not \(value.typeName)")
    }
}
