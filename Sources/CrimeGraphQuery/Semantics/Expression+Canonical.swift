extension Expression {
    /// A normalized rendering, equal for expressions written differently but meaning the same
    /// (`a.name` and `a . name`, `COUNT(*)` and `count( * )`). ORDER BY uses it to find
    /// expressions already computed by the projection.
    /// - Complexity: O(size of the expression).
    var canonical: String {
        switch kind {
        case .null: return "null"
        case .bool(let flag): return flag ? "true" : "false"
        case .integer(let number): return "i\(number)"
        case .float(let number): return "f\(number)"
        case .string(let text): return "s\(text.debugDescription)"
        case .parameter(let name): return "$\(name)"
        case .variable(let name): return "v`\(name)`"
        case .property(let base, let key): return "(\(base.canonical)).`\(key)`"
        case .index(let base, let index): return "(\(base.canonical))[\(index.canonical)]"
        case .slice(let base, let from, let to):
            return "(\(base.canonical))[\(from?.canonical ?? "")..\(to?.canonical ?? "")]"
        case .hasLabels(let base, let labels): return "(\(base.canonical)):\(labels.joined(separator: ":"))"
        case .list(let items): return "[" + items.map(\.canonical).joined(separator: ",") + "]"
        case .map(let entries): return "{" + entries.map { "`\($0.key)`:\($0.value.canonical)" }.joined(separator: ",") + "}"
        case .not(let operand): return "not(\(operand.canonical))"
        case .negate(let operand): return "neg(\(operand.canonical))"
        case .binary(let op, let left, let right): return "(\(left.canonical) \(op.rawValue) \(right.canonical))"
        case .and(let items): return "and(" + items.map(\.canonical).joined(separator: ",") + ")"
        case .or(let items): return "or(" + items.map(\.canonical).joined(separator: ",") + ")"
        case .xor(let items): return "xor(" + items.map(\.canonical).joined(separator: ",") + ")"
        case .isNull(let operand, let negated): return "(\(operand.canonical)) is \(negated ? "not " : "")null"
        case .call(let name, let distinct, let arguments):
            return name.lowercased() + "(" + (distinct ? "distinct " : "") + arguments.map(\.canonical).joined(separator: ",") + ")"
        case .countStar: return "count(*)"
        case .caseWhen(let subject, let branches, let otherwise):
            return "case(\(subject?.canonical ?? ""))" + branches.map { "when \($0.when.canonical) then \($0.then.canonical)" }.joined()
                + " else \(otherwise?.canonical ?? "") end"
        case .listComprehension(let variable, let source, let filter, let projection):
            return "[`\(variable)` in \(source.canonical) where \(filter?.canonical ?? "") | \(projection?.canonical ?? "")]"
        case .quantifier(let quantifier, let variable, let source, let filter):
            return "\(quantifier.rawValue)(`\(variable)` in \(source.canonical) where \(filter?.canonical ?? ""))"
        case .reduce(let accumulator, let initial, let variable, let source, let body):
            return "reduce(`\(accumulator)`=\(initial.canonical),`\(variable)` in \(source.canonical)|\(body.canonical))"
        case .patternComprehension, .pattern:
            // Patterns are never looked up; a unique rendering keeps them from matching.
            return "pattern@\(offset)"
        }
    }

    /// The expressions directly inside this one.
    var children: [Expression] {
        switch kind {
        case .null, .bool, .integer, .float, .string, .parameter, .variable, .countStar: return []
        case .property(let base, _), .hasLabels(let base, _), .not(let base), .negate(let base), .isNull(let base, _):
            return [base]
        case .index(let base, let index): return [base, index]
        case .slice(let base, let from, let to): return [base] + [from, to].compactMap { $0 }
        case .list(let items), .and(let items), .or(let items), .xor(let items), .call(_, _, let items): return items
        case .map(let entries): return entries.map(\.value)
        case .binary(_, let left, let right): return [left, right]
        case .caseWhen(let subject, let branches, let otherwise):
            return [subject].compactMap { $0 } + branches.flatMap { [$0.when, $0.then] } + [otherwise].compactMap { $0 }
        case .listComprehension(_, let source, let filter, let projection):
            return [source] + [filter, projection].compactMap { $0 }
        case .quantifier(_, _, let source, let filter): return [source] + [filter].compactMap { $0 }
        case .reduce(_, let initial, _, let source, let body): return [initial, source, body]
        case .patternComprehension(_, _, let filter, let projection): return [filter].compactMap { $0 } + [projection]
        case .pattern: return []
        }
    }

    /// Whether the expression calls an aggregating function (outside nested comprehensions
    /// too).
    var containsAggregate: Bool {
        if case .countStar = kind { return true }
        if case .call(let name, _, _) = kind, FunctionTable.lookup(name)?.isAggregate ?? false { return true }
        return children.contains { $0.containsAggregate }
    }
}
