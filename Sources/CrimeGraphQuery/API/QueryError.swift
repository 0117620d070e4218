/// Why a query failed: a syntax or semantic error found before it runs, a type or argument
/// error while it runs, or the timeout.
///
/// `kind` and `code` follow the openCypher TCK's error classification (`SyntaxError` /
/// `UndefinedVariable`, `TypeError` / `InvalidArgumentType`, …), so the conformance suite can
/// check them; ``rendered(query:)`` shows the query line with a caret under ``offset``.
public struct QueryError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The class of error.
    public enum Kind: String, Sendable, Hashable {
        /// Malformed or meaningless query text (also undefined variables, bad aggregation…).
        case syntax = "SyntaxError"
        /// A value of the wrong type.
        case type = "TypeError"
        /// An argument out of range.
        case argument = "ArgumentError"
        /// A deleted node or relationship was used (only graphs with DELETE).
        case entityNotFound = "EntityNotFound"
        /// Valid Cypher that CrimeGraph does not run (write clauses on case files, procedures).
        case unsupported = "Unsupported"
        /// The query ran past its time limit.
        case timeout = "Timeout"
    }

    /// When the error was found.
    public enum Phase: String, Sendable, Hashable {
        /// Before any row was produced: parsing and checking the query.
        case compile
        /// While the query ran.
        case runtime
    }

    /// The class of error.
    public let kind: Kind
    /// When it was found.
    public let phase: Phase
    /// The specific condition, as the openCypher TCK names it: `UndefinedVariable`,
    /// `InvalidArgumentType`, `UnexpectedSyntax`, ….
    public let code: String
    /// What went wrong, for people.
    public let message: String
    /// Where in the query, as an offset in Unicode scalars, when known.
    public let offset: Int?

    /// Creates an error.
    public init(kind: Kind, phase: Phase, code: String, message: String, offset: Int? = nil) {
        self.kind = kind
        self.phase = phase
        self.code = code
        self.message = message
        self.offset = offset
    }

    /// `SyntaxError (UndefinedVariable): variable 'x' is not defined`.
    public var description: String { "\(kind.rawValue) (\(code)): \(message)" }

    /// The message, then the query line the error is on with a caret under its position:
    ///
    ///     syntax error: expected ')' (line 1, column 14)
    ///       MATCH (n:Foo RETURN n
    ///                    ^
    public func rendered(query: String) -> String {
        let label: String
        switch kind {
        case .syntax: label = phase == .compile ? "invalid query" : "error"
        case .type: label = "type error"
        case .argument: label = "invalid argument"
        case .entityNotFound: label = "deleted entity"
        case .unsupported: label = "unsupported"
        case .timeout: label = "timeout"
        }
        guard let offset else { return "\(label): \(message)" }
        let location = QueryError.lineAndColumn(of: offset, in: query)
        var text = "\(label): \(message) (line \(location.line), column \(location.column))"
        let shown = QueryError.window(location.lineText, around: location.column)
        text += "\n  " + shown.text + "\n  " + String(repeating: " ", count: shown.caretColumn - 1) + "^"
        return text
    }

    /// A long line cut to about 120 characters around `column` (`…` marking each cut), so a
    /// megabyte-long query does not fill the terminal; the caret's column within it.
    static func window(_ line: String, around column: Int, width: Int = 120) -> (text: String, caretColumn: Int) {
        let scalars = Array(line.unicodeScalars)
        guard scalars.count > width else { return (line, column) }
        let start = max(0, min(column - 1 - width / 2, scalars.count - width))
        let end = min(scalars.count, start + width)
        var view = String.UnicodeScalarView()
        if start > 0 { view.append("…") }
        view.append(contentsOf: scalars[start..<end])
        if end < scalars.count { view.append("…") }
        return (String(view), column - start + (start > 0 ? 1 : 0))
    }

    /// The 1-based line and column of a scalar offset, and the text of that line (tabs shown
    /// as spaces so the caret lines up).
    static func lineAndColumn(of offset: Int, in query: String) -> (line: Int, column: Int, lineText: String) {
        let scalars = Array(query.unicodeScalars)
        let target = min(max(0, offset), scalars.count)
        var line = 1
        var lineStart = 0
        for index in 0..<target where scalars[index] == "\n" {
            line += 1
            lineStart = index + 1
        }
        var lineEnd = lineStart
        while lineEnd < scalars.count, scalars[lineEnd] != "\n", scalars[lineEnd] != "\r" { lineEnd += 1 }
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars[lineStart..<lineEnd].map { $0 == "\t" ? " " : $0 })
        return (line, target - lineStart + 1, String(view))
    }
}

extension QueryError {
    /// A compile-time syntax error.
    static func syntax(_ code: String, _ message: String, at offset: Int?) -> QueryError {
        QueryError(kind: .syntax, phase: .compile, code: code, message: message, offset: offset)
    }

    /// A compile-time type error.
    static func typeAtCompile(_ message: String, at offset: Int?) -> QueryError {
        QueryError(kind: .type, phase: .compile, code: "InvalidArgumentType", message: message, offset: offset)
    }

    /// A runtime type error.
    static func type(_ code: String, _ message: String, at offset: Int? = nil) -> QueryError {
        QueryError(kind: .type, phase: .runtime, code: code, message: message, offset: offset)
    }

    /// A runtime argument error.
    static func argument(_ code: String, _ message: String, at offset: Int? = nil) -> QueryError {
        QueryError(kind: .argument, phase: .runtime, code: code, message: message, offset: offset)
    }

    /// Something CrimeGraph does not run.
    static func unsupported(_ code: String, _ message: String, at offset: Int?) -> QueryError {
        QueryError(kind: .unsupported, phase: .compile, code: code, message: message, offset: offset)
    }
}
