import CGraphviz
import Synchronization

/// Collects the messages Graphviz reports through its error callback (`agseterrf`).
///
/// cgraph delivers one message in pieces: `"Error"` or `"Warning"`, then `": "`, then the
/// formatted text (continuations reported with `AGPREV` come without the prefix). The pieces
/// are concatenated here, echoed to stderr as they arrive (so they survive a later crash),
/// and split back into messages when a step fails.
enum GraphvizMessages {
    private static let text = Mutex("")

    /// Routes cgraph's messages to this collector. Call once, before any Graphviz call.
    static func install() {
        _ = agseterrf { piece in
            guard let piece else { return 0 }
            let string = String(cString: piece)
            _ = writeAll(2, Array(string.utf8))
            GraphvizMessages.text.withLock { $0 += string }
            return 0
        }
    }

    /// Forgets earlier messages and resets cgraph's error level (`agreseterrors`), before a step.
    static func reset() {
        _ = agreseterrors()
        text.withLock { $0 = "" }
    }

    /// Whether cgraph saw an error (not just a warning) since the last `reset()`.
    static var sawError: Bool {
        agerrors() >= cg_agerr_level()
    }

    /// The errors collected since the last `reset()`, without their `Error: ` prefixes,
    /// one per line; warnings only when there is no error, or nil when nothing was said.
    static func failureText() -> String? {
        let all = text.withLock { $0 }
        let lines = all.split(whereSeparator: \.isNewline)
            .map { $0.trimmingSpaces() }
            .filter { !$0.isEmpty }
        let errors = lines.filter { $0.hasPrefix("Error:") }
            .map { String($0.dropFirst("Error:".count)).trimmingSpaces() }
        let chosen = errors.isEmpty ? lines : errors
        return chosen.isEmpty ? nil : chosen.joined(separator: "\n")
    }
}

extension StringProtocol {
    /// The text without leading and trailing spaces and tabs.
    func trimmingSpaces() -> String {
        let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" }
        guard let first = firstIndex(where: { !isSpace($0) }),
              let last = lastIndex(where: { !isSpace($0) })
        else { return "" }
        return String(self[first...last])
    }
}
