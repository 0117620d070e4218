import CrimeGraph

extension QueryValue {
    /// Reads a Cypher literal: `42`, `-1.5`, `true`, `null`, `'text'`, `[1, 'a']`,
    /// `{key: 'v'}` or `date('2022-09')`; nil when the text is not one (the CLI's `--param`
    /// then takes it as a plain string).
    public init?(cypherLiteral text: String) {
        var parser = Parser(text)
        guard let expression = try? parser.parseExpression(), parser.current.kind == .end,
            let value = QueryValue.literal(expression)
        else { return nil }
        self = value
    }

    private static func literal(_ expression: Expression) -> QueryValue? {
        switch expression.kind {
        case .null: return .null
        case .bool(let flag): return .boolean(flag)
        case .integer(let number): return .integer(number)
        case .float(let number): return .float(number)
        case .string(let text): return .string(text)
        case .negate(let operand):
            switch literal(operand) {
            case .integer(let number)? where number != Int.min: return .integer(-number)
            case .float(let number)?: return .float(-number)
            default: return nil
            }
        case .list(let items):
            var values: [QueryValue] = []
            for item in items {
                guard let value = literal(item) else { return nil }
                values.append(value)
            }
            return .list(values)
        case .map(let entries):
            var values: [QueryMap.Entry] = []
            for entry in entries {
                guard let value = literal(entry.value) else { return nil }
                values.append(.init(key: entry.key, value: value))
            }
            return .map(QueryMap(values))
        case .call(let name, false, let arguments) where name.lowercased() == "date" && arguments.count == 1:
            guard case .string(let text) = arguments[0].kind, let date = CaseDate(iso: text) else { return nil }
            return .date(date)
        default: return nil
        }
    }
}
