import CrimeGraph
import Foundation

/// Reads an input file's bytes and checks that they are text: present, readable, not empty,
/// valid UTF-8 (a leading byte-order mark is dropped).
enum TextInput {
    /// The file's bytes without a UTF-8 byte-order mark.
    static func bytes(at path: String) throws(Diagnostic) -> [UInt8] {
        let location = SourceLocation(file: path)
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw Diagnostic(at: location, "no such file")
        }
        if isDirectory.boolValue { throw Diagnostic(at: location, "is a directory, not a file") }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw Diagnostic(at: location, "cannot read the file (permission denied?)")
        }
        var bytes = [UInt8](data)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        return bytes
    }

    /// The file as a string, after checking UTF-8 validity and that it is not empty.
    static func text(at path: String) throws(Diagnostic) -> String {
        let bytes = try bytes(at: path)
        return try decode(bytes, file: path)
    }

    /// Decodes UTF-8, naming the line and column of the first invalid byte.
    static func decode(_ bytes: [UInt8], file: String) throws(Diagnostic) -> String {
        if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }) {
            throw Diagnostic(at: SourceLocation(file: file), "the file is empty")
        }
        if let offset = firstInvalidUTF8(bytes) {
            let prefix = bytes[..<offset]
            let line = prefix.reduce(1) { $1 == 0x0A ? $0 + 1 : $0 }
            let lineStart = (prefix.lastIndex(of: 0x0A).map { $0 + 1 }) ?? 0
            let column = bytes[lineStart..<offset].reduce(1) { $1 & 0xC0 != 0x80 ? $0 + 1 : $0 }
            throw Diagnostic(at: SourceLocation(file: file, line: line, column: column),
                "invalid UTF-8 (byte 0x\(String(bytes[offset], radix: 16, uppercase: true))); save the file as UTF-8")
        }
        if let nul = bytes.firstIndex(of: 0) {
            let line = bytes[..<nul].reduce(1) { $1 == 0x0A ? $0 + 1 : $0 }
            throw Diagnostic(at: SourceLocation(file: file, line: line), "NUL byte in a text file")
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The offset of the first byte that is not part of valid UTF-8, or nil.
    static func firstInvalidUTF8(_ bytes: [UInt8]) -> Int? {
        var index = 0
        let count = bytes.count
        while index < count {
            let byte = bytes[index]
            if byte < 0x80 {
                index += 1
                continue
            }
            let length: Int
            var minimum: UInt32
            switch byte {
            case 0xC2...0xDF: length = 2; minimum = 0x80
            case 0xE0...0xEF: length = 3; minimum = 0x800
            case 0xF0...0xF4: length = 4; minimum = 0x10000
            default: return index
            }
            guard index + length <= count else { return index }
            var scalar = UInt32(byte) & (0xFF >> (length + 1))
            for offset in 1..<length {
                let next = bytes[index + offset]
                guard next & 0xC0 == 0x80 else { return index }
                scalar = scalar << 6 | UInt32(next & 0x3F)
            }
            if scalar < minimum || scalar > 0x10FFFF || (0xD800...0xDFFF).contains(scalar) { return index }
            minimum = 0
            index += length
        }
        return nil
    }
}
