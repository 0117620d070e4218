/// Functions of lists (and `size`/`reverse` of strings).
enum ListFunctions {
    static let all: [FunctionDefinition] = [
        FunctionDefinition("size", 1...1, accepts: [.list, .relationshipList, .string, .map], returns: .integer) {
            arguments, _ throws(QueryError) in
            switch arguments[0] {
            case .null: return .null
            case .list(let items): return .int(items.count)
            case .string(let text): return .int(text.unicodeScalars.count)
            case .map(let map): return .int(map.count)
            case let other: throw FunctionSupport.invalid("size", other, expected: "a list or string")
            }
        },
        FunctionDefinition("head", 1...1, accepts: [.list, .relationshipList]) { arguments, _ throws(QueryError) in
            switch arguments[0] {
            case .null: return .null
            case .list(let items): return items.first ?? .null
            case let other: throw FunctionSupport.invalid("head", other, expected: "a list")
            }
        },
        FunctionDefinition("last", 1...1, accepts: [.list, .relationshipList]) { arguments, _ throws(QueryError) in
            switch arguments[0] {
            case .null: return .null
            case .list(let items): return items.last ?? .null
            case let other: throw FunctionSupport.invalid("last", other, expected: "a list")
            }
        },
        FunctionDefinition("tail", 1...1, accepts: [.list, .relationshipList], returns: .list) { arguments, _ throws(QueryError) in
            switch arguments[0] {
            case .null: return .null
            case .list(let items): return .list(Array(items.dropFirst()))
            case let other: throw FunctionSupport.invalid("tail", other, expected: "a list")
            }
        },
        FunctionDefinition("reverse", 1...1, accepts: [.list, .relationshipList, .string]) { arguments, _ throws(QueryError) in
            switch arguments[0] {
            case .null: return .null
            case .list(let items): return .list(items.reversed())
            case .string(let text): return .string(String(text.reversed()))
            case let other: throw FunctionSupport.invalid("reverse", other, expected: "a list or string")
            }
        },
        FunctionDefinition("coalesce", 1...Int.max) { arguments, _ throws(QueryError) in
            arguments.first { !$0.isNull } ?? .null
        },
        FunctionDefinition("range", 2...3, returns: .list) { arguments, _ throws(QueryError) in
            var bounds: [Int] = []
            for argument in arguments {
                guard case .int(let number) = argument else {
                    throw .argument("InvalidArgumentType", "range() expects integers, not \(argument.typeName)")
                }
                bounds.append(number)
            }
            let step = bounds.count == 3 ? bounds[2] : 1
            guard step != 0 else { throw .argument("NumberOutOfRange", "range() step cannot be 0") }
            let (start, end) = (bounds[0], bounds[1])
            if (step > 0 && start > end) || (step < 0 && start < end) { return .list([]) }
            let count = (Double(end) - Double(start)) / Double(step) + 1
            guard count <= 100_000_000 else {
                throw .argument("NumberOutOfRange", "range() would produce more than 100,000,000 numbers")
            }
            return .list(stride(from: start, through: end, by: step).map(Value.int))
        },
    ]
}
