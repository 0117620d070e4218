/// An expression as written, with where it starts in the query (in Unicode scalars).
struct Expression: Sendable {
    var kind: Kind
    var offset: Int
    /// The height of the expression tree (1 for a leaf); the parser bounds it so that the
    /// recursive analysis and evaluation of an expression cannot exhaust the stack.
    var depth: Int

    init(_ kind: Kind, at offset: Int) {
        self.kind = kind
        self.offset = offset
        self.depth = 1
        self.depth = 1 + (children.map(\.depth).max() ?? 0)
    }

    /// The forms of expression the parser reads.
    indirect enum Kind: Sendable {
        case null
        case bool(Bool)
        case integer(Int)
        case float(Double)
        case string(String)
        case parameter(String)
        case variable(String)
        /// `e.key`.
        case property(Expression, String)
        /// `e[index]` (a list index or a dynamic property/map key).
        case index(Expression, Expression)
        /// `e[from..to]`.
        case slice(Expression, Expression?, Expression?)
        /// `e:Label:Other`.
        case hasLabels(Expression, [String])
        case list([Expression])
        case map([MapEntry])
        case not(Expression)
        case negate(Expression)
        case binary(BinaryOperator, Expression, Expression)
        case and([Expression])
        case or([Expression])
        case xor([Expression])
        case isNull(Expression, negated: Bool)
        /// A function call; aggregates are calls too. `name` keeps the written case.
        case call(name: String, distinct: Bool, arguments: [Expression])
        case countStar
        case caseWhen(subject: Expression?, branches: [CaseBranch], otherwise: Expression?)
        /// `[x IN list WHERE filter | projection]`.
        case listComprehension(variable: String, source: Expression, filter: Expression?, projection: Expression?)
        /// `all(x IN list WHERE filter)` and `any`, `none`, `single`.
        case quantifier(Quantifier, variable: String, source: Expression, filter: Expression?)
        /// `reduce(acc = initial, x IN list | body)`.
        case reduce(accumulator: String, initial: Expression, variable: String, source: Expression, body: Expression)
        /// `[p = (a)-->(b) WHERE filter | projection]`.
        case patternComprehension(path: String?, pattern: PatternElement, filter: Expression?, projection: Expression)
        /// A relationship pattern used as a predicate: `WHERE (a)-[:T]->()`.
        case pattern(PatternElement)
    }

    /// One `key: value` of a map literal.
    struct MapEntry: Sendable {
        var key: String
        var value: Expression
    }

    /// One `WHEN … THEN …` of a CASE expression.
    struct CaseBranch: Sendable {
        var when: Expression
        var then: Expression
    }
}

/// Binary operators other than AND, OR and XOR.
enum BinaryOperator: String, Sendable {
    case add = "+", subtract = "-", multiply = "*", divide = "/", modulo = "%", power = "^"
    case equal = "=", notEqual = "<>", less = "<", greater = ">", lessEqual = "<=", greaterEqual = ">="
    case regexMatch = "=~", startsWith = "STARTS WITH", endsWith = "ENDS WITH", contains = "CONTAINS"
    case `in` = "IN"

    /// Whether this is one of `= <> < > <= >=`, which chain: `a < b < c` is `a < b AND b < c`.
    var isComparison: Bool {
        switch self {
        case .equal, .notEqual, .less, .greater, .lessEqual, .greaterEqual: return true
        default: return false
        }
    }
}

/// The list quantifiers.
enum Quantifier: String, Sendable {
    case all, any, none, single
}
