import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// Removes half-written temporary files when the process is interrupted (Ctrl-C, `kill`).
///
/// ``AtomicFile`` registers each temporary file while it exists. Once
/// ``AtomicFile/removeTemporaryFilesOnInterrupt()`` has been called (the command-line tool does
/// so at start), SIGINT, SIGTERM and SIGHUP unlink the registered files and then end the
/// process with the same signal, so the shell still sees "interrupted". The handler only reads
/// a fixed table of C strings and calls `unlink`, `signal` and `raise`, which are safe to call
/// from a signal handler.
enum InterruptCleanup {
    static let capacity = 32
    nonisolated(unsafe) static let slots: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?> = {
        let table = UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>.allocate(capacity: capacity)
        table.initialize(repeating: nil, count: capacity)
        return table
    }()
    static let lock = NSLock()

    /// Registers `path`; returns its slot, or nil when the table is full (the file is then
    /// simply not cleaned up on interrupt).
    static func register(_ path: String) -> Int? {
        lock.lock()
        defer { lock.unlock() }
        for slot in 0..<capacity where slots[slot] == nil {
            slots[slot] = strdup(path)
            return slot
        }
        return nil
    }

    static func unregister(_ slot: Int?) {
        guard let slot else { return }
        lock.lock()
        defer { lock.unlock() }
        let pointer = slots[slot]
        slots[slot] = nil
        free(pointer)
    }

    static func install() {
        // A parent may have started us with these signals blocked (threads often block them);
        // an interrupt must still reach us.
        var unblock = sigset_t()
        sigemptyset(&unblock)
        for signalNumber in [SIGINT, SIGTERM, SIGHUP] { sigaddset(&unblock, signalNumber) }
        pthread_sigmask(SIG_UNBLOCK, &unblock, nil)
        for signalNumber in [SIGINT, SIGTERM, SIGHUP] {
            signal(signalNumber) { received in
                for slot in 0..<InterruptCleanup.capacity {
                    if let path = InterruptCleanup.slots[slot] { unlink(path) }
                }
                signal(received, SIG_DFL)
                raise(received)
            }
        }
    }
}

extension AtomicFile {
    /// Makes SIGINT, SIGTERM and SIGHUP remove any temporary file being written before the
    /// process ends, so an interrupted command leaves neither a partial output nor litter. The
    /// previous file at the target path is untouched either way. Call once, at program start.
    public static func removeTemporaryFilesOnInterrupt() {
        InterruptCleanup.install()
    }

    /// For tests: when the environment names a marker file in
    /// `CRIMEGRAPH_TEST_PAUSE_BEFORE_RENAME`, the writer creates that file once the temporary
    /// file is complete and waits (up to 60 s) before renaming it — a deterministic moment at
    /// which a test can interrupt the process.
    static func pauseForTestsIfAsked() {
        guard let marker = ProcessInfo.processInfo.environment["CRIMEGRAPH_TEST_PAUSE_BEFORE_RENAME"], !marker.isEmpty else { return }
        _ = FileManager.default.createFile(atPath: marker, contents: Data("paused\n".utf8))
        for _ in 0..<600 { usleep(100_000) }
    }
}
