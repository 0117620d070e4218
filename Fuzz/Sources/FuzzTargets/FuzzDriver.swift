import CLibFuzzer

#if canImport(Glibc)
    import Glibc
#endif

extension FuzzTarget {
    /// Runs libFuzzer on this target with the process's command line (libFuzzer's flags,
    /// corpus folders or single inputs to replay), then exits with libFuzzer's status.
    public func runLibFuzzer() -> Never {
        FuzzDriver.current = self
        var argc = CommandLine.argc
        var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
        exit(LLVMFuzzerRunDriver(&argc, &argv) { data, size in
            FuzzDriver.current?.run(data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? [])
            return 0
        })
    }
}

/// The target libFuzzer's callback (a C function pointer, so it captures nothing) runs.
enum FuzzDriver {
    nonisolated(unsafe) static var current: FuzzTarget?
}
