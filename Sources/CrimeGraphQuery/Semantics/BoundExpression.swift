/// An expression after analysis: variables are row slots, functions are resolved, aggregates
/// are slots filled by the aggregation stage. The evaluator walks this tree.
indirect enum BoundExpression {
    case constant(Value)
    case parameter(String)
    case slot(Int)
    case property(BoundExpression, String)
    case index(BoundExpression, BoundExpression)
    case slice(BoundExpression, BoundExpression?, BoundExpression?)
    case hasLabels(BoundExpression, [String])
    case list([BoundExpression])
    case map([String], [BoundExpression])
    case not(BoundExpression)
    case negate(BoundExpression)
    case binary(BinaryOperator, BoundExpression, BoundExpression)
    case and([BoundExpression])
    case or([BoundExpression])
    case xor([BoundExpression])
    case isNull(BoundExpression, negated: Bool)
    case call(FunctionDefinition, [BoundExpression])
    case caseWhen(subject: BoundExpression?, branches: [(BoundExpression, BoundExpression)], otherwise: BoundExpression?)
    case listComprehension(slot: Int, source: BoundExpression, filter: BoundExpression?, projection: BoundExpression?)
    case quantifier(Quantifier, slot: Int, source: BoundExpression, filter: BoundExpression?)
    case reduce(accumulator: Int, initial: BoundExpression, slot: Int, source: BoundExpression, body: BoundExpression)
    /// Whether the pattern matches at least once from the current row.
    case patternExists(PatternPlan)
    /// A list with `projection` evaluated for every match of the pattern that passes `filter`.
    case patternComprehension(PatternPlan, filter: BoundExpression?, projection: BoundExpression)

    /// Whether the expression reads no variables (only literals, parameters and functions of
    /// them), as SKIP and LIMIT require.
    var isConstant: Bool {
        switch self {
        case .constant, .parameter: return true
        case .slot, .patternExists, .patternComprehension: return false
        case .property(let base, _), .hasLabels(let base, _), .not(let base), .negate(let base), .isNull(let base, _):
            return base.isConstant
        case .index(let a, let b), .binary(_, let a, let b): return a.isConstant && b.isConstant
        case .slice(let base, let from, let to):
            return base.isConstant && (from?.isConstant ?? true) && (to?.isConstant ?? true)
        case .list(let items), .map(_, let items), .and(let items), .or(let items), .xor(let items):
            return items.allSatisfy(\.isConstant)
        case .call(_, let arguments): return arguments.allSatisfy(\.isConstant)
        case .caseWhen(let subject, let branches, let otherwise):
            return (subject?.isConstant ?? true) && branches.allSatisfy { $0.0.isConstant && $0.1.isConstant }
                && (otherwise?.isConstant ?? true)
        case .listComprehension(_, let source, let filter, let projection):
            return source.isConstant && filter == nil && projection == nil
        case .quantifier, .reduce: return false
        }
    }
}
