/// Splits query text into tokens.
///
/// Malformed pieces become ``Token/Kind/invalid(_:)`` tokens rather than errors, so the parser
/// reports them in context. Comments (`// …` and `/* … */`) and whitespace are skipped.
/// - Complexity: O(n) in the length of the query.
struct Lexer {
    let scalars: [Unicode.Scalar]
    var position = 0

    init(_ text: String) { scalars = Array(text.unicodeScalars) }

    /// Every token of the query, ending with ``Token/Kind/end``.
    static func tokenize(_ text: String) -> [Token] {
        var lexer = Lexer(text)
        var tokens: [Token] = []
        while true {
            let token = lexer.next()
            tokens.append(token)
            if token.kind == .end { return tokens }
        }
    }

    func peek(_ ahead: Int = 0) -> Unicode.Scalar? {
        let index = position + ahead
        return index < scalars.count ? scalars[index] : nil
    }

    mutating func next() -> Token {
        if let comment = skipTrivia() { return comment }
        let start = position
        guard let scalar = peek() else { return Token(kind: .end, offset: start, length: 0) }
        let kind: Token.Kind
        switch scalar {
        case "'", "\"": kind = readString(quote: scalar)
        case "`": kind = readQuotedIdentifier()
        case "$": kind = readParameter()
        case "0"..."9": kind = readNumber()
        case "." where peek(1).map(Lexer.isDigit) ?? false: kind = readNumber()
        default:
            if Lexer.isIdentifierStart(scalar) {
                kind = .identifier(readName())
            } else if let symbol = readSymbol() {
                kind = .symbol(symbol)
            } else {
                position += 1
                kind = .invalid(.unexpectedCharacter(Character(scalar)))
            }
        }
        return Token(kind: kind, offset: start, length: max(1, position - start))
    }

    /// Skips whitespace and comments; returns an error token for an unterminated comment.
    mutating func skipTrivia() -> Token? {
        while let scalar = peek() {
            if scalar.properties.isWhitespace {
                position += 1
            } else if scalar == "/" && peek(1) == "/" {
                while let c = peek(), c != "\n" { position += 1 }
            } else if scalar == "/" && peek(1) == "*" {
                let start = position
                position += 2
                while true {
                    guard let c = peek() else {
                        return Token(kind: .invalid(.unterminatedComment), offset: start, length: 2)
                    }
                    if c == "*" && peek(1) == "/" {
                        position += 2
                        break
                    }
                    position += 1
                }
            } else {
                return nil
            }
        }
        return nil
    }

    mutating func readName() -> String {
        var name = String.UnicodeScalarView()
        while let scalar = peek(), Lexer.isIdentifierPart(scalar) {
            name.append(scalar)
            position += 1
        }
        return String(name)
    }

    mutating func readQuotedIdentifier() -> Token.Kind {
        position += 1
        var name = String.UnicodeScalarView()
        while true {
            guard let scalar = peek() else { return .invalid(.unterminated("`" + String(name))) }
            position += 1
            if scalar == "`" {
                if peek() == "`" {
                    name.append("`")
                    position += 1
                    continue
                }
                return .quotedIdentifier(String(name))
            }
            name.append(scalar)
        }
    }

    mutating func readParameter() -> Token.Kind {
        position += 1
        if peek() == "`" {
            if case .quotedIdentifier(let name) = readQuotedIdentifier() { return .parameter(name) }
            return .invalid(.unterminated("$`"))
        }
        guard let first = peek(), Lexer.isIdentifierPart(first) else {
            return .invalid(.unexpectedCharacter("$"))
        }
        return .parameter(readName())
    }

    mutating func readSymbol() -> Symbol? {
        guard let first = peek() else { return nil }
        let two = peek(1).map { String(first) + String($0) }
        // `->`, `<-`, `--` are not tokens: patterns are read from `<`, `-`, `>` one at a time.
        if let two, let symbol = Symbol(rawValue: two), two != "<-" {
            position += 2
            return symbol
        }
        if let symbol = Symbol(rawValue: String(first)) {
            position += 1
            return symbol
        }
        return nil
    }

    static func isDigit(_ scalar: Unicode.Scalar) -> Bool { ("0"..."9").contains(scalar) }

    static func isIdentifierStart(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "_" || scalar.properties.isAlphabetic
    }

    static func isIdentifierPart(_ scalar: Unicode.Scalar) -> Bool {
        isIdentifierStart(scalar) || scalar.properties.numericType != nil || isDigit(scalar)
    }
}
