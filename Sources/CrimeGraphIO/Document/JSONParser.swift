import CrimeGraph

/// A JSON parser (RFC 8259) that records the line and column of every value.
///
/// Foundation's `JSONDecoder` reports no positions, and every case-file message must say where
/// the problem is. Errors name the line and column, in Unicode scalars from 1, like libyaml.
struct JSONParser {
    private let bytes: [UInt8]
    private let file: String
    private var position = 0
    private var line = 1
    private var lineStart = 0
    private var depth = 0
    private var countedUpTo = 0
    private var countedColumn = 1
    static let maximumDepth = 512

    init(bytes: [UInt8], file: String) {
        self.bytes = bytes
        self.file = file
    }

    /// Parses one JSON document.
    /// - Throws: `Diagnostic` at the first syntax error.
    mutating func parse() throws(Diagnostic) -> DocumentNode {
        skipWhitespace()
        let root = try parseValue()
        skipWhitespace()
        if position < bytes.count { throw failure("unexpected text after the JSON document") }
        return root
    }

    /// The current position. Columns count Unicode scalars (UTF-8 continuation bytes are
    /// skipped); counting resumes from the last position asked for on the same line, so a
    /// megabyte-long line costs linear time overall.
    private mutating func here() -> SourceLocation {
        if countedUpTo < lineStart || countedUpTo > position {
            countedUpTo = lineStart
            countedColumn = 1
        }
        let (from, to) = (countedUpTo, position)
        countedColumn += bytes.withUnsafeBufferPointer { buffer in
            var columns = 0
            for index in from..<to where buffer[index] & 0xC0 != 0x80 { columns += 1 }
            return columns
        }
        countedUpTo = position
        return SourceLocation(file: file, line: line, column: countedColumn)
    }

    private mutating func failure(_ message: String) -> Diagnostic { Diagnostic(at: here(), message) }

    private mutating func skipWhitespace() {
        while position < bytes.count {
            switch bytes[position] {
            case 0x20, 0x09, 0x0D: position += 1
            case 0x0A:
                position += 1
                line += 1
                lineStart = position
            default: return
            }
        }
    }

    private mutating func parseValue() throws(Diagnostic) -> DocumentNode {
        guard position < bytes.count else { throw failure("unexpected end of file: a value was expected") }
        let location = here()
        switch bytes[position] {
        case UInt8(ascii: "{"): return try parseObject(at: location)
        case UInt8(ascii: "["): return try parseArray(at: location)
        case UInt8(ascii: "\""): return DocumentNode(value: .scalar(try parseString(), isQuoted: true), location: location)
        default: return DocumentNode(value: .scalar(try parseLiteral(), isQuoted: false), location: location)
        }
    }

    private mutating func enter() throws(Diagnostic) {
        depth += 1
        if depth > JSONParser.maximumDepth { throw failure("nesting deeper than \(JSONParser.maximumDepth) levels") }
    }

    private mutating func parseObject(at location: SourceLocation) throws(Diagnostic) -> DocumentNode {
        try enter()
        position += 1
        var pairs: [DocumentNode.Pair] = []
        var seen: [String: SourceLocation] = [:]
        skipWhitespace()
        if position < bytes.count, bytes[position] == UInt8(ascii: "}") {
            position += 1
            depth -= 1
            return DocumentNode(value: .mapping(pairs), location: location)
        }
        while true {
            skipWhitespace()
            guard position < bytes.count, bytes[position] == UInt8(ascii: "\"") else {
                throw failure(position < bytes.count ? "expected a quoted key" : "unexpected end of file inside an object")
            }
            let keyLocation = here()
            let key = try parseString()
            if let first = seen[key] { throw Diagnostic(at: keyLocation, "duplicate key '\(key)' (first at line \(first.line))") }
            seen[key] = keyLocation
            skipWhitespace()
            guard position < bytes.count, bytes[position] == UInt8(ascii: ":") else { throw failure("expected ':' after the key") }
            position += 1
            skipWhitespace()
            let value = try parseValue()
            pairs.append(.init(key: DocumentNode(value: .scalar(key, isQuoted: true), location: keyLocation), value: value))
            skipWhitespace()
            guard position < bytes.count else { throw failure("unexpected end of file inside an object") }
            if bytes[position] == UInt8(ascii: ",") {
                position += 1
                continue
            }
            if bytes[position] == UInt8(ascii: "}") {
                position += 1
                depth -= 1
                return DocumentNode(value: .mapping(pairs), location: location)
            }
            throw failure("expected ',' or '}'")
        }
    }

    private mutating func parseArray(at location: SourceLocation) throws(Diagnostic) -> DocumentNode {
        try enter()
        position += 1
        var items: [DocumentNode] = []
        skipWhitespace()
        if position < bytes.count, bytes[position] == UInt8(ascii: "]") {
            position += 1
            depth -= 1
            return DocumentNode(value: .sequence(items), location: location)
        }
        while true {
            skipWhitespace()
            items.append(try parseValue())
            skipWhitespace()
            guard position < bytes.count else { throw failure("unexpected end of file inside a list") }
            if bytes[position] == UInt8(ascii: ",") {
                position += 1
                continue
            }
            if bytes[position] == UInt8(ascii: "]") {
                position += 1
                depth -= 1
                return DocumentNode(value: .sequence(items), location: location)
            }
            throw failure("expected ',' or ']'")
        }
    }

    private mutating func parseLiteral() throws(Diagnostic) -> String {
        let start = position
        while position < bytes.count {
            let byte = bytes[position]
            let isLiteralByte = (48...57).contains(byte) || (97...122).contains(byte) || byte == 43 || byte == 45 || byte == 46 || byte == 69
            if !isLiteralByte { break }
            position += 1
        }
        let text = String(decoding: bytes[start..<position], as: UTF8.self)
        if text == "true" || text == "false" || text == "null" { return text }
        if !text.isEmpty, isJSONNumber(text) { return text }
        position = start
        if text.isEmpty {
            throw failure("unexpected character '\(String(decoding: [bytes[start]], as: UTF8.self))': a value was expected")
        }
        throw failure("invalid literal '\(text)': expected a string, number, true, false or null")
    }

    /// `-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?`
    private func isJSONNumber(_ text: String) -> Bool {
        let digits = Array(text.utf8)
        var index = 0
        func isDigit(_ at: Int) -> Bool { at < digits.count && (48...57).contains(digits[at]) }
        if index < digits.count, digits[index] == 45 { index += 1 }
        guard isDigit(index) else { return false }
        if digits[index] == 48 { index += 1 } else { while isDigit(index) { index += 1 } }
        if index < digits.count, digits[index] == 46 {
            index += 1
            guard isDigit(index) else { return false }
            while isDigit(index) { index += 1 }
        }
        if index < digits.count, digits[index] == 101 || digits[index] == 69 {
            index += 1
            if index < digits.count, digits[index] == 43 || digits[index] == 45 { index += 1 }
            guard isDigit(index) else { return false }
            while isDigit(index) { index += 1 }
        }
        return index == digits.count
    }

    private mutating func parseString() throws(Diagnostic) -> String {
        position += 1
        var buffer: [UInt8] = []
        while true {
            // Copy the run up to the next quote, backslash or control character in one go: a
            // 100 MB string is one copy, not a hundred million appends.
            let start = position
            let runEnd = bytes.withUnsafeBufferPointer { buffer in
                var index = start
                while index < buffer.count, buffer[index] != 0x22, buffer[index] != 0x5C, buffer[index] >= 0x20 { index += 1 }
                return index
            }
            if runEnd > start {
                buffer.append(contentsOf: bytes[start..<runEnd])
                position = runEnd
            }
            guard position < bytes.count else { throw failure("unexpected end of file inside a string") }
            let byte = bytes[position]
            if byte == UInt8(ascii: "\"") {
                position += 1
                return String(decoding: buffer, as: UTF8.self)
            }
            if byte < 0x20 { throw failure("control character in a string; escape it (\\n, \\t, \\u00XX)") }
            if byte != UInt8(ascii: "\\") {
                buffer.append(byte)
                position += 1
                continue
            }
            position += 1
            guard position < bytes.count else { throw failure("unexpected end of file inside a string") }
            let escape = bytes[position]
            position += 1
            switch escape {
            case UInt8(ascii: "\""): buffer.append(0x22)
            case UInt8(ascii: "\\"): buffer.append(0x5C)
            case UInt8(ascii: "/"): buffer.append(0x2F)
            case UInt8(ascii: "b"): buffer.append(0x08)
            case UInt8(ascii: "f"): buffer.append(0x0C)
            case UInt8(ascii: "n"): buffer.append(0x0A)
            case UInt8(ascii: "r"): buffer.append(0x0D)
            case UInt8(ascii: "t"): buffer.append(0x09)
            case UInt8(ascii: "u"): buffer.append(contentsOf: try parseUnicodeEscape())
            default: throw failure("invalid escape '\\\(String(decoding: [escape], as: UTF8.self))'")
            }
        }
    }

    private mutating func hexQuad() throws(Diagnostic) -> UInt32 {
        guard position + 4 <= bytes.count else { throw failure("incomplete \\u escape") }
        var value: UInt32 = 0
        for _ in 0..<4 {
            let byte = bytes[position]
            let digit: UInt32
            switch byte {
            case 48...57: digit = UInt32(byte - 48)
            case 65...70: digit = UInt32(byte - 55)
            case 97...102: digit = UInt32(byte - 87)
            default: throw failure("invalid \\u escape: expected four hex digits")
            }
            value = value << 4 | digit
            position += 1
        }
        return value
    }

    private mutating func parseUnicodeEscape() throws(Diagnostic) -> [UInt8] {
        var code = try hexQuad()
        if (0xD800...0xDBFF).contains(code) {
            guard position + 1 < bytes.count, bytes[position] == UInt8(ascii: "\\"), bytes[position + 1] == UInt8(ascii: "u")
            else { throw failure("unpaired UTF-16 surrogate in \\u escape") }
            position += 2
            let low = try hexQuad()
            guard (0xDC00...0xDFFF).contains(low) else { throw failure("invalid UTF-16 surrogate pair in \\u escape") }
            code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)
        } else if (0xDC00...0xDFFF).contains(code) {
            throw failure("unpaired UTF-16 surrogate in \\u escape")
        }
        guard let scalar = Unicode.Scalar(code) else { throw failure("invalid code point in \\u escape") }
        return Array(String(Character(scalar)).utf8)
    }
}
