extension Parser {
    /// Binding strength of binary operators, weakest first.
    enum Level: Int, Comparable {
        case or = 1, xor, and, not, comparison, predicate, additive, multiplicative, power, unary

        static func < (lhs: Level, rhs: Level) -> Bool { lhs.rawValue < rhs.rawValue }

        var next: Level { Level(rawValue: rawValue + 1) ?? .unary }
    }

    /// The binary operator at the current token, its level and how many tokens it spans.
    enum Operator {
        case or, xor, and, isNull(negated: Bool), binary(BinaryOperator)
    }

    func peekOperator() -> (Operator, Level, tokens: Int)? {
        switch current.kind {
        case .symbol(let symbol):
            switch symbol {
            case .equal: return (.binary(.equal), .comparison, 1)
            case .notEqual, .bangEqual: return (.binary(.notEqual), .comparison, 1)
            case .less: return (.binary(.less), .comparison, 1)
            case .greater: return (.binary(.greater), .comparison, 1)
            case .lessEqual: return (.binary(.lessEqual), .comparison, 1)
            case .greaterEqual: return (.binary(.greaterEqual), .comparison, 1)
            case .regexMatch: return (.binary(.regexMatch), .predicate, 1)
            case .plus: return (.binary(.add), .additive, 1)
            case .minus: return (.binary(.subtract), .additive, 1)
            case .star: return (.binary(.multiply), .multiplicative, 1)
            case .slash: return (.binary(.divide), .multiplicative, 1)
            case .percent: return (.binary(.modulo), .multiplicative, 1)
            case .caret: return (.binary(.power), .power, 1)
            default: return nil
            }
        case .identifier(let word):
            switch word.uppercased() {
            case "OR": return (.or, .or, 1)
            case "XOR": return (.xor, .xor, 1)
            case "AND": return (.and, .and, 1)
            case "IN": return (.binary(.in), .predicate, 1)
            case "CONTAINS": return (.binary(.contains), .predicate, 1)
            case "STARTS" where isKeyword("WITH", 1): return (.binary(.startsWith), .predicate, 2)
            case "ENDS" where isKeyword("WITH", 1): return (.binary(.endsWith), .predicate, 2)
            case "IS" where isKeyword("NULL", 1): return (.isNull(negated: false), .predicate, 2)
            case "IS" where isKeyword("NOT", 1) && isKeyword("NULL", 2): return (.isNull(negated: true), .predicate, 3)
            default: return nil
            }
        default: return nil
        }
    }

    /// A whole expression.
    mutating func parseExpression() throws(QueryError) -> Expression {
        try nest()
        defer { unnest() }
        return try parseBinary(.or)
    }

    /// Precedence climbing: operators at `minimum` or tighter; left-associative. AND, OR and
    /// XOR chains become one n-ary node; `a < b <= c` becomes `a < b AND b <= c`.
    mutating func parseBinary(_ minimum: Level) throws(QueryError) -> Expression {
        var left = try parsePrefix(minimum)
        var comparisons: [Expression] = []
        var lastComparand: Expression?
        while let (op, level, count) = peekOperator(), level >= minimum {
            let offset = current.offset
            var isComparison = false
            if case .binary(let binary) = op { isComparison = binary.isComparison }
            if !isComparison {
                left = flushComparisons(&comparisons, left)
                lastComparand = nil
            }
            for _ in 0..<count { advance() }
            if case .isNull(let negated) = op {
                left = Expression(.isNull(left, negated: negated), at: offset)
                try checkHeight(left)
                continue
            }
            let right = try parseBinary(level.next)
            switch op {
            case .or: left = Parser.flatten(left, right, at: offset, or: true)
            case .and: left = Parser.flatten(left, right, at: offset, or: false)
            case .xor:
                if case .xor(var items) = left.kind {
                    items.append(right)
                    left = Expression(.xor(items), at: left.offset)
                } else {
                    left = Expression(.xor([left, right]), at: offset)
                }
            case .binary(let binary) where binary.isComparison:
                if let previous = lastComparand {
                    comparisons.append(left)
                    left = Expression(.binary(binary, previous, right), at: offset)
                } else {
                    left = Expression(.binary(binary, left, right), at: offset)
                }
                lastComparand = right
            case .binary(let binary):
                left = Expression(.binary(binary, left, right), at: offset)
            case .isNull: break
            }
            try checkHeight(left)
        }
        return flushComparisons(&comparisons, left)
    }

    func flushComparisons(_ comparisons: inout [Expression], _ last: Expression) -> Expression {
        guard !comparisons.isEmpty else { return last }
        let chain = Expression(.and(comparisons + [last]), at: comparisons[0].offset)
        comparisons.removeAll()
        return chain
    }

    static func flatten(_ left: Expression, _ right: Expression, at offset: Int, or: Bool) -> Expression {
        if or, case .or(var items) = left.kind {
            items.append(right)
            return Expression(.or(items), at: left.offset)
        }
        if !or, case .and(var items) = left.kind {
            items.append(right)
            return Expression(.and(items), at: left.offset)
        }
        return Expression(or ? .or([left, right]) : .and([left, right]), at: offset)
    }

    /// `NOT e`, `-e`, `+e`, or a postfix expression.
    mutating func parsePrefix(_ minimum: Level) throws(QueryError) -> Expression {
        let offset = current.offset
        if isKeyword("NOT") {
            advance()
            try nest()
            defer { unnest() }
            return Expression(.not(try parseBinary(max(minimum, .comparison))), at: offset)
        }
        if isSymbol(.minus) || isSymbol(.plus) {
            let negative = isSymbol(.minus)
            advance()
            try nest()
            defer { unnest() }
            if negative, case .integer(let magnitude) = current.kind {
                advance()
                guard magnitude <= UInt64(Int.max) + 1 else {
                    throw .syntax("IntegerOverflow", "integer -\(magnitude) is too small for 64 bits", at: offset)
                }
                let value = magnitude == UInt64(Int.max) + 1 ? Int.min : -Int(magnitude)
                return try parsePostfix(Expression(.integer(value), at: offset))
            }
            if negative, case .float(let value) = current.kind {
                advance()
                return try parsePostfix(Expression(.float(-value), at: offset))
            }
            let operand = try parsePrefix(.unary)
            return negative ? Expression(.negate(operand), at: offset) : operand
        }
        return try parsePostfix(try parseAtom())
    }

    /// `.key`, `[index]`, `[from..to]` and `:Label` after an atom.
    mutating func parsePostfix(_ base: Expression) throws(QueryError) -> Expression {
        var expression = base
        while true {
            let offset = current.offset
            if isSymbol(.dot) {
                advance()
                expression = Expression(.property(expression, try parseName("a property name")), at: offset)
            } else if isSymbol(.leftBracket) {
                advance()
                try nest()
                defer { unnest() }
                if accept(.range) {
                    let upper = isSymbol(.rightBracket) ? nil : try parseExpression()
                    try expect(.rightBracket)
                    expression = Expression(.slice(expression, nil, upper), at: offset)
                    continue
                }
                let first = try parseExpression()
                if accept(.range) {
                    let upper = isSymbol(.rightBracket) ? nil : try parseExpression()
                    try expect(.rightBracket)
                    expression = Expression(.slice(expression, first, upper), at: offset)
                } else {
                    try expect(.rightBracket)
                    expression = Expression(.index(expression, first), at: offset)
                }
            } else if isSymbol(.colon) {
                expression = Expression(.hasLabels(expression, try parseLabels()), at: offset)
            } else {
                return expression
            }
            try checkHeight(expression)
        }
    }
}
