import CrimeGraph

/// Turns byte offsets into `file:line:column` (columns in Unicode scalars from 1), counting
/// forward from the last offset asked for, so locations requested in file order cost O(n) in
/// all — a one-line file of a hundred megabytes included.
struct LineCounter: Sendable {
    let file: String
    private var position = 0
    private var line = 1
    private var column = 1

    init(file: String) { self.file = file }

    /// The location of `offset` in `bytes`.
    mutating func location(at offset: Int, in bytes: [UInt8]) -> SourceLocation {
        let target = min(max(offset, 0), bytes.count)
        if target < position {
            position = 0
            line = 1
            column = 1
        }
        bytes.withUnsafeBufferPointer { buffer in
            var index = position
            while index < target {
                let byte = buffer[index]
                if byte == 0x0A {
                    line += 1
                    column = 1
                } else if byte & 0xC0 != 0x80 {
                    column += 1
                }
                index += 1
            }
        }
        position = target
        return SourceLocation(file: file, line: line, column: column)
    }
}
