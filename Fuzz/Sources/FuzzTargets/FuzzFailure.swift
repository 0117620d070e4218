#if canImport(Glibc)
    import Glibc
#endif

/// A property that failed: the message goes to standard error (which an optimized
/// `preconditionFailure` would drop), then the process aborts, so libFuzzer saves the input.
enum FuzzFailure {
    static func fail(_ message: String) -> Never {
        let text = Array(("fuzz property failed: " + message + "\n").utf8)
        _ = text.withUnsafeBytes { write(2, $0.baseAddress, $0.count) }
        abort()
    }
}
