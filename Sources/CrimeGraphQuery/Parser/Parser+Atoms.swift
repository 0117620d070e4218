extension Parser {
    /// Literals, parameters, variables, function calls, CASE, list and map literals,
    /// comprehensions, quantifiers, pattern predicates and parenthesized expressions.
    mutating func parseAtom() throws(QueryError) -> Expression {
        let offset = current.offset
        switch current.kind {
        case .integer(let magnitude):
            guard magnitude <= UInt64(Int.max) else {
                throw .syntax("IntegerOverflow", "integer \(magnitude) is too large for 64 bits", at: offset)
            }
            advance()
            return Expression(.integer(Int(magnitude)), at: offset)
        case .float(let value):
            advance()
            return Expression(.float(value), at: offset)
        case .string(let text):
            advance()
            return Expression(.string(text), at: offset)
        case .parameter(let name):
            advance()
            return Expression(.parameter(name), at: offset)
        case .invalid(let error):
            throw Parser.lexicalError(error, at: offset, expected: "an expression")
        case .symbol(.leftBracket):
            return try parseBracket()
        case .symbol(.leftBrace):
            return try parseMapLiteral()
        case .symbol(.leftParen):
            if startsRelationshipPattern() {
                return Expression(.pattern(try parsePatternElement()), at: offset)
            }
            advance()
            let inner = try parseExpression()
            try expect(.rightParen)
            return inner
        case .quotedIdentifier(let name):
            advance()
            return Expression(.variable(name), at: offset)
        case .identifier(let name):
            return try parseNamed(name, at: offset)
        default:
            throw unexpected(expected: "an expression")
        }
    }

    /// An atom starting with a name: a keyword literal, CASE, a call, or a variable.
    mutating func parseNamed(_ name: String, at offset: Int) throws(QueryError) -> Expression {
        let upper = name.uppercased()
        switch upper {
        case "TRUE", "FALSE":
            advance()
            return Expression(.bool(upper == "TRUE"), at: offset)
        case "NULL":
            advance()
            return Expression(.null, at: offset)
        case "CASE":
            return try parseCase()
        case "EXISTS" where isSymbol(.leftBrace, 1), "COUNT" where isSymbol(.leftBrace, 1),
            "COLLECT" where isSymbol(.leftBrace, 1):
            throw .unsupported("UnsupportedSubquery", "\(upper) { … } subqueries are not supported", at: offset)
        default: break
        }
        // A dotted function name: `a.b.c(`.
        var parts = [name]
        var ahead = 1
        while isSymbol(.dot, ahead), case .identifier(let part) = token(ahead + 1).kind {
            parts.append(part)
            ahead += 2
        }
        guard isSymbol(.leftParen, ahead) else {
            advance()
            return Expression(.variable(name), at: offset)
        }
        for _ in 0..<ahead { advance() }
        advance()
        let function = parts.joined(separator: ".")
        if parts.count == 1 {
            if let quantifier = Quantifier(rawValue: name.lowercased()), startsInClause {
                return try parseQuantifier(quantifier, at: offset)
            }
            if upper == "REDUCE" { return try parseReduce(at: offset) }
            if upper == "COUNT" && accept(.star) {
                try expect(.rightParen)
                return Expression(.countStar, at: offset)
            }
        }
        let distinct = acceptKeyword("DISTINCT")
        var arguments: [Expression] = []
        if !accept(.rightParen) {
            repeat { arguments.append(try parseExpression()) } while accept(.comma)
            try expect(.rightParen)
        }
        return Expression(.call(name: function, distinct: distinct, arguments: arguments), at: offset)
    }

    /// Whether `name IN` follows (after the opening parenthesis of a quantifier or reduce).
    var startsInClause: Bool {
        switch current.kind {
        case .identifier, .quotedIdentifier: return isKeyword("IN", 1)
        default: return false
        }
    }

    mutating func parseQuantifier(_ quantifier: Quantifier, at offset: Int) throws(QueryError) -> Expression {
        try nest()
        defer { unnest() }
        let variable = try parseName("a variable")
        try expectKeyword("IN")
        let source = try parseExpression()
        let filter = acceptKeyword("WHERE") ? try parseExpression() : nil
        try expect(.rightParen)
        return Expression(.quantifier(quantifier, variable: variable, source: source, filter: filter), at: offset)
    }

    /// `reduce(acc = initial, x IN list | body)`, after `reduce(`.
    mutating func parseReduce(at offset: Int) throws(QueryError) -> Expression {
        try nest()
        defer { unnest() }
        let accumulator = try parseName("an accumulator variable")
        try expect(.equal)
        let initial = try parseExpression()
        try expect(.comma)
        let variable = try parseName("a variable")
        try expectKeyword("IN")
        let source = try parseExpression()
        try expect(.pipe)
        let body = try parseExpression()
        try expect(.rightParen)
        return Expression(
            .reduce(accumulator: accumulator, initial: initial, variable: variable, source: source, body: body), at: offset)
    }

    /// `CASE [subject] WHEN … THEN … [ELSE …] END`.
    mutating func parseCase() throws(QueryError) -> Expression {
        let offset = current.offset
        advance()
        try nest()
        defer { unnest() }
        let subject = isKeyword("WHEN") ? nil : try parseExpression()
        var branches: [Expression.CaseBranch] = []
        while acceptKeyword("WHEN") {
            let when = try parseExpression()
            try expectKeyword("THEN")
            branches.append(.init(when: when, then: try parseExpression()))
        }
        guard !branches.isEmpty else { throw unexpected(expected: "WHEN") }
        let otherwise = acceptKeyword("ELSE") ? try parseExpression() : nil
        try expectKeyword("END")
        return Expression(.caseWhen(subject: subject, branches: branches, otherwise: otherwise), at: offset)
    }

    /// `[…]`: a list literal, a list comprehension or a pattern comprehension.
    mutating func parseBracket() throws(QueryError) -> Expression {
        let offset = current.offset
        advance()
        try nest()
        defer { unnest() }
        if startsInClause {
            let variable = try parseName("a variable")
            advance()
            let source = try parseExpression()
            let filter = acceptKeyword("WHERE") ? try parseExpression() : nil
            let projection = accept(.pipe) ? try parseExpression() : nil
            try expect(.rightBracket)
            return Expression(
                .listComprehension(variable: variable, source: source, filter: filter, projection: projection), at: offset)
        }
        if let comprehension = try parsePatternComprehension(at: offset) { return comprehension }
        var items: [Expression] = []
        if !accept(.rightBracket) {
            repeat { items.append(try parseExpression()) } while accept(.comma)
            try expect(.rightBracket)
        }
        return Expression(.list(items), at: offset)
    }

    /// `[p = (a)-->(b) WHERE … | …]`, after `[`; nil when the bracket holds something else.
    mutating func parsePatternComprehension(at offset: Int) throws(QueryError) -> Expression? {
        var path: String?
        let saved = index
        if isSymbol(.equal, 1) {
            switch current.kind {
            case .identifier(let name), .quotedIdentifier(let name):
                path = name
                advance()
                advance()
            default: break
            }
        }
        guard startsRelationshipPattern() else {
            index = saved
            return nil
        }
        let pattern = try parsePatternElement()
        let filter = acceptKeyword("WHERE") ? try parseExpression() : nil
        try expect(.pipe)
        let projection = try parseExpression()
        try expect(.rightBracket)
        return Expression(.patternComprehension(path: path, pattern: pattern, filter: filter, projection: projection), at: offset)
    }

    /// `{key: value, …}`.
    mutating func parseMapLiteral() throws(QueryError) -> Expression {
        let offset = current.offset
        try expect(.leftBrace)
        try nest()
        defer { unnest() }
        var entries: [Expression.MapEntry] = []
        if !accept(.rightBrace) {
            repeat {
                let key: String
                switch current.kind {
                case .identifier(let name), .quotedIdentifier(let name): key = name
                default:
                    throw .syntax("UnexpectedSyntax", "unexpected \(describe(current)); expected a map key", at: current.offset)
                }
                advance()
                try expect(.colon)
                entries.append(.init(key: key, value: try parseExpression()))
            } while accept(.comma)
            try expect(.rightBrace)
        }
        return Expression(.map(entries), at: offset)
    }
}
