import CrimeGraph

extension XMLTokenizer {
    /// Character data or an attribute value as a string: references decoded, line ends
    /// normalized (`\r\n` and `\r` to `\n`), and in attribute values tabs and line ends made
    /// spaces, as XML 1.0 requires.
    mutating func decode(_ range: Range<Int>, inAttribute: Bool) throws(Diagnostic) -> String {
        let needsWork = bytes.withUnsafeBufferPointer { buffer in
            buffer[range].contains { $0 == UInt8(ascii: "&") || $0 == 0x0D || (inAttribute && ($0 == 0x0A || $0 == 0x09)) }
        }
        if !needsWork { return String(decoding: bytes[range], as: UTF8.self) }
        var output: [UInt8] = []
        output.reserveCapacity(range.count)
        var index = range.lowerBound
        while index < range.upperBound {
            let byte = bytes[index]
            switch byte {
            case UInt8(ascii: "&"):
                let (scalar, length) = try reference(at: index, limit: range.upperBound)
                output.append(contentsOf: Array(String(scalar).utf8))
                index += length
                continue
            case 0x0D:
                output.append(inAttribute ? 0x20 : 0x0A)
                if index + 1 < range.upperBound, bytes[index + 1] == 0x0A { index += 1 }
            case 0x0A, 0x09:
                output.append(inAttribute ? 0x20 : byte)
            default:
                output.append(byte)
            }
            index += 1
        }
        return String(decoding: output, as: UTF8.self)
    }

    /// Checks the references in character data that is not kept.
    mutating func validateReferences(_ range: Range<Int>) throws(Diagnostic) {
        var index = range.lowerBound
        while index < range.upperBound {
            if bytes[index] == UInt8(ascii: "&") {
                index += try reference(at: index, limit: range.upperBound).length
            } else {
                index += 1
            }
        }
    }

    /// The scalar a reference at `offset` stands for and the reference's length in bytes.
    private mutating func reference(at offset: Int, limit: Int) throws(Diagnostic) -> (Unicode.Scalar, length: Int) {
        var end = offset + 1
        while end < limit, end - offset <= 12, bytes[end] != UInt8(ascii: ";") { end += 1 }
        guard end < limit, bytes[end] == UInt8(ascii: ";") else {
            throw failure(at: offset, "'&' must start a reference such as &amp; (write a literal & as &amp;)")
        }
        let name = String(decoding: bytes[(offset + 1)..<end], as: UTF8.self)
        let length = end - offset + 1
        switch name {
        case "lt": return ("<", length)
        case "gt": return (">", length)
        case "amp": return ("&", length)
        case "quot": return ("\"", length)
        case "apos": return ("'", length)
        default: break
        }
        if name.hasPrefix("#") {
            let digits = name.dropFirst()
            let value: UInt32?
            if digits.hasPrefix("x") {
                value = digits.count > 1 ? UInt32(digits.dropFirst(), radix: 16) : nil
            } else {
                value = digits.allSatisfy(\.isASCII) ? UInt32(digits) : nil
            }
            guard let value, let scalar = Unicode.Scalar(value), Self.isXMLCharacter(value) else {
                throw failure(at: offset, "'&\(name);' is not a valid character reference")
            }
            return (scalar, length)
        }
        throw failure(at: offset, "unknown entity '&\(name);': only &lt; &gt; &amp; &quot; &apos; and character references are read (entities are never expanded)")
    }

    private static func isXMLCharacter(_ value: UInt32) -> Bool {
        value == 0x9 || value == 0xA || value == 0xD || (0x20...0xD7FF).contains(value) || (0xE000...0xFFFD).contains(value)
            || (0x10000...0x10FFFF).contains(value)
    }
}
