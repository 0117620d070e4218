import CrimeGraphAnalysis
import CrimeGraphIO
import Dispatch
import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// One status line on stderr for long work, drawn only when stderr is a terminal.
///
/// The line is redrawn in place (carriage return, then "erase to end of line"), at most ten
/// times a second, and erased by ``clear()``, so finished work leaves nothing behind and the
/// next message starts on a clean line. When stderr is not a terminal (a pipe, a file, a CI
/// log) nothing is ever written: ``make(delay:)`` returns nil.
final class ProgressLine: @unchecked Sendable {
    /// Whether progress may be drawn: stderr is a terminal that can move the cursor.
    static let isEnabled: Bool = isatty(2) == 1 && ProcessInfo.processInfo.environment["TERM"] != "dumb"

    /// The shortest time between two redraws.
    static let interval: Duration = .milliseconds(100)

    private let lock = NSLock()
    private let started = ContinuousClock.now
    private let delay: Duration
    private var lastDrawn: ContinuousClock.Instant?
    private var lastText = ""
    private var visible = false
    private var finished = false

    private init(delay: Duration) { self.delay = delay }

    /// A line, or nil when stderr is not a terminal. Nothing is drawn before `delay` has
    /// passed, so quick work shows nothing at all.
    static func make(delay: Duration = .zero) -> ProgressLine? {
        isEnabled ? ProgressLine(delay: delay) : nil
    }

    /// The time since the line was made.
    var elapsed: Duration { ContinuousClock.now - started }

    /// Shows `text` (one line; cut to the terminal's width), unless the last redraw was less
    /// than ``interval`` ago or the delay has not passed yet; `force` skips the interval.
    func show(_ text: String, force: Bool = false) {
        lock.lock()
        defer { lock.unlock() }
        let now = ContinuousClock.now
        guard !finished, now - started >= delay, text != lastText || !visible else { return }
        if !force, let lastDrawn, now - lastDrawn < Self.interval { return }
        lastDrawn = now
        lastText = text
        visible = true
        Self.write("\r" + Self.fitted(text) + "\u{1B}[K")
    }

    /// Erases the line if anything was drawn; later ``show(_:force:)`` calls draw nothing.
    func clear() {
        lock.lock()
        defer { lock.unlock() }
        finished = true
        if visible { Self.write("\r\u{1B}[K") }
        visible = false
    }

    /// `text` cut so that it fits on one terminal line (a wrapped line could not be redrawn).
    static func fitted(_ text: String) -> String {
        var size = winsize()
        let columns = ioctl(2, UInt(TIOCGWINSZ), &size) == 0 && size.ws_col > 0 ? Int(size.ws_col) : 80
        let limit = max(10, columns - 1)
        return text.count <= limit ? text : String(text.prefix(limit - 1)) + "…"
    }

    private static func write(_ text: String) {
        FileHandle.standardError.write(Data(text.utf8))
    }
}

/// Progress of long computations and of waiting for Graphviz, on stderr and only on a
/// terminal (see ``ProgressLine``). Libraries never print: they take a ``ProgressHandler``,
/// and these functions make one that draws.
enum ProgressDisplay {
    /// A handler showing `label: 45% (9,000 of 20,000)` that erases itself when
    /// `completed` reaches `total`; nil when stderr is not a terminal.
    static func handler(_ label: String, delay: Duration = .zero) -> ProgressHandler? {
        guard let line = ProgressLine.make(delay: delay) else { return nil }
        return { completed, total in
            if completed >= total {
                line.clear()
            } else {
                line.show(percentText(label, completed, total))
            }
        }
    }

    /// A handler for ``GraphLoader/load(_:options:progress:)``: `loading: 45% (12 of 27 MB)`,
    /// drawn only once loading has taken a second (most loads take less) and erased when the
    /// files are read; nil when stderr is not a terminal.
    static func loading() -> LoadProgressHandler? {
        guard let line = ProgressLine.make(delay: .seconds(1)) else { return nil }
        return { bytesRead, totalBytes in
            if bytesRead >= totalBytes {
                line.clear()
            } else {
                let percent = totalBytes > 0 ? min(100, bytesRead * 100 / totalBytes) : 100
                line.show("loading: \(percent)% (\(megabytes(bytesRead)) of \(megabytes(totalBytes)) MB)")
            }
        }
    }

    /// Bytes as megabytes with one decimal below 10 MB.
    static func megabytes(_ bytes: Int) -> String {
        let value = Double(bytes) / 1_048_576
        return value < 10 ? String((value * 10).rounded() / 10) : grouped(Int(value.rounded()))
    }

    /// Runs `body` with a handler showing `label: 45%…`, and erases the line when it returns
    /// or throws (so a handler that never reports the end leaves nothing either).
    static func counting<Result>(_ label: String, delay: Duration = .zero, _ body: (ProgressHandler?) throws -> Result) rethrows -> Result {
        guard let line = ProgressLine.make(delay: delay) else { return try body(nil) }
        defer { line.clear() }
        return try body { completed, total in line.show(percentText(label, completed, total)) }
    }

    /// Runs `body` with a handler for work done in passes whose number is not known in
    /// advance (Louvain: each pass reports 0…n again): shows `label: pass 3, 45%`.
    static func passes<Result>(_ label: String, _ body: (ProgressHandler?) throws -> Result) rethrows -> Result {
        guard let line = ProgressLine.make() else { return try body(nil) }
        defer { line.clear() }
        let counter = PassCounter()
        return try body { completed, total in
            let pass = counter.record(completed)
            let percent = total > 0 ? min(100, completed * 100 / total) : 100
            line.show("\(label): pass \(pass), \(percent)%")
        }
    }

    /// Runs `work` on a background thread (it may block, as a Graphviz render does) and, on a
    /// terminal, shows `label` with a spinner and the seconds waited until it ends. Without a
    /// terminal, `work` simply runs on the calling thread.
    static func waiting<Result: Sendable>(_ label: String, delay: Duration = .milliseconds(300), _ work: @escaping @Sendable () throws -> Result) throws -> Result {
        guard let line = ProgressLine.make(delay: delay) else { return try work() }
        defer { line.clear() }
        let outcome = Outcome<Result>()
        let done = DispatchSemaphore(value: 0)
        let thread = Thread {
            outcome.set(Swift.Result { try work() })
            done.signal()
        }
        thread.stackSize = 8 << 20
        thread.start()
        let frames = ["⠋", "⠙", "⠹", "⠸", "⠼", "⠴", "⠦", "⠧", "⠇", "⠏"]
        var frame = 0
        while done.wait(timeout: .now() + .milliseconds(100)) == .timedOut {
            let seconds = Int(line.elapsed.components.seconds)
            line.show("\(frames[frame % frames.count]) \(label) \(seconds) s")
            frame += 1
        }
        return try outcome.get()
    }

    /// `label: 45% (9,000 of 20,000)`.
    static func percentText(_ label: String, _ completed: Int, _ total: Int) -> String {
        let percent = total > 0 ? min(100, completed * 100 / total) : 100
        return "\(label): \(percent)% (\(grouped(completed)) of \(grouped(total)))"
    }

    /// 12345 as `12,345`.
    static func grouped(_ number: Int) -> String {
        let digits = String(number.magnitude)
        var out = ""
        for (index, digit) in digits.enumerated() {
            if index > 0 && (digits.count - index) % 3 == 0 { out += "," }
            out.append(digit)
        }
        return number < 0 ? "-" + out : out
    }

    /// Counts passes: a report lower than the previous one starts a new pass.
    final class PassCounter: @unchecked Sendable {
        private let lock = NSLock()
        private var pass = 1
        private var last = 0

        func record(_ completed: Int) -> Int {
            lock.lock()
            defer { lock.unlock() }
            if completed < last { pass += 1 }
            last = completed
            return pass
        }
    }

    /// The result of work done on another thread, handed over once.
    final class Outcome<Value: Sendable>: @unchecked Sendable {
        private let lock = NSLock()
        private var result: Swift.Result<Value, any Error>?

        func set(_ result: Swift.Result<Value, any Error>) {
            lock.lock()
            self.result = result
            lock.unlock()
        }

        func get() throws -> Value {
            lock.lock()
            defer { lock.unlock() }
            guard let result else { throw CommandFailure("internal error: background work ended without a result") }
            return try result.get()
        }
    }
}
