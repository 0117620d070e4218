/// Reads the TCK's notation for expected values.
struct TCKValueParser {
    let characters: [Character]
    var position = 0

    struct Failure: Error, CustomStringConvertible {
        let description: String
    }

    /// Parses one value; the text must hold nothing else.
    static func parse(_ text: String) throws -> TCKValue {
        var parser = TCKValueParser(characters: Array(text))
        let value = try parser.value()
        parser.skipSpaces()
        guard parser.position == parser.characters.count else { throw Failure(description: "trailing text in \(text)") }
        return value
    }

    mutating func skipSpaces() {
        while position < characters.count, characters[position].isWhitespace { position += 1 }
    }

    func peek(_ ahead: Int = 0) -> Character? {
        position + ahead < characters.count ? characters[position + ahead] : nil
    }

    mutating func expect(_ character: Character) throws {
        skipSpaces()
        guard peek() == character else { throw Failure(description: "expected \(character) at \(position) in \(String(characters))") }
        position += 1
    }

    mutating func accept(_ text: String) -> Bool {
        skipSpaces()
        let word = Array(text)
        guard position + word.count <= characters.count, Array(characters[position..<position + word.count]) == word else { return false }
        position += word.count
        return true
    }

    mutating func value() throws -> TCKValue {
        skipSpaces()
        guard let first = peek() else { throw Failure(description: "missing value") }
        switch first {
        case "'": return .string(try string())
        case "(": return try node()
        case "<": return try path()
        case "{": return .map(try map())
        case "[":
            if peekNonSpace(after: 1) == ":" { return try relationship() }
            position += 1
            var items: [TCKValue] = []
            skipSpaces()
            if peek() == "]" {
                position += 1
                return .list([])
            }
            repeat { items.append(try value()) } while accept(",")
            try expect("]")
            return .list(items)
        default:
            if accept("null") { return .null }
            if accept("true") { return .boolean(true) }
            if accept("false") { return .boolean(false) }
            if accept("NaN") { return .float(.nan) }
            if accept("-Infinity") { return .float(-.infinity) }
            if accept("Infinity") { return .float(.infinity) }
            return try number()
        }
    }

    func peekNonSpace(after offset: Int) -> Character? {
        var index = position + offset
        while index < characters.count, characters[index].isWhitespace { index += 1 }
        return index < characters.count ? characters[index] : nil
    }

    mutating func number() throws -> TCKValue {
        let start = position
        while let character = peek(), character.isNumber || "+-.eE".contains(character) { position += 1 }
        let text = String(characters[start..<position])
        if let integer = Int(text) { return .integer(integer) }
        if let float = Double(text) { return .float(float) }
        throw Failure(description: "not a value: \(text)")
    }

    mutating func string() throws -> String {
        position += 1
        var text = ""
        while let character = peek() {
            position += 1
            if character == "'" { return text }
            // Table cells are already unescaped once; in a string, \' and \\ remain escapes.
            if character == "\\", let next = peek(), next == "'" || next == "\\" {
                position += 1
                text.append(next)
                continue
            }
            text.append(character)
        }
        throw Failure(description: "unterminated string")
    }

    mutating func name() throws -> String {
        skipSpaces()
        if peek() == "`" {
            position += 1
            let start = position
            while let character = peek(), character != "`" { position += 1 }
            let name = String(characters[start..<position])
            position += 1
            return name
        }
        let start = position
        while let character = peek(), character.isLetter || character.isNumber || character == "_" { position += 1 }
        guard position > start else { throw Failure(description: "expected a name at \(position)") }
        return String(characters[start..<position])
    }

    mutating func map() throws -> [String: TCKValue] {
        try expect("{")
        var result: [String: TCKValue] = [:]
        skipSpaces()
        if peek() == "}" {
            position += 1
            return result
        }
        repeat {
            let key = try name()
            try expect(":")
            result[key] = try value()
        } while accept(",")
        try expect("}")
        return result
    }

    mutating func node() throws -> TCKValue {
        try expect("(")
        var labels = Set<String>()
        while accept(":") { labels.insert(try name()) }
        skipSpaces()
        let properties = peek() == "{" ? try map() : [:]
        try expect(")")
        return .node(labels: labels, properties: properties)
    }

    mutating func relationship() throws -> TCKValue {
        try expect("[")
        try expect(":")
        let type = try name()
        skipSpaces()
        let properties = peek() == "{" ? try map() : [:]
        try expect("]")
        return .relationship(type: type, properties: properties)
    }

    mutating func path() throws -> TCKValue {
        try expect("<")
        let first = try node()
        var hops: [(TCKValue, Bool, TCKValue)] = []
        while true {
            skipSpaces()
            if accept("<-") {
                let relationship = try self.relationship()
                try expect("-")
                hops.append((relationship, false, try node()))
            } else if accept("-") {
                let relationship = try self.relationship()
                guard accept("->") else { throw Failure(description: "expected -> in path") }
                hops.append((relationship, true, try node()))
            } else {
                break
            }
        }
        try expect(">")
        return .path(first, hops)
    }
}
