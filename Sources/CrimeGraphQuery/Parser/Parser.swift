/// A recursive-descent parser for the Cypher subset (see `docs/query.md`).
///
/// Binary operators are read by precedence climbing, so one level of parentheses costs a few
/// stack frames; nesting deeper than ``maximumDepth`` is an error, never a stack overflow.
struct Parser {
    /// How deeply expressions and patterns may nest (parentheses, lists, maps, calls).
    static let maximumDepth = 128
    /// How tall an expression tree may be (`1 + 1 + … + 1` is a tall tree without nesting).
    static let maximumTreeDepth = 256

    let tokens: [Token]
    let scalars: [Unicode.Scalar]
    var index = 0
    var depth = 0

    init(_ text: String) {
        tokens = Lexer.tokenize(text)
        scalars = Array(text.unicodeScalars)
    }

    /// Parses a whole query.
    static func parse(_ text: String) throws(QueryError) -> Statement {
        var parser = Parser(text)
        return try parser.parseStatement()
    }

    // MARK: Tokens

    var current: Token { tokens[index] }

    func token(_ ahead: Int) -> Token { tokens[min(index + ahead, tokens.count - 1)] }

    mutating func advance() { if index < tokens.count - 1 { index += 1 } }

    /// Whether the token `ahead` is the keyword `word` (case-insensitive, unquoted).
    func isKeyword(_ word: String, _ ahead: Int = 0) -> Bool {
        if case .identifier(let name) = token(ahead).kind { return name.uppercased() == word }
        return false
    }

    func isSymbol(_ symbol: Symbol, _ ahead: Int = 0) -> Bool { token(ahead).kind == .symbol(symbol) }

    mutating func acceptKeyword(_ word: String) -> Bool {
        guard isKeyword(word) else { return false }
        advance()
        return true
    }

    mutating func accept(_ symbol: Symbol) -> Bool {
        guard isSymbol(symbol) else { return false }
        advance()
        return true
    }

    mutating func expectKeyword(_ word: String) throws(QueryError) {
        guard acceptKeyword(word) else { throw unexpected(expected: word) }
    }

    mutating func expect(_ symbol: Symbol) throws(QueryError) {
        guard accept(symbol) else { throw unexpected(expected: "'\(symbol.rawValue)'") }
    }

    /// A name: an identifier or a backtick-quoted identifier.
    mutating func parseName(_ what: String) throws(QueryError) -> String {
        switch current.kind {
        case .identifier(let name), .quotedIdentifier(let name):
            advance()
            return name
        default:
            throw unexpected(expected: what)
        }
    }

    /// The text of the query between two offsets, as written.
    func text(from start: Int, to end: Int) -> String {
        let upper = min(max(0, end), scalars.count)
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars[min(max(0, start), upper)..<upper])
        return String(view)
    }

    /// The end offset of the token before the current one.
    var previousEnd: Int {
        let previous = tokens[max(0, index - 1)]
        return previous.offset + previous.length
    }

    /// An error at the current token: the lexical error it carries, or "unexpected … ; expected …".
    func unexpected(expected: String) -> QueryError {
        let token = current
        if case .invalid(let error) = token.kind { return Parser.lexicalError(error, at: token.offset, expected: expected) }
        return .syntax("UnexpectedSyntax", "unexpected \(describe(token)); expected \(expected)", at: token.offset)
    }

    func describe(_ token: Token) -> String {
        switch token.kind {
        case .end: return "end of query"
        case .identifier(let name): return "'\(name)'"
        case .quotedIdentifier(let name): return "`\(name)`"
        case .string: return "a string"
        case .integer, .float: return "'\(text(from: token.offset, to: token.offset + token.length))'"
        case .parameter(let name): return "$\(name)"
        case .symbol(let symbol): return "'\(symbol.rawValue)'"
        case .invalid: return "'\(text(from: token.offset, to: token.offset + token.length))'"
        }
    }

    static func lexicalError(_ error: LexicalError, at offset: Int, expected: String?) -> QueryError {
        switch error {
        case .unexpectedCharacter(let character):
            let hint = expected.map { "; expected \($0)" } ?? ""
            let code = character.isASCII ? "UnexpectedSyntax" : "InvalidUnicodeCharacter"
            return .syntax(code, "unexpected character '\(character)'\(hint)", at: offset)
        case .invalidNumber(let text): return .syntax("InvalidNumberLiteral", "invalid number '\(text)'", at: offset)
        case .integerOverflow(let text):
            return .syntax("IntegerOverflow", "integer \(text) is too large for 64 bits", at: offset)
        case .floatOverflow(let text):
            return .syntax("FloatingPointOverflow", "float \(text) is too large", at: offset)
        case .invalidUnicode(let text): return .syntax("InvalidUnicodeLiteral", "invalid Unicode escape '\(text)'", at: offset)
        case .unterminated(let text):
            return .syntax("UnexpectedSyntax", "missing closing quote after \(text.prefix(20))", at: offset)
        case .unterminatedComment: return .syntax("UnexpectedSyntax", "unterminated comment: missing */", at: offset)
        }
    }

    /// Enters one level of nesting, failing past ``maximumDepth``.
    mutating func nest() throws(QueryError) {
        depth += 1
        if depth > Parser.maximumDepth {
            throw .syntax("NestingTooDeep", "the query nests more than \(Parser.maximumDepth) levels deep", at: current.offset)
        }
    }

    mutating func unnest() { depth -= 1 }

    /// Fails when an expression tree grows past ``maximumTreeDepth``.
    func checkHeight(_ expression: Expression) throws(QueryError) {
        if expression.depth > Parser.maximumTreeDepth {
            throw .syntax(
                "NestingTooDeep", "the expression is too long or nested too deeply (over \(Parser.maximumTreeDepth) levels)",
                at: expression.offset)
        }
    }

    // MARK: Statement

    mutating func parseStatement() throws(QueryError) -> Statement {
        var queries = [try parseSingleQuery()]
        var unionAll: [Bool] = []
        while acceptKeyword("UNION") {
            unionAll.append(acceptKeyword("ALL"))
            queries.append(try parseSingleQuery())
        }
        _ = accept(.semicolon)
        guard current.kind == .end else { throw unexpected(expected: "a clause or the end of the query") }
        return Statement(queries: queries, unionAll: unionAll)
    }

    mutating func parseSingleQuery() throws(QueryError) -> [Clause] {
        var clauses: [Clause] = []
        while let clause = try parseClause() {
            if case .return = clauses.last {
                throw .syntax("InvalidClauseComposition", "RETURN must be the last clause", at: clause.offset)
            }
            clauses.append(clause)
        }
        guard let last = clauses.last else { throw unexpected(expected: "MATCH, OPTIONAL MATCH, WITH, UNWIND or RETURN") }
        switch last {
        case .return, .create, .delete: break
        case .with(let projection):
            throw .syntax("InvalidClauseComposition", "a query cannot end with WITH; add a RETURN", at: projection.offset)
        default:
            throw .syntax("InvalidClauseComposition", "a query must end with RETURN", at: current.offset)
        }
        return clauses
    }

    /// The next clause, or nil at the end of a single query.
    mutating func parseClause() throws(QueryError) -> Clause? {
        let start = current.offset
        if isKeyword("MATCH") || (isKeyword("OPTIONAL") && isKeyword("MATCH", 1)) {
            let optional = acceptKeyword("OPTIONAL")
            advance()
            let pattern = try parsePattern()
            let predicate = acceptKeyword("WHERE") ? try parseExpression() : nil
            return .match(.init(optional: optional, pattern: pattern, predicate: predicate, offset: start))
        }
        if acceptKeyword("UNWIND") {
            let list = try parseExpression()
            try expectKeyword("AS")
            return .unwind(.init(list: list, variable: try parseName("a variable name"), offset: start))
        }
        if acceptKeyword("WITH") { return .with(try parseProjection(at: start, isWith: true)) }
        if acceptKeyword("RETURN") { return .return(try parseProjection(at: start, isWith: false)) }
        if acceptKeyword("CREATE") { return .create(.init(pattern: try parsePattern(), offset: start)) }
        if isKeyword("DELETE") || (isKeyword("DETACH") && isKeyword("DELETE", 1)) {
            let detach = acceptKeyword("DETACH")
            advance()
            var targets = [try parseExpression()]
            while accept(.comma) { targets.append(try parseExpression()) }
            return .delete(.init(detach: detach, targets: targets, offset: start))
        }
        for word in ["MERGE", "SET", "REMOVE", "FOREACH", "CALL", "LOAD", "USE"] where isKeyword(word) {
            throw .unsupported(
                "UnsupportedClause",
                word == "CALL" ? "CALL (procedures and subqueries) is not supported"
                    : "\(word) is not supported: queries on case files are read-only", at: start)
        }
        return nil
    }

    mutating func parseProjection(at offset: Int, isWith: Bool) throws(QueryError) -> Projection {
        var projection = Projection(offset: offset)
        projection.distinct = acceptKeyword("DISTINCT")
        if accept(.star) {
            projection.includesAll = true
            if !accept(.comma) { return try parseProjectionTail(projection, isWith: isWith) }
        }
        repeat {
            let start = current.offset
            let expression = try parseExpression()
            let text = self.text(from: start, to: previousEnd)
            let alias = acceptKeyword("AS") ? try parseName("an alias") : nil
            projection.items.append(.init(expression: expression, alias: alias, text: text))
        } while accept(.comma)
        return try parseProjectionTail(projection, isWith: isWith)
    }

    mutating func parseProjectionTail(_ base: Projection, isWith: Bool) throws(QueryError) -> Projection {
        var projection = base
        if isKeyword("ORDER") {
            advance()
            try expectKeyword("BY")
            repeat {
                let expression = try parseExpression()
                var ascending = true
                if acceptKeyword("DESC") || acceptKeyword("DESCENDING") {
                    ascending = false
                } else if !acceptKeyword("ASC") {
                    _ = acceptKeyword("ASCENDING")
                }
                projection.order.append(.init(expression: expression, ascending: ascending))
            } while accept(.comma)
        }
        if acceptKeyword("SKIP") { projection.skip = try parseExpression() }
        if acceptKeyword("LIMIT") { projection.limit = try parseExpression() }
        if isWith, acceptKeyword("WHERE") { projection.predicate = try parseExpression() }
        return projection
    }
}
