import Foundation

/// The running state of one aggregate for one group. Nulls are skipped (except by
/// `count(*)`); with DISTINCT, equivalent values count once.
struct Accumulator {
    let kind: AggregateKind
    let distinct: Bool
    /// `count(*)`: counts rows, not values.
    let countsRows: Bool
    /// DISTINCT: the nodes and relationships seen, by number (a cheap integer hash), and the
    /// other values seen, under equivalence. A node is never equivalent to anything but itself,
    /// so the three never overlap.
    private var seenNodes = IndexTable<Void>()
    private var seenRelationships = IndexTable<Void>()
    private var seen = Set<Equivalent>()
    private var count = 0
    private var values: [Value] = []
    private var integerSum = 0
    private var floatSum = 0.0
    private var sawFloat = false
    private var best: Value?
    private var percentile: Double?

    init(_ aggregate: ProjectionPlan.Aggregate) {
        kind = aggregate.function
        distinct = aggregate.distinct
        countsRows = aggregate.arguments.isEmpty
    }

    /// Adds one row's argument values: `value` is the first argument's (ignored by
    /// `count(*)`), `second` the percentile's.
    mutating func add(_ value: Value, second: Value? = nil) throws(QueryError) {
        if countsRows {
            count += 1
            return
        }
        if value.isNull { return }
        if distinct && !firstSighting(of: value) { return }
        count += 1
        switch kind {
        case .count: break
        case .collect: values.append(value)
        case .sum, .avg:
            switch value {
            case .int(let number):
                if sawFloat {
                    floatSum += Double(number)
                } else {
                    let (sum, overflow) = integerSum.addingReportingOverflow(number)
                    if overflow {
                        sawFloat = true
                        floatSum = Double(integerSum) + Double(number)
                    } else {
                        integerSum = sum
                    }
                }
            case .float(let number):
                if !sawFloat {
                    sawFloat = true
                    floatSum = Double(integerSum)
                }
                floatSum += number
            default:
                throw QueryError.type("InvalidArgumentType", "\(kind == .sum ? "sum" : "avg")() expects numbers, not \(value.typeName)")
            }
        case .min:
            if best.map({ Value.order(value, $0) < 0 }) ?? true { best = value }
        case .max:
            if best.map({ Value.order(value, $0) > 0 }) ?? true { best = value }
        case .percentileDisc, .percentileCont, .stDev, .stDevP:
            guard value.number != nil else {
                throw QueryError.type("InvalidArgumentType", "percentiles and deviations need numbers, not \(value.typeName)")
            }
            if kind == .percentileDisc || kind == .percentileCont {
                guard let wanted = second?.number, (0...1).contains(wanted) else {
                    throw QueryError.argument("NumberOutOfRange", "the percentile must be a number between 0 and 1")
                }
                percentile = wanted
            }
            values.append(value)
        }
    }

    /// Whether DISTINCT has not seen a value equivalent to `value` yet (then it has now).
    private mutating func firstSighting(of value: Value) -> Bool {
        switch value {
        case .node(let node): seenNodes.insert(node)
        case .relationship(let relationship): seenRelationships.insert(relationship)
        default: seen.insert(Equivalent(value)).inserted
        }
    }

    /// The aggregate's value for the group.
    func result() -> Value {
        switch kind {
        case .count: return .int(count)
        case .collect: return .list(values)
        case .sum: return sawFloat ? .float(floatSum) : .int(integerSum)
        case .avg:
            guard count > 0 else { return .null }
            return .float((sawFloat ? floatSum : Double(integerSum)) / Double(count))
        case .min, .max: return best ?? .null
        case .percentileDisc:
            guard let percentile, !values.isEmpty else { return .null }
            let sorted = values.sorted { Value.order($0, $1) < 0 }
            let index = percentile == 0 ? 0 : Int((percentile * Double(sorted.count)).rounded(.up)) - 1
            return sorted[min(max(index, 0), sorted.count - 1)]
        case .percentileCont:
            guard let percentile, !values.isEmpty else { return .null }
            let sorted = values.compactMap(\.number).sorted()
            let position = percentile * Double(sorted.count - 1)
            let lower = Int(position.rounded(.down))
            let upper = Int(position.rounded(.up))
            return .float(sorted[lower] + (sorted[upper] - sorted[lower]) * (position - Double(lower)))
        case .stDev, .stDevP:
            let numbers = values.compactMap(\.number)
            let denominator = Double(numbers.count - (kind == .stDev ? 1 : 0))
            guard denominator > 0 else { return .float(0) }
            let mean = numbers.reduce(0, +) / Double(numbers.count)
            let squares = numbers.reduce(0) { $0 + ($1 - mean) * ($1 - mean) }
            return .float((squares / denominator).squareRoot())
        }
    }
}
