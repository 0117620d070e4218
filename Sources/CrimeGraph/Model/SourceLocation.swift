/// A position in an input file: where a value was read, for messages that point at it.
public struct SourceLocation: Hashable, Sendable, CustomStringConvertible {
    /// The file as the user named it.
    public var file: String
    /// 1-based line; 0 when unknown.
    public var line: Int
    /// 1-based column in Unicode scalars; 0 when unknown.
    public var column: Int

    /// Creates a location.
    public init(file: String, line: Int = 0, column: Int = 0) {
        self.file = file
        self.line = line
        self.column = column
    }

    /// `file:line:column`, leaving out what is unknown.
    public var description: String {
        if line <= 0 { return file }
        if column <= 0 { return "\(file):\(line)" }
        return "\(file):\(line):\(column)"
    }
}

/// One problem found in the input, with where it is.
public struct Diagnostic: Hashable, Sendable, CustomStringConvertible, Error {
    /// How bad the problem is.
    public enum Severity: String, Sendable, Hashable, Comparable {
        /// A warning is worth a look but stops nothing; an error stops the load or the command.
        case warning, error
        /// A warning is less severe than an error.
        public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs == .warning && rhs == .error }
    }

    /// Error or warning.
    public var severity: Severity
    /// Where the problem is.
    public var location: SourceLocation
    /// What is wrong, in words a user can act on.
    public var message: String

    /// Creates a diagnostic.
    public init(_ severity: Severity = .error, at location: SourceLocation, _ message: String) {
        self.severity = severity
        self.location = location
        self.message = message
    }

    /// `file:line:column: error: message`.
    public var description: String { "\(location): \(severity.rawValue): \(message)" }
}

/// One or more problems that stopped a file from loading.
public struct DiagnosticsError: Error, Sendable, CustomStringConvertible {
    /// Every problem found, errors and warnings, in file order.
    public var diagnostics: [Diagnostic]

    /// Creates the error from its diagnostics.
    public init(_ diagnostics: [Diagnostic]) { self.diagnostics = diagnostics }

    /// One line per diagnostic.
    public var description: String { diagnostics.map(\.description).joined(separator: "\n") }
}
