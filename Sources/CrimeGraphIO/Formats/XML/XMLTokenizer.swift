import CrimeGraph

/// A start tag: its name, attributes in document order, and where it begins.
struct XMLStartTag: Sendable {
    /// The qualified name, such as `node` or `y:ShapeNode`.
    let name: String
    /// The name without its namespace prefix (`ShapeNode`).
    let localName: String
    /// The attributes, entity references decoded and whitespace normalized.
    let attributes: [(name: String, value: String)]
    /// The byte offset of its `<`.
    let offset: Int

    /// The value of the attribute `name`, if present.
    func attribute(_ name: String) -> String? { attributes.first { $0.name == name }?.value }
}

/// One step through an XML document.
enum XMLEvent: Sendable {
    /// An element starts (a self-closing one is followed at once by its ``end``).
    case start(XMLStartTag)
    /// An element ends; `localName` is its name without a namespace prefix.
    case end(name: String, localName: String, offset: Int)
    /// Character data, with references decoded (only while ``XMLTokenizer/wantsText`` is set).
    case text(String, offset: Int)
}

/// A streaming, byte-level XML tokenizer for GraphML and GEXF: no document tree is built, and
/// nothing that could reach outside the file is ever followed.
///
/// It checks well-formedness (names, quoting, matching end tags, one root, references) and
/// reports the first problem at its line and column. DOCTYPE declarations are refused, so no DTD,
/// external entity or entity expansion can occur; only the five predefined entities and
/// character references are decoded. FoundationXML's `XMLParser` is slower and knows DTDs.
/// - Complexity: O(n) over the document.
struct XMLTokenizer {
    let bytes: [UInt8]
    let file: String
    private(set) var position = 0
    /// Whether character data is wanted: when false it is checked and skipped without
    /// building strings.
    var wantsText = false
    private var stack: [(name: String, localName: String, offset: Int)] = []
    private var pendingEnd: (name: String, localName: String, offset: Int)?
    /// Reused for every start tag: once the consumer lets go of the previous tag, no allocation.
    private var attributeBuffer: [(name: String, value: String)] = []
    private var sawRoot = false
    private var counter: LineCounter

    init(_ input: InputText) {
        bytes = input.bytes
        file = input.file
        counter = LineCounter(file: input.file)
    }

    /// The number of elements open.
    var depth: Int { stack.count }

    /// The line and column of a byte offset; cheapest when asked in document order.
    mutating func location(at offset: Int) -> SourceLocation { counter.location(at: offset, in: bytes) }

    /// A positioned error.
    mutating func failure(at offset: Int, _ message: String) -> Diagnostic { Diagnostic(at: location(at: offset), message) }

    /// The next event, or nil at the end of a well-formed document.
    mutating func next() throws(Diagnostic) -> XMLEvent? {
        if let pending = pendingEnd {
            pendingEnd = nil
            stack.removeLast()
            return .end(name: pending.name, localName: pending.localName, offset: pending.offset)
        }
        while true {
            guard position < bytes.count else {
                if let open = stack.last {
                    let opened = location(at: open.offset)
                    throw failure(at: bytes.count, "truncated XML: the file ends inside <\(open.name)> (opened at line \(opened.line), column \(opened.column))")
                }
                if !sawRoot { throw failure(at: 0, "no XML element found: this is not an XML document") }
                return nil
            }
            if bytes[position] == UInt8(ascii: "<") {
                if let event = try markup() { return event }
            } else {
                let start = position
                let end = bytes.withUnsafeBufferPointer { buffer in
                    var index = start
                    while index < buffer.count, buffer[index] != UInt8(ascii: "<") { index += 1 }
                    return index
                }
                position = end
                if stack.isEmpty {
                    if let offset = (start..<end).first(where: { !Self.isSpace(bytes[$0]) }) {
                        throw failure(at: offset, sawRoot ? "text after the end of the root element" : "text before the root element: this is not an XML document")
                    }
                    continue
                }
                if wantsText { return .text(try decode(start..<end, inAttribute: false), offset: start) }
                try validateReferences(start..<end)
            }
        }
    }

    // MARK: Markup

    private mutating func markup() throws(Diagnostic) -> XMLEvent? {
        let start = position
        if matches("<?", at: start) {
            let end = try find("?>", from: start + 2, what: "processing instruction")
            if matches("<?xml", at: start), start + 5 < bytes.count, Self.isSpace(bytes[start + 5]) || bytes[start + 5] == UInt8(ascii: "?") {
                try checkDeclaration(start..<end)
            }
            position = end + 2
            return nil
        }
        if matches("<!--", at: start) {
            position = try find("-->", from: start + 4, what: "comment") + 3
            return nil
        }
        if matches("<![CDATA[", at: start) {
            guard !stack.isEmpty else { throw failure(at: start, "CDATA outside the root element") }
            let end = try find("]]>", from: start + 9, what: "CDATA section")
            position = end + 3
            if wantsText { return .text(String(decoding: bytes[(start + 9)..<end], as: UTF8.self), offset: start) }
            return nil
        }
        if matches("<!", at: start) {
            let word = String(decoding: bytes[(start + 2)..<min(bytes.count, start + 9)], as: UTF8.self).uppercased()
            if word.hasPrefix("DOCTYPE") {
                throw failure(at: start, "DOCTYPE declarations are refused: CrimeGraph never reads DTDs, so external entities and entity expansion are never resolved")
            }
            if word.hasPrefix("ENTITY") { throw failure(at: start, "entity declarations are refused (entity expansion is never performed)") }
            throw failure(at: start, "unexpected markup '<!': expected a comment or CDATA section")
        }
        if matches("</", at: start) { return try endTag(at: start) }
        return try startTag(at: start)
    }

    private mutating func endTag(at start: Int) throws(Diagnostic) -> XMLEvent {
        position = start + 2
        let nameRange = try name(what: "an element name after '</'")
        skipSpace()
        guard position < bytes.count else { throw failure(at: position, "truncated XML: the file ends inside an end tag") }
        guard bytes[position] == UInt8(ascii: ">") else { throw failure(at: position, "expected '>' to close the end tag") }
        position += 1
        let name = String(decoding: bytes[nameRange], as: UTF8.self)
        guard let open = stack.last else { throw failure(at: start, "end tag </\(name)> without a start tag") }
        guard open.name == name else {
            let opened = location(at: open.offset)
            throw failure(at: start, "mismatched end tag </\(name)>: expected </\(open.name)> (opened at line \(opened.line), column \(opened.column))")
        }
        stack.removeLast()
        return .end(name: name, localName: open.localName, offset: start)
    }

    private mutating func startTag(at start: Int) throws(Diagnostic) -> XMLEvent {
        position = start + 1
        let nameRange = try name(what: "an element name after '<'")
        let name = String(decoding: bytes[nameRange], as: UTF8.self)
        let localName = Self.localName(bytes, nameRange).map { String(decoding: bytes[$0], as: UTF8.self) } ?? name
        var attributes = attributeBuffer
        attributeBuffer = []
        attributes.removeAll(keepingCapacity: true)
        var isEmpty = false
        // Names seen, once a tag has many attributes: a linear scan per attribute would make a
        // tag with thousands of them quadratic.
        var names = Set<String>()
        while true {
            let spaced = skipSpace()
            guard position < bytes.count else { throw failure(at: position, "truncated XML: the file ends inside the tag <\(name)>") }
            let byte = bytes[position]
            if byte == UInt8(ascii: ">") {
                position += 1
                break
            }
            if byte == UInt8(ascii: "/") {
                guard position + 1 < bytes.count else { throw failure(at: position, "truncated XML: the file ends inside the tag <\(name)>") }
                guard bytes[position + 1] == UInt8(ascii: ">") else { throw failure(at: position, "expected '/>' or '>' in the tag <\(name)>") }
                position += 2
                isEmpty = true
                break
            }
            guard spaced else { throw failure(at: position, "expected a space before the next attribute of <\(name)>") }
            let attributeStart = position
            let attributeName = String(decoding: bytes[try self.name(what: "an attribute name in <\(name)>")], as: UTF8.self)
            skipSpace()
            guard position < bytes.count, bytes[position] == UInt8(ascii: "=") else {
                throw failure(at: position, "expected '=' after the attribute '\(attributeName)' of <\(name)>")
            }
            position += 1
            skipSpace()
            guard position < bytes.count, bytes[position] == UInt8(ascii: "\"") || bytes[position] == UInt8(ascii: "'") else {
                throw failure(at: position, "the value of '\(attributeName)' must be in quotes")
            }
            let quote = bytes[position]
            let valueStart = position + 1
            let valueEnd = bytes.withUnsafeBufferPointer { buffer in
                var index = valueStart
                while index < buffer.count, buffer[index] != quote, buffer[index] != UInt8(ascii: "<") { index += 1 }
                return index
            }
            guard valueEnd < bytes.count else { throw failure(at: valueStart, "truncated XML: the file ends inside the value of '\(attributeName)'") }
            guard bytes[valueEnd] == quote else { throw failure(at: valueEnd, "'<' is not allowed in the value of '\(attributeName)'") }
            position = valueEnd + 1
            let repeated: Bool
            if attributes.count < 16 {
                repeated = attributes.contains { $0.name == attributeName }
            } else {
                if names.isEmpty { names = Set(attributes.map(\.name)) }
                repeated = !names.insert(attributeName).inserted
            }
            if repeated { throw failure(at: attributeStart, "the attribute '\(attributeName)' is repeated in <\(name)>") }
            attributes.append((attributeName, try decode(valueStart..<valueEnd, inAttribute: true)))
        }
        if stack.isEmpty && sawRoot { throw failure(at: start, "a second root element <\(name)>: an XML document has one root") }
        sawRoot = true
        stack.append((name, localName, start))
        if isEmpty { pendingEnd = (name, localName, start) }
        attributeBuffer = attributes
        return .start(XMLStartTag(name: name, localName: localName, attributes: attributes, offset: start))
    }

    private mutating func checkDeclaration(_ range: Range<Int>) throws(Diagnostic) {
        let text = String(decoding: bytes[range], as: UTF8.self).lowercased()
        guard let found = text.range(of: "encoding") else { return }
        let rest = text[found.upperBound...].drop { $0 == " " || $0 == "=" || $0 == "\"" || $0 == "'" }
        let encoding = rest.prefix { $0 != "\"" && $0 != "'" && $0 != " " && $0 != "?" }
        if !["utf-8", "utf8", "us-ascii", "ascii"].contains(String(encoding)) {
            throw failure(at: range.lowerBound, "the document declares encoding '\(encoding)': only UTF-8 is read; convert the file to UTF-8")
        }
    }

    // MARK: Scanning

    private func matches(_ text: StaticString, at offset: Int) -> Bool {
        let count = text.utf8CodeUnitCount
        guard offset + count <= bytes.count else { return false }
        let pointer = text.utf8Start
        for index in 0..<count where bytes[offset + index] != pointer[index] { return false }
        return true
    }

    /// The offset where `terminator` starts, searching from `offset`.
    private mutating func find(_ terminator: StaticString, from offset: Int, what: String) throws(Diagnostic) -> Int {
        let first = terminator.utf8Start[0]
        var index = offset
        while index < bytes.count {
            if bytes[index] == first && matches(terminator, at: index) { return index }
            index += 1
        }
        throw failure(at: offset, "truncated XML: the file ends inside a \(what)")
    }

    @discardableResult
    private mutating func skipSpace() -> Bool {
        let start = position
        while position < bytes.count, Self.isSpace(bytes[position]) { position += 1 }
        return position > start
    }

    private mutating func name(what: String) throws(Diagnostic) -> Range<Int> {
        let start = position
        guard position < bytes.count, Self.isNameStart(bytes[position]) else {
            if position >= bytes.count { throw failure(at: position, "truncated XML: expected \(what)") }
            throw failure(at: position, "expected \(what)")
        }
        position += 1
        while position < bytes.count, Self.isNameStart(bytes[position]) || Self.isNameByte(bytes[position]) { position += 1 }
        return start..<position
    }

    /// The part of a qualified name after its last `:`, or nil when it has no prefix.
    private static func localName(_ bytes: [UInt8], _ range: Range<Int>) -> Range<Int>? {
        var index = range.upperBound
        while index > range.lowerBound {
            index -= 1
            if bytes[index] == UInt8(ascii: ":") { return (index + 1)..<range.upperBound }
        }
        return nil
    }

    static func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == 0x0D }

    private static func isNameStart(_ byte: UInt8) -> Bool {
        (byte | 0x20 >= UInt8(ascii: "a") && byte | 0x20 <= UInt8(ascii: "z")) || byte == UInt8(ascii: "_")
            || byte == UInt8(ascii: ":") || byte >= 0x80
    }

    private static func isNameByte(_ byte: UInt8) -> Bool {
        (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")) || byte == UInt8(ascii: "-") || byte == UInt8(ascii: ".")
    }
}
