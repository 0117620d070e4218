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

    /// One slot per part, each written by exactly one worker before being read. The slots are
    /// raw memory, not an array: workers setting elements of one array at once would all modify
    /// the array itself, a data race (ThreadSanitizer reports it).
    final class Slots<Value>: @unchecked Sendable {
        private let storage: UnsafeMutableBufferPointer<Value?>
        init(count: Int) {
            storage = .allocate(capacity: count)
            storage.initialize(repeating: nil)
        }
        deinit {
            storage.deinitialize()
            storage.deallocate()
        }
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

/// A pointer handed to worker threads that write disjoint parts of it (or only read it).
struct SharedPointer<Element>: @unchecked Sendable {
    let base: UnsafeMutablePointer<Element>

    /// Allocates `count` elements, initialized to `value`.
    init(count: Int, repeating value: Element) {
        base = UnsafeMutablePointer<Element>.allocate(capacity: max(count, 1))
        base.initialize(repeating: value, count: max(count, 1))
    }

    init(_ base: UnsafeMutablePointer<Element>) { self.base = base }

    /// Shares a buffer that every thread only reads (an empty one gives a pointer never read).
    init(reading buffer: UnsafeBufferPointer<Element>) {
        base = UnsafeMutablePointer(mutating: buffer.baseAddress ?? UnsafePointer(bitPattern: MemoryLayout<Element>.alignment)!)
    }

    @inline(__always) subscript(index: Int) -> Element {
        get { base[index] }
        nonmutating set { base[index] = newValue }
    }

    /// Frees the elements (trivial types only).
    func free() { base.deallocate() }
}

/// Work split into fixed blocks of nodes, so that per-block partial sums added in block order
/// give the same answer whatever the number of threads.
struct NodeBlocks: Sendable {
    let count: Int
    let blockSize: Int
    /// Whether to spread the blocks over the cores (large inputs only: a dispatch costs
    /// microseconds).
    let parallel: Bool

    init(count: Int, work: Int, blockSize: Int = 8192) {
        self.count = count
        self.blockSize = blockSize
        parallel = Parallel.parts > 1 && work >= 200_000 && count >= 2 * blockSize
    }

    var blockCount: Int { (count + blockSize - 1) / blockSize }

    func range(_ block: Int) -> Range<Int> { block * blockSize..<min(count, (block + 1) * blockSize) }

    /// Runs `body(block, range)` for every block, concurrently when worthwhile.
    func forEach(_ body: @Sendable (Int, Range<Int>) -> Void) {
        let blocks = blockCount
        guard parallel else {
            for block in 0..<blocks { body(block, range(block)) }
            return
        }
        let parts = min(Parallel.parts, blocks)
        DispatchQueue.concurrentPerform(iterations: parts) { part in
            var block = part
            while block < blocks {
                body(block, range(block))
                block += parts
            }
        }
    }

    /// Runs `body` on every block and adds up its results in block order.
    func sum(_ body: @Sendable (Range<Int>) -> Double) -> Double {
        let partials = SharedPointer<Double>(count: blockCount, repeating: 0)
        defer { partials.free() }
        forEach { block, range in partials[block] = body(range) }
        var total = 0.0
        for block in 0..<blockCount { total += partials[block] }
        return total
    }
}
