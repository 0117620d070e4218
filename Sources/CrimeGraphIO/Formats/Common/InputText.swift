import CrimeGraph
import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// A whole input file in memory as checked UTF-8 bytes, for the byte-scanning readers.
///
/// Reading is one `read` into one array (no intermediate `Data`), then one pass that checks
/// UTF-8 eight bytes at a time; a leading byte-order mark is dropped.
struct InputText: Sendable {
    /// The bytes, without a byte-order mark.
    let bytes: [UInt8]
    /// The file as the user named it, for messages.
    let file: String

    /// Reads and checks the file at `path`.
    /// - Throws: a `Diagnostic` for a missing, unreadable, empty, non-UTF-8 or binary file.
    static func read(path: String) throws(Diagnostic) -> InputText {
        let bytes = try readBytes(path)
        return try InputText(bytes: bytes, file: path)
    }

    /// Checks bytes already in memory.
    init(bytes: [UInt8], file: String) throws(Diagnostic) {
        var bytes = bytes
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        self.bytes = bytes
        self.file = file
        try check()
    }

    private func check() throws(Diagnostic) {
        let problem: (offset: Int, isNUL: Bool)? = bytes.withUnsafeBufferPointer { buffer in
            InputText.firstProblem(buffer)
        }
        if let problem {
            var counter = LineCounter(file: file)
            let location = counter.location(at: problem.offset, in: bytes)
            if problem.isNUL { throw Diagnostic(at: location, "NUL byte: this is not a text file") }
            throw Diagnostic(at: location,
                "invalid UTF-8 (byte 0x\(String(bytes[problem.offset], radix: 16, uppercase: true))); save the file as UTF-8")
        }
        if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }) {
            throw Diagnostic(at: SourceLocation(file: file), "the file is empty")
        }
    }

    /// The offset of the first NUL or invalid UTF-8 byte.
    /// - Complexity: O(n), eight ASCII bytes per step.
    static func firstProblem(_ buffer: UnsafeBufferPointer<UInt8>) -> (offset: Int, isNUL: Bool)? {
        let count = buffer.count
        var index = 0
        guard let base = buffer.baseAddress else { return nil }
        let raw = UnsafeRawPointer(base)
        while index < count {
            if index + 8 <= count {
                let word = raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)
                let hasHigh = word & 0x8080_8080_8080_8080 != 0
                let hasZero = (word &- 0x0101_0101_0101_0101) & ~word & 0x8080_8080_8080_8080 != 0
                if !hasHigh && !hasZero {
                    index += 8
                    continue
                }
            }
            let byte = buffer[index]
            if byte == 0 { return (index, true) }
            if byte < 0x80 {
                index += 1
                continue
            }
            let length: Int
            let minimum: UInt32
            switch byte {
            case 0xC2...0xDF: length = 2; minimum = 0x80
            case 0xE0...0xEF: length = 3; minimum = 0x800
            case 0xF0...0xF4: length = 4; minimum = 0x10000
            default: return (index, false)
            }
            guard index + length <= count else { return (index, false) }
            var scalar = UInt32(byte) & (0xFF >> (length + 1))
            for offset in 1..<length {
                let next = buffer[index + offset]
                guard next & 0xC0 == 0x80 else { return (index, false) }
                scalar = scalar << 6 | UInt32(next & 0x3F)
            }
            if scalar < minimum || scalar > 0x10FFFF || (0xD800...0xDFFF).contains(scalar) { return (index, false) }
            index += length
        }
        return nil
    }

    private static func readBytes(_ path: String) throws(Diagnostic) -> [UInt8] {
        let location = SourceLocation(file: path)
        var info = stat()
        guard stat(path, &info) == 0 else { throw Diagnostic(at: location, "no such file") }
        if info.st_mode & S_IFMT == S_IFDIR { throw Diagnostic(at: location, "is a directory, not a file") }
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { throw Diagnostic(at: location, "cannot read the file (\(String(cString: strerror(errno))))") }
        defer { close(descriptor) }
        var failure: Int32 = 0
        // Read what stat announced in one call, then whatever follows (pipes, growing files).
        func readChunk(_ wanted: Int) -> [UInt8] {
            [UInt8](unsafeUninitializedCapacity: wanted) { buffer, count in
                count = 0
                guard let base = buffer.baseAddress else { return }
                while count < wanted {
                    let got = Glibc.read(descriptor, base + count, wanted - count)
                    if got < 0 {
                        if errno == EINTR { continue }
                        failure = errno
                        return
                    }
                    if got == 0 { return }
                    count += got
                }
            }
        }
        var result = readChunk(max(Int(info.st_size), 1))
        while failure == 0 {
            let more = readChunk(1 << 16)
            if more.isEmpty { break }
            result.append(contentsOf: more)
        }
        if failure != 0 { throw Diagnostic(at: location, "cannot read the file (\(String(cString: strerror(failure))))") }
        return result
    }
}
