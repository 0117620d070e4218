import CrimeGraph

/// A token of the DOT language.
struct DOTToken: Sendable {
    enum Kind: Equatable, Sendable {
        /// An identifier, numeral, quoted string or HTML string.
        case id
        /// `{ } [ ] ; , = :`
        case punctuation(UInt8)
        /// `->` or `--`
        case edgeOperator(directed: Bool)
        case end
    }

    let kind: Kind
    /// The ID's text (quotes removed, `\"` and line continuations undone, `+` concatenation
    /// joined); empty for other tokens.
    let text: String
    /// Whether the ID was quoted or HTML (keywords are only recognised unquoted).
    let isQuoted: Bool
    /// Whether the ID was an HTML string `<…>`.
    let isHTML: Bool
    /// Where it starts.
    let offset: Int

    /// Whether this is the unquoted keyword `word` (DOT keywords ignore case).
    func isKeyword(_ word: String) -> Bool { kind == .id && !isQuoted && text.lowercased() == word }
}

/// Splits DOT text into tokens, following the grammar of graphviz.org/doc/info/lang.html:
/// `//` and `/* */` comments, `#` lines, quoted strings with `\"` escapes, line continuations
/// and `+` concatenation, HTML strings with nested angle brackets, numerals, identifiers.
/// - Complexity: O(n).
struct DOTLexer {
    let bytes: [UInt8]
    private(set) var position = 0
    private var atLineStart = true

    init(bytes: [UInt8]) { self.bytes = bytes }

    /// A lexical error at a byte offset.
    struct Problem: Error {
        let offset: Int
        let message: String
    }

    mutating func next() throws(Problem) -> DOTToken {
        try skipSpaceAndComments()
        guard position < bytes.count else { return DOTToken(kind: .end, text: "", isQuoted: false, isHTML: false, offset: position) }
        let start = position
        let byte = bytes[position]
        switch byte {
        case UInt8(ascii: "{"), UInt8(ascii: "}"), UInt8(ascii: "["), UInt8(ascii: "]"), UInt8(ascii: ";"), UInt8(ascii: ","),
            UInt8(ascii: "="), UInt8(ascii: ":"):
            position += 1
            return DOTToken(kind: .punctuation(byte), text: "", isQuoted: false, isHTML: false, offset: start)
        case UInt8(ascii: "-") where position + 1 < bytes.count && (bytes[position + 1] == UInt8(ascii: ">") || bytes[position + 1] == UInt8(ascii: "-")):
            position += 2
            return DOTToken(kind: .edgeOperator(directed: bytes[start + 1] == UInt8(ascii: ">")), text: "", isQuoted: false, isHTML: false, offset: start)
        case UInt8(ascii: "\""):
            var text = try quoted()
            while true {
                let save = position
                try skipSpaceAndComments()
                guard position < bytes.count, bytes[position] == UInt8(ascii: "+") else {
                    position = save
                    break
                }
                position += 1
                try skipSpaceAndComments()
                guard position < bytes.count, bytes[position] == UInt8(ascii: "\"") else {
                    throw Problem(offset: position, message: "'+' must join two quoted strings")
                }
                text += try quoted()
            }
            return DOTToken(kind: .id, text: text, isQuoted: true, isHTML: false, offset: start)
        case UInt8(ascii: "<"):
            return DOTToken(kind: .id, text: try html(), isQuoted: true, isHTML: true, offset: start)
        default:
            if Self.isIdentifierStart(byte) {
                position += 1
                while position < bytes.count, Self.isIdentifierStart(bytes[position]) || Self.isDigit(bytes[position]) { position += 1 }
                return DOTToken(kind: .id, text: String(decoding: bytes[start..<position], as: UTF8.self), isQuoted: false, isHTML: false, offset: start)
            }
            if Self.isDigit(byte) || byte == UInt8(ascii: ".") || byte == UInt8(ascii: "-") {
                return DOTToken(kind: .id, text: try numeral(), isQuoted: false, isHTML: false, offset: start)
            }
            let shown = byte < 0x80 ? "'\(Character(Unicode.Scalar(byte)))'" : "byte 0x\(String(byte, radix: 16))"
            throw Problem(offset: start, message: "unexpected \(shown) in DOT")
        }
    }

    private mutating func skipSpaceAndComments() throws(Problem) {
        while position < bytes.count {
            let byte = bytes[position]
            if byte == 0x0A {
                atLineStart = true
                position += 1
            } else if byte == 0x20 || byte == 0x09 || byte == 0x0D || byte == 0x0C || byte == 0x0B {
                position += 1
            } else if byte == UInt8(ascii: "#") && atLineStart {
                while position < bytes.count, bytes[position] != 0x0A { position += 1 }
            } else if byte == UInt8(ascii: "/"), position + 1 < bytes.count, bytes[position + 1] == UInt8(ascii: "/") {
                while position < bytes.count, bytes[position] != 0x0A { position += 1 }
            } else if byte == UInt8(ascii: "/"), position + 1 < bytes.count, bytes[position + 1] == UInt8(ascii: "*") {
                let start = position
                position += 2
                while position + 1 < bytes.count, !(bytes[position] == UInt8(ascii: "*") && bytes[position + 1] == UInt8(ascii: "/")) { position += 1 }
                guard position + 1 < bytes.count else { throw Problem(offset: start, message: "a /* comment is not closed") }
                position += 2
            } else {
                atLineStart = false
                return
            }
        }
    }

    private mutating func quoted() throws(Problem) -> String {
        let start = position
        position += 1
        var output: [UInt8] = []
        while position < bytes.count {
            let byte = bytes[position]
            if byte == UInt8(ascii: "\"") {
                position += 1
                return String(decoding: output, as: UTF8.self)
            }
            if byte == UInt8(ascii: "\\"), position + 1 < bytes.count {
                let following = bytes[position + 1]
                if following == UInt8(ascii: "\"") {
                    output.append(following)
                    position += 2
                    continue
                }
                if following == 0x0A {
                    position += 2
                    continue
                }
                if following == 0x0D, position + 2 < bytes.count, bytes[position + 2] == 0x0A {
                    position += 3
                    continue
                }
                // Any other escape stays as written, as Graphviz keeps it (`\\` too).
                output.append(byte)
                output.append(following)
                position += 2
                continue
            }
            output.append(byte)
            position += 1
        }
        throw Problem(offset: start, message: "a quoted string is not closed before the end of the file")
    }

    private mutating func html() throws(Problem) -> String {
        let start = position
        var depth = 0
        while position < bytes.count {
            if bytes[position] == UInt8(ascii: "<") { depth += 1 }
            if bytes[position] == UInt8(ascii: ">") {
                depth -= 1
                if depth == 0 {
                    position += 1
                    return String(decoding: bytes[(start + 1)..<(position - 1)], as: UTF8.self)
                }
            }
            position += 1
        }
        throw Problem(offset: start, message: "an HTML string <…> is not closed before the end of the file")
    }

    private mutating func numeral() throws(Problem) -> String {
        let start = position
        if bytes[position] == UInt8(ascii: "-") { position += 1 }
        var digits = 0
        while position < bytes.count, Self.isDigit(bytes[position]) {
            position += 1
            digits += 1
        }
        if position < bytes.count, bytes[position] == UInt8(ascii: ".") {
            position += 1
            while position < bytes.count, Self.isDigit(bytes[position]) {
                position += 1
                digits += 1
            }
        }
        guard digits > 0 else { throw Problem(offset: start, message: "expected a number") }
        return String(decoding: bytes[start..<position], as: UTF8.self)
    }

    private static func isIdentifierStart(_ byte: UInt8) -> Bool {
        (byte | 0x20 >= UInt8(ascii: "a") && byte | 0x20 <= UInt8(ascii: "z")) || byte == UInt8(ascii: "_") || byte >= 0x80
    }

    private static func isDigit(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }
}
