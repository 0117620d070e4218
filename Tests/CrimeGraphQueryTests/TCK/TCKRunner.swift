import Foundation

@testable import CrimeGraphQuery

/// What happened to one scenario.
enum TCKOutcome {
    case passed
    case failed(String)
    case skipped(SkipReason, String)
}

/// Runs TCK scenarios against the query engine on a ``MemoryGraph``.
struct TCKRunner {
    /// The TCK folder (with `features/` and `graphs/`).
    let root: String

    func run(_ scenario: GherkinScenario) -> TCKOutcome {
        if let (reason, detail) = SkipReason.classify(scenario) { return .skipped(reason, detail) }
        var state = State()
        for step in scenario.steps {
            if let failure = perform(step, &state) { return .failed(failure) }
        }
        return .passed
    }

    struct State {
        var graph = MemoryGraph()
        var parameters: [String: Value] = [:]
        var outcome: Result<QueryEngine.Outcome, QueryError>?
        var before: GraphSnapshot?
    }

    /// Runs one step; a failure message, or nil.
    func perform(_ step: GherkinStep, _ state: inout State) -> String? {
        let text = step.text
        switch text {
        case "an empty graph", "any graph":
            state.graph = MemoryGraph()
        case _ where text.hasPrefix("the ") && text.hasSuffix(" graph"):
            let name = String(text.dropFirst(4).dropLast(6))
            guard let script = try? String(contentsOfFile: "\(root)/graphs/\(name)/\(name).cypher", encoding: .utf8) else {
                return "no graph named \(name)"
            }
            state.graph = MemoryGraph()
            if case .failure(let error) = execute(script, &state) { return "setting up \(name) failed: \(error)" }
        case "having executed:":
            if case .failure(let error) = execute(step.docString ?? "", &state) { return "setup query failed: \(error)" }
        case "parameters are:":
            for row in step.table ?? [] where row.count == 2 {
                switch execute("RETURN \(row[1]) AS v", State()) {
                case .success(let outcome): state.parameters[row[0]] = outcome.rows.first?.first ?? .null
                case .failure(let error): return "parameter \(row[0]) = \(row[1]) does not parse: \(error)"
                }
            }
        case "executing query:", "executing control query:":
            state.before = state.graph.snapshot
            state.outcome = execute(step.docString ?? "", &state)
        case "the result should be empty":
            return compare(step, &state, ordered: false, unorderedLists: false, expectEmpty: true)
        case _ where text.hasPrefix("the result should be"):
            return compare(
                step, &state, ordered: text.contains("in order"), unorderedLists: text.contains("ignoring element order"),
                expectEmpty: false)
        case _ where text.hasPrefix("a ") && text.contains(" should be raised at "):
            return checkError(text, state)
        case "no side effects":
            return checkSideEffects(expected: [:], state)
        case "the side effects should be:":
            var expected: [String: Int] = [:]
            for row in step.table ?? [] where row.count == 2 { expected[row[0]] = Int(row[1]) ?? -1 }
            return checkSideEffects(expected: expected, state)
        default:
            return "unsupported step: \(step.keyword.rawValue) \(text)"
        }
        return nil
    }

    func execute(_ query: String, _ state: inout State) -> Result<QueryEngine.Outcome, QueryError> {
        do {
            return .success(try QueryEngine.run(query, on: state.graph, parameters: state.parameters))
        } catch {
            return .failure(error)
        }
    }

    func execute(_ query: String, _ state: State) -> Result<QueryEngine.Outcome, QueryError> {
        var copy = state
        return execute(query, &copy)
    }

    func compare(_ step: GherkinStep, _ state: inout State, ordered: Bool, unorderedLists: Bool, expectEmpty: Bool) -> String? {
        guard let outcome = state.outcome else { return "no query was run" }
        let result: QueryEngine.Outcome
        switch outcome {
        case .success(let success): result = success
        case .failure(let error): return "unexpected error: \(error)"
        }
        let actualRows = result.rows.map { row in
            row.map { TCKValue(QueryValue($0, graph: state.graph), unorderedLists: unorderedLists) }
        }
        if expectEmpty {
            return actualRows.isEmpty ? nil : "expected no rows, got \(actualRows.count): \(actualRows.prefix(3))"
        }
        let table = step.table ?? []
        guard let header = table.first else { return "the step has no table" }
        if header != result.plan.columns { return "columns \(result.plan.columns), expected \(header)" }
        var expectedRows: [[TCKValue]] = []
        for row in table.dropFirst() {
            var values: [TCKValue] = []
            for cell in row {
                do {
                    let value = try TCKValueParser.parse(cell)
                    values.append(unorderedLists ? value.withSortedLists : value)
                } catch {
                    return "cannot read expected value \(cell): \(error)"
                }
            }
            expectedRows.append(values)
        }
        let describe = { (rows: [[TCKValue]]) in rows.prefix(6).map { $0.map(\.description).joined(separator: " | ") }.joined(separator: "; ") }
        guard expectedRows.count == actualRows.count else {
            return "expected \(expectedRows.count) rows, got \(actualRows.count): \(describe(actualRows))"
        }
        func same(_ a: [TCKValue], _ b: [TCKValue]) -> Bool { a.count == b.count && zip(a, b).allSatisfy { $0.matches($1) } }
        if ordered {
            for (expected, actual) in zip(expectedRows, actualRows) where !same(expected, actual) {
                return "expected row \(describe([expected])), got \(describe([actual])) (all: \(describe(actualRows)))"
            }
            return nil
        }
        var unmatched = actualRows
        for expected in expectedRows {
            guard let index = unmatched.firstIndex(where: { same(expected, $0) }) else {
                return "expected row \(describe([expected])) is missing; got \(describe(actualRows))"
            }
            unmatched.remove(at: index)
        }
        return nil
    }

    func checkError(_ text: String, _ state: State) -> String? {
        // "a SyntaxError should be raised at compile time: UndefinedVariable"
        let parts = text.components(separatedBy: " should be raised at ")
        guard parts.count == 2 else { return "cannot read \(text)" }
        let kind = String(parts[0].dropFirst(2))
        let timing = parts[1].components(separatedBy: ": ")
        let phase = timing.first ?? ""
        let code = timing.count > 1 ? timing[1] : "*"
        switch state.outcome {
        case nil: return "no query was run"
        case .success(let outcome)?: return "expected \(kind) \(code), got \(outcome.rows.count) rows"
        case .failure(let error)?:
            if error.kind.rawValue != kind { return "expected \(kind) \(code), got \(error)" }
            if code != "*" && error.code != code { return "expected \(kind) \(code), got \(error)" }
            if phase == "compile time" && error.phase != .compile { return "expected at compile time, got at runtime: \(error)" }
            if phase == "runtime" && error.phase != .runtime { return "expected at runtime, got at compile time: \(error)" }
            return nil
        }
    }

    func checkSideEffects(expected: [String: Int], _ state: State) -> String? {
        guard let before = state.before else { return "no query was run" }
        let after = state.graph.snapshot
        var actual: [String: Int] = [:]
        actual["+nodes"] = after.nodes.subtracting(before.nodes).count
        actual["-nodes"] = before.nodes.subtracting(after.nodes).count
        actual["+relationships"] = after.relationships.subtracting(before.relationships).count
        actual["-relationships"] = before.relationships.subtracting(after.relationships).count
        actual["+labels"] = after.labels.subtracting(before.labels).count
        actual["-labels"] = before.labels.subtracting(after.labels).count
        actual["+properties"] = after.properties.subtracting(before.properties).count
        actual["-properties"] = before.properties.subtracting(after.properties).count
        for (key, count) in actual where count != (expected[key] ?? 0) {
            return "side effect \(key): expected \(expected[key] ?? 0), got \(count)"
        }
        return nil
    }
}
