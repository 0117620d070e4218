/// One token of a query, with where it starts (an offset in Unicode scalars from the start of
/// the query text) and how many scalars it spans.
struct Token: Sendable {
    var kind: Kind
    var offset: Int
    var length: Int

    /// What a token is. Keywords are not special here: they are identifiers the parser
    /// recognizes case-insensitively, so `count`, `match` or `end` can still name things.
    enum Kind: Sendable, Equatable {
        /// A name: `n`, `MATCH`, `toLower`.
        case identifier(String)
        /// A backtick-quoted name: `` `my var` ``.
        case quotedIdentifier(String)
        /// A string literal, escapes resolved.
        case string(String)
        /// The magnitude of an integer literal (the sign is a separate token).
        case integer(UInt64)
        /// A float literal.
        case float(Double)
        /// `$name` or `$0`.
        case parameter(String)
        /// Punctuation and operators.
        case symbol(Symbol)
        /// A malformed token; the parser reports `error` when it reaches it, so that the
        /// context can decide the message (a number where a map key belongs is unexpected
        /// syntax, a number with letters in an expression an invalid literal).
        case invalid(LexicalError)
        /// The end of the query.
        case end
    }
}

/// Punctuation and operators.
enum Symbol: String, Sendable, CaseIterable {
    case leftParen = "(", rightParen = ")", leftBracket = "[", rightBracket = "]"
    case leftBrace = "{", rightBrace = "}", comma = ",", dot = ".", range = ".."
    case colon = ":", semicolon = ";", pipe = "|", plus = "+", minus = "-", star = "*"
    case slash = "/", percent = "%", caret = "^", equal = "=", notEqual = "<>"
    case bangEqual = "!=", less = "<", greater = ">", lessEqual = "<=", greaterEqual = ">="
    case regexMatch = "=~", plusEqual = "+="
}

/// Why a token could not be read.
enum LexicalError: Sendable, Equatable {
    /// A character that starts no token.
    case unexpectedCharacter(Character)
    /// Digits followed by letters, `0x` without digits, a bad hexadecimal or octal digit.
    case invalidNumber(String)
    /// An integer beyond 64 bits.
    case integerOverflow(String)
    /// A float beyond the range of a double.
    case floatOverflow(String)
    /// A string with a bad `\u` escape.
    case invalidUnicode(String)
    /// A string or quoted name without its closing quote.
    case unterminated(String)
    /// A block comment without its `*/`.
    case unterminatedComment
}
