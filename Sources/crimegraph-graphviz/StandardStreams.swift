#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#endif

/// The worker's private copy of the real stdout, the only place its answer is written.
///
/// `takeOverStdout()` duplicates descriptor 1 and then points descriptor 1 at stderr, so
/// anything a C library prints with `printf` lands in the diagnostics instead of in the image.
struct ResultChannel {
    /// The private duplicate of the original stdout.
    let descriptor: Int32

    /// Keeps the real stdout for the answer and sends descriptor 1 to stderr from now on.
    static func takeOverStdout() -> ResultChannel {
        let saved = fcntl(STDOUT_FILENO, F_DUPFD_CLOEXEC, 3)
        guard saved >= 0 else {
            // Without a private stdout the protocol cannot be honoured safely.
            writeAll(STDERR_FILENO, Array("crimegraph-graphviz: cannot duplicate stdout\n".utf8))
            _exit(3)
        }
        _ = dup2(STDERR_FILENO, STDOUT_FILENO)
        return ResultChannel(descriptor: saved)
    }

    /// Writes the rendered bytes and exits with status 0.
    ///
    /// `_exit` skips `atexit` handlers and library destructors: the heap may have been
    /// damaged by Graphviz, and the kernel frees everything anyway.
    func finish(with bytes: [UInt8]) -> Never {
        guard writeAll(descriptor, bytes) else { _exit(3) }
        _exit(0)
    }

    /// Writes the failure as one line of JSON and exits with status 2.
    func fail(_ failure: WorkerFailure) -> Never {
        writeAll(STDERR_FILENO, Array("crimegraph-graphviz: \(failure.stage.rawValue) failed: \(failure.message)\n".utf8))
        _ = writeAll(descriptor, Array(failure.json.utf8))
        _exit(2)
    }
}

/// Writes every byte, retrying after `EINTR` and short writes. Returns false on any other error.
@discardableResult
func writeAll(_ descriptor: Int32, _ bytes: [UInt8]) -> Bool {
    bytes.withUnsafeBytes { buffer in
        var offset = 0
        while offset < buffer.count {
            let written = write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
            if written < 0 {
                if errno == EINTR { continue }
                return false
            }
            offset += written
        }
        return true
    }
}

/// Reads stdin until EOF. NUL bytes are refused: Graphviz takes the DOT text as a C string.
func readStandardInput() -> Result<[UInt8], WorkerFailure> {
    var bytes: [UInt8] = []
    var chunk = [UInt8](repeating: 0, count: 1 << 16)
    while true {
        let count = chunk.withUnsafeMutableBytes { read(STDIN_FILENO, $0.baseAddress, $0.count) }
        if count == 0 { break }
        if count < 0 {
            if errno == EINTR { continue }
            return .failure(WorkerFailure(stage: .request, message: "cannot read stdin: \(describeErrno(errno))"))
        }
        bytes.append(contentsOf: chunk[0..<count])
    }
    if bytes.contains(0) {
        return .failure(WorkerFailure(stage: .request, message: "the DOT text contains a NUL byte"))
    }
    return .success(bytes)
}

/// The text of an `errno` value, such as "Bad file descriptor".
func describeErrno(_ code: Int32) -> String {
    guard let text = strerror(code) else { return "errno \(code)" }
    return String(cString: text)
}
