import CrimeGraph

/// Type conversions and the date constructor.
enum ConversionFunctions {
    static let all: [FunctionDefinition] = [
        FunctionDefinition("toString", 1...1, returns: .string) { arguments, _ throws(QueryError) in
            try toString(arguments[0], strict: true)
        },
        FunctionDefinition("toStringOrNull", 1...1, returns: .string) { arguments, _ throws(QueryError) in
            try toString(arguments[0], strict: false)
        },
        FunctionDefinition("toInteger", 1...1, returns: .integer) { arguments, _ throws(QueryError) in
            try toInteger(arguments[0], strict: true)
        },
        FunctionDefinition("toIntegerOrNull", 1...1, returns: .integer) { arguments, _ throws(QueryError) in
            try toInteger(arguments[0], strict: false)
        },
        FunctionDefinition("toFloat", 1...1, returns: .float) { arguments, _ throws(QueryError) in
            try toFloat(arguments[0], strict: true)
        },
        FunctionDefinition("toFloatOrNull", 1...1, returns: .float) { arguments, _ throws(QueryError) in
            try toFloat(arguments[0], strict: false)
        },
        FunctionDefinition("toBoolean", 1...1, returns: .boolean) { arguments, _ throws(QueryError) in
            try toBoolean(arguments[0], strict: true)
        },
        FunctionDefinition("toBooleanOrNull", 1...1, returns: .boolean) { arguments, _ throws(QueryError) in
            try toBoolean(arguments[0], strict: false)
        },
        FunctionDefinition("date", 0...1, accepts: [.string, .map, .date], returns: .date) { arguments, _ throws(QueryError) in
            try date(arguments.first)
        },
    ]

    /// A value's text: numbers as Cypher prints them, dates in ISO form.
    static func toString(_ value: Value, strict: Bool) throws(QueryError) -> Value {
        switch value {
        case .null: return .null
        case .string: return value
        case .int(let number): return .string(String(number))
        case .float(let number): return .string(ValueText.float(number))
        case .bool(let flag): return .string(flag ? "true" : "false")
        case .date(let date): return .string(date.iso)
        default:
            if strict { throw FunctionSupport.invalid("toString", value, expected: "a number, boolean, string or date") }
            return .null
        }
    }

    static func toInteger(_ value: Value, strict: Bool) throws(QueryError) -> Value {
        switch value {
        case .null: return .null
        case .int: return value
        case .float(let number):
            guard number.isFinite, number > -9.3e18, number < 9.3e18, let whole = Int(exactly: number.rounded(.towardZero)) else {
                return .null
            }
            return .int(whole)
        case .bool(let flag): return .int(flag ? 1 : 0)
        case .string(let text):
            let trimmed = String(String.UnicodeScalarView(text.unicodeScalars.trimmed(leading: true, trailing: true)))
            if let whole = Int(trimmed) { return .int(whole) }
            if let number = Double(trimmed) { return try toInteger(.float(number), strict: strict) }
            return .null
        default:
            if strict { throw FunctionSupport.invalid("toInteger", value, expected: "a number, boolean or string") }
            return .null
        }
    }

    static func toFloat(_ value: Value, strict: Bool) throws(QueryError) -> Value {
        switch value {
        case .null: return .null
        case .float: return value
        case .int(let number): return .float(Double(number))
        case .string(let text):
            let trimmed = String(String.UnicodeScalarView(text.unicodeScalars.trimmed(leading: true, trailing: true)))
            return Double(trimmed).map(Value.float) ?? .null
        default:
            if strict { throw FunctionSupport.invalid("toFloat", value, expected: "a number or string") }
            return .null
        }
    }

    static func toBoolean(_ value: Value, strict: Bool) throws(QueryError) -> Value {
        switch value {
        case .null: return .null
        case .bool: return value
        case .int(let number): return .bool(number != 0)
        case .string(let text):
            switch text.lowercased().trimmingWhitespace {
            case "true": return .bool(true)
            case "false": return .bool(false)
            default: return .null
            }
        default:
            if strict { throw FunctionSupport.invalid("toBoolean", value, expected: "a boolean, integer or string") }
            return .null
        }
    }

    /// `date('2022-09')`, `date('2022-09-19/2022-09-22')`, `date({year: 2022, month: 9, day: 27})`.
    static func date(_ argument: Value?) throws(QueryError) -> Value {
        switch argument {
        case nil: return .null
        case .null?: return .null
        case .date?: return argument ?? .null
        case .string(let text)?:
            guard let date = CaseDate(iso: text) else {
                throw .argument("InvalidArgumentValue", "'\(text)' is not an ISO date (YYYY, YYYY-MM, YYYY-MM-DD or a range A/B)")
            }
            return .date(date)
        case .map(let map)?:
            func part(_ key: String) throws(QueryError) -> Int? {
                switch map[key] {
                case nil, .null?: return nil
                case .int(let number)?: return number
                case let other?: throw FunctionSupport.invalid("date", other, expected: "integer date fields")
                }
            }
            guard let year = try part("year"), let date = PartialDate(year: year, month: try part("month"), day: try part("day"))
            else { throw .argument("InvalidArgumentValue", "date() needs a valid year, month and day") }
            return .date(CaseDate(start: date))
        case let other?:
            throw FunctionSupport.invalid("date", other, expected: "a string or map")
        }
    }
}

extension String {
    var trimmingWhitespace: String {
        String(String.UnicodeScalarView(unicodeScalars.trimmed(leading: true, trailing: true)))
    }
}
