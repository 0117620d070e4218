import Foundation

/// Numeric functions.
enum MathFunctions {
    static let all: [FunctionDefinition] = [
        FunctionDefinition("abs", 1...1, accepts: [.integer, .float]) { arguments, _ throws(QueryError) in
            switch arguments[0] {
            case .null: return .null
            case .int(let number):
                guard number != Int.min else { throw .argument("IntegerOverflow", "abs() of the smallest integer overflows") }
                return .int(Swift.abs(number))
            case .float(let number): return .float(Swift.abs(number))
            case let other: throw FunctionSupport.invalid("abs", other, expected: "a number")
            }
        },
        FunctionDefinition("sign", 1...1, accepts: [.integer, .float], returns: .integer) { arguments, _ throws(QueryError) in
            switch arguments[0] {
            case .null: return .null
            case .int(let number): return .int(number.signum())
            case .float(let number): return .int(number.isNaN || number == 0 ? 0 : (number < 0 ? -1 : 1))
            case let other: throw FunctionSupport.invalid("sign", other, expected: "a number")
            }
        },
        real("ceil") { $0.rounded(.up) },
        real("floor") { $0.rounded(.down) },
        real("round") { $0.rounded(.toNearestOrAwayFromZero) },
        real("sqrt") { $0.squareRoot() },
        real("exp") { Foundation.exp($0) },
        real("log") { Foundation.log($0) },
        real("log10") { Foundation.log10($0) },
        real("sin") { Foundation.sin($0) },
        real("cos") { Foundation.cos($0) },
        real("tan") { Foundation.tan($0) },
        real("cot") { 1 / Foundation.tan($0) },
        real("asin") { Foundation.asin($0) },
        real("acos") { Foundation.acos($0) },
        real("atan") { Foundation.atan($0) },
        real("degrees") { $0 * 180 / Double.pi },
        real("radians") { $0 * Double.pi / 180 },
        real("haversin") { (1 - Foundation.cos($0)) / 2 },
        FunctionDefinition("atan2", 2...2, accepts: [.integer, .float], returns: .float) { arguments, _ throws(QueryError) in
            guard let y = arguments[0].number, let x = arguments[1].number else {
                if arguments.contains(where: \.isNull) { return .null }
                throw FunctionSupport.invalid("atan2", arguments[0], expected: "numbers")
            }
            return .float(Foundation.atan2(y, x))
        },
        FunctionDefinition("e", 0...0, returns: .float) { _, _ throws(QueryError) in .float(M_E) },
        FunctionDefinition("pi", 0...0, returns: .float) { _, _ throws(QueryError) in .float(Double.pi) },
        FunctionDefinition("rand", 0...0, returns: .float, deterministic: false) { _, _ throws(QueryError) in
            .float(Double.random(in: 0..<1))
        },
    ]

    /// A function of one number returning a float; null gives null.
    static func real(_ name: String, _ body: @escaping @Sendable (Double) -> Double) -> FunctionDefinition {
        FunctionDefinition(name, 1...1, accepts: [.integer, .float], returns: .float) { arguments, _ throws(QueryError) in
            switch arguments[0] {
            case .null: return .null
            case .int(let number): return .float(body(Double(number)))
            case .float(let number): return .float(body(number))
            case let other: throw FunctionSupport.invalid(name, other, expected: "a number")
            }
        }
    }
}
