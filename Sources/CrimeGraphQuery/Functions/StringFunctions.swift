/// Functions of strings. Positions and lengths count Unicode scalars.
enum StringFunctions {
    static let all: [FunctionDefinition] = [
        text("toLower") { .string($0.lowercased()) },
        text("toUpper") { .string($0.uppercased()) },
        text("lower") { .string($0.lowercased()) },
        text("upper") { .string($0.uppercased()) },
        text("trim") { .string(String(String.UnicodeScalarView($0.unicodeScalars.trimmed(leading: true, trailing: true)))) },
        text("lTrim") { .string(String(String.UnicodeScalarView($0.unicodeScalars.trimmed(leading: true, trailing: false)))) },
        text("rTrim") { .string(String(String.UnicodeScalarView($0.unicodeScalars.trimmed(leading: false, trailing: true)))) },
        FunctionDefinition("substring", 2...3, accepts: [.string], returns: .string) { arguments, _ throws(QueryError) in
            guard case .string(let text) = arguments[0] else { return try nullOrInvalid("substring", arguments[0]) }
            let scalars = Array(text.unicodeScalars)
            let start = try integer("substring", arguments[1])
            let length = arguments.count == 3 ? try integer("substring", arguments[2]) : scalars.count
            guard start >= 0, length >= 0 else { throw .argument("NumberOutOfRange", "substring() needs non-negative numbers") }
            let from = min(start, scalars.count)
            return .string(String(String.UnicodeScalarView(scalars[from..<min(scalars.count, from + min(length, scalars.count))])))
        },
        FunctionDefinition("left", 2...2, accepts: [.string], returns: .string) { arguments, _ throws(QueryError) in
            guard case .string(let text) = arguments[0] else { return try nullOrInvalid("left", arguments[0]) }
            let count = try integer("left", arguments[1])
            guard count >= 0 else { throw .argument("NumberOutOfRange", "left() needs a non-negative length") }
            return .string(String(String.UnicodeScalarView(text.unicodeScalars.prefix(count))))
        },
        FunctionDefinition("right", 2...2, accepts: [.string], returns: .string) { arguments, _ throws(QueryError) in
            guard case .string(let text) = arguments[0] else { return try nullOrInvalid("right", arguments[0]) }
            let count = try integer("right", arguments[1])
            guard count >= 0 else { throw .argument("NumberOutOfRange", "right() needs a non-negative length") }
            return .string(String(String.UnicodeScalarView(text.unicodeScalars.suffix(count))))
        },
        FunctionDefinition("replace", 3...3, accepts: [.string], returns: .string) { arguments, _ throws(QueryError) in
            guard case .string(let text) = arguments[0] else { return try nullOrInvalid("replace", arguments[0]) }
            guard case .string(let target) = arguments[1], case .string(let replacement) = arguments[2] else {
                if arguments[1].isNull || arguments[2].isNull { return .null }
                throw FunctionSupport.invalid("replace", arguments[1], expected: "strings")
            }
            if target.isEmpty { return .string(text) }
            return .string(text.split(separator: target, omittingEmptySubsequences: false).joined(separator: replacement))
        },
        FunctionDefinition("split", 2...2, accepts: [.string], returns: .list) { arguments, _ throws(QueryError) in
            guard case .string(let text) = arguments[0] else { return try nullOrInvalid("split", arguments[0]) }
            guard case .string(let separator) = arguments[1] else { return try nullOrInvalid("split", arguments[1]) }
            if separator.isEmpty { return .list(text.map { .string(String($0)) }) }
            return .list(text.split(separator: separator, omittingEmptySubsequences: false).map { .string(String($0)) })
        },
    ]

    /// A function of one string returning a value; null gives null.
    static func text(_ name: String, _ body: @escaping @Sendable (String) -> Value) -> FunctionDefinition {
        FunctionDefinition(name, 1...1, accepts: [.string], returns: .string) { arguments, _ throws(QueryError) in
            switch arguments[0] {
            case .null: return .null
            case .string(let text): return body(text)
            case let other: throw FunctionSupport.invalid(name, other, expected: "a string")
            }
        }
    }

    static func nullOrInvalid(_ name: String, _ value: Value) throws(QueryError) -> Value {
        if value.isNull { return .null }
        throw FunctionSupport.invalid(name, value, expected: "a string")
    }

    static func integer(_ name: String, _ value: Value) throws(QueryError) -> Int {
        guard case .int(let number) = value else { throw FunctionSupport.invalid(name, value, expected: "an integer") }
        return number
    }
}

extension String.UnicodeScalarView {
    /// Without leading and/or trailing whitespace.
    func trimmed(leading: Bool, trailing: Bool) -> Substring.UnicodeScalarView {
        var start = startIndex
        var end = endIndex
        if leading { while start < end, self[start].properties.isWhitespace { start = index(after: start) } }
        if trailing {
            while end > start, self[index(before: end)].properties.isWhitespace { end = index(before: end) }
        }
        return self[start..<end]
    }
}
