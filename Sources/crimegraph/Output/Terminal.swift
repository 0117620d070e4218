import CrimeGraph
import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// Messages on stderr, colored only when stderr is a terminal (and NO_COLOR is unset).
enum Terminal {
    static let colors: Bool = isatty(2) == 1 && ProcessInfo.processInfo.environment["NO_COLOR"] == nil

    /// Writes a message to stderr; control characters from input files are shown, not obeyed
    /// (see ``TerminalText``).
    static func write(_ text: String) {
        FileHandle.standardError.write(Data((TerminalText.safe(text) + "\n").utf8))
    }

    static func paint(_ text: String, _ code: String) -> String {
        colors ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
    }

    static func error(_ message: String) { write(paint("error:", "1;31") + " " + message) }

    static func warning(_ message: String) { write(paint("warning:", "1;33") + " " + message) }

    static func note(_ message: String) { write(message) }

    static func printDiagnostics(_ diagnostics: [Diagnostic]) {
        for diagnostic in diagnostics {
            let label = diagnostic.severity == .error ? paint("error:", "1;31") : paint("warning:", "1;33")
            write("\(diagnostic.location): \(label) \(TerminalText.safe(diagnostic.message, keepingNewlines: false))")
        }
    }

    /// Writes to stdout.
    static func output(_ text: String) {
        FileHandle.standardOutput.write(Data(text.utf8))
    }
}
