import Foundation

/// A value behind a lock, used like `Synchronization.Mutex` (`withLock`); `package` so the
/// other modules of CrimeGraph share it.
///
/// Not `Mutex` itself: on Linux its locking happens in the uninstrumented standard library, so
/// ThreadSanitizer (`make sanitize`) cannot see it and reports every access it guards as a data
/// race. `NSLock` is a pthread mutex, which ThreadSanitizer understands.
package final class Locked<Value>: @unchecked Sendable {
    private var value: Value
    private let lock = NSLock()

    package init(_ value: Value) { self.value = value }

    /// Runs `body` with exclusive access to the value.
    package func withLock<Result>(_ body: (inout Value) throws -> Result) rethrows -> Result {
        lock.lock()
        defer { lock.unlock() }
        return try body(&value)
    }
}
