import Foundation
import Dispatch

/// Reports progress of long work: `completed` out of `total` steps. Called from worker
/// threads; keep it cheap and thread-safe.
public typealias ProgressHandler = @Sendable (_ completed: Int, _ total: Int) -> Void

/// Deterministic parallel loops: work is split into a fixed number of strided parts, each part
/// produces its own partial result, and the parts are combined in part order — so the answer
/// does not depend on thread timing.
enum Parallel {
    /// How many parts to split work into: the active processor count, at most 8.
    static var parts: Int { max(1, min(8, ProcessInfo.processInfo.activeProcessorCount)) }

    /// Runs `body(part, partCount)` for every part concurrently and returns the results in
    /// part order. `body` must touch only its own part's data.
    static func map<Result: Sendable>(parts count: Int = parts, _ body: @Sendable (Int, Int) -> Result) -> [Result] {
        let slots = Slots<Result>(count: count)
        DispatchQueue.concurrentPerform(iterations: count) { part in
            slots.set(part, body(part, count))
        }
        return slots.values()
    }

    /// One slot per part, each written by exactly one worker before being read.
    final class Slots<Value>: @unchecked Sendable {
        private var storage: [Value?]
        init(count: Int) { storage = Array(repeating: nil, count: count) }
        func set(_ index: Int, _ value: Value) { storage[index] = value }
        func values() -> [Value] { storage.compactMap { $0 } }
    }
}

/// Counts finished steps across threads and forwards them to a ``ProgressHandler``.
final class ProgressCounter: @unchecked Sendable {
    private let handler: ProgressHandler?
    private let total: Int
    private var done = 0
    private let lock = NSLock()

    init(total: Int, handler: ProgressHandler?) {
        self.total = total
        self.handler = handler
    }

    func step(_ count: Int = 1) {
        guard let handler else { return }
        lock.lock()
        done += count
        let now = done
        lock.unlock()
        handler(now, total)
    }
}
