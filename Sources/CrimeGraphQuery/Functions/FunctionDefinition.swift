/// A function the query language knows: how many arguments it takes, what its first argument
/// may be (checked at compile time when the type is known), what it returns, and its body.
struct FunctionDefinition: Sendable {
    /// A scalar function's body: arguments in, value out, with the graph to read.
    typealias Body = @Sendable (_ arguments: [Value], _ graph: any PropertyGraph) throws(QueryError) -> Value

    /// The name as documented (`toLower`).
    let name: String
    /// How many arguments it takes.
    let arity: ClosedRange<Int>
    /// The types its first argument may have besides unknown and null; nil for any.
    let accepts: Set<StaticType>?
    /// The type it returns.
    let result: StaticType
    /// Whether it always gives the same result for the same arguments (`rand()` does not).
    let isDeterministic: Bool
    /// What it is.
    let kind: Kind

    enum Kind: Sendable {
        case scalar(Body)
        case aggregate(AggregateKind)
    }

    init(
        _ name: String, _ arity: ClosedRange<Int>, accepts: Set<StaticType>? = nil, returns result: StaticType = .any,
        deterministic: Bool = true, _ body: @escaping Body
    ) {
        self.name = name
        self.arity = arity
        self.accepts = accepts
        self.result = result
        self.isDeterministic = deterministic
        self.kind = .scalar(body)
    }

    init(aggregate: AggregateKind, _ name: String, _ arity: ClosedRange<Int>, returns result: StaticType = .any) {
        self.name = name
        self.arity = arity
        self.accepts = nil
        self.result = result
        self.isDeterministic = true
        self.kind = .aggregate(aggregate)
    }

    var isAggregate: Bool {
        if case .aggregate = kind { return true }
        return false
    }
}

/// The aggregating functions.
enum AggregateKind: Sendable {
    case count, collect, sum, avg, min, max, percentileDisc, percentileCont, stDev, stDevP
}

/// Every function, by lowercased name.
enum FunctionTable {
    static let all: [String: FunctionDefinition] = {
        var table: [String: FunctionDefinition] = [:]
        let groups = [
            GraphFunctions.all, ListFunctions.all, StringFunctions.all, ConversionFunctions.all, MathFunctions.all,
            aggregates,
        ]
        for definition in groups.joined() { table[definition.name.lowercased()] = definition }
        return table
    }()

    static let aggregates: [FunctionDefinition] = [
        FunctionDefinition(aggregate: .count, "count", 1...1, returns: .integer),
        FunctionDefinition(aggregate: .collect, "collect", 1...1, returns: .list),
        FunctionDefinition(aggregate: .sum, "sum", 1...1),
        FunctionDefinition(aggregate: .avg, "avg", 1...1),
        FunctionDefinition(aggregate: .min, "min", 1...1),
        FunctionDefinition(aggregate: .max, "max", 1...1),
        FunctionDefinition(aggregate: .percentileDisc, "percentileDisc", 2...2),
        FunctionDefinition(aggregate: .percentileCont, "percentileCont", 2...2, returns: .float),
        FunctionDefinition(aggregate: .stDev, "stDev", 1...1, returns: .float),
        FunctionDefinition(aggregate: .stDevP, "stDevP", 1...1, returns: .float),
    ]

    /// The function called `name` (case-insensitive).
    static func lookup(_ name: String) -> FunctionDefinition? { all[name.lowercased()] }

    /// The names of every function, for suggestions.
    static var names: [String] { all.values.map(\.name).sorted() }
}

/// Helpers for function bodies.
enum FunctionSupport {
    /// The runtime error for an argument of the wrong type.
    static func invalid(_ function: String, _ value: Value, expected: String) -> QueryError {
        .type("InvalidArgumentValue", "\(function)() expects \(expected), not \(value.typeName)")
    }
}
