@testable import CrimeGraphQuery

/// Which TCK scenarios count, decided here and nowhere else.
///
/// Every scenario of the target folders is in scope unless one of the closed list of
/// ``SkipReason``s applies to it. Nothing is skipped for failing.
enum TCKScope {
    /// The clause folders the issue requires fully in scope and passing.
    static let clauseFolders = [
        "clauses/match", "clauses/match-where", "clauses/return", "clauses/return-orderby", "clauses/return-skip-limit",
        "clauses/with", "clauses/with-where", "clauses/with-orderBy", "clauses/with-skip-limit", "clauses/unwind",
    ]

    /// The expression folders counted in the overall target.
    static let expressionFolders = [
        "expressions/aggregation", "expressions/boolean", "expressions/comparison", "expressions/null",
        "expressions/string", "expressions/list", "expressions/graph", "expressions/path", "expressions/pattern",
        "expressions/literals",
    ]

    static var folders: [String] { clauseFolders + expressionFolders }
}

/// The closed list of reasons a TCK scenario is out of scope.
enum SkipReason: String, CaseIterable, Sendable, Comparable {
    /// MERGE, SET, REMOVE, DELETE or FOREACH in the query under test: queries on case files
    /// are read-only (CREATE and DELETE run only to set up scenario graphs).
    case writeClause = "write clause other than CREATE in the query under test"
    /// CALL, or a scenario that registers a procedure.
    case procedure = "procedure"
    /// `time()`, `localtime()`, `datetime()`, `localdatetime()` or `duration()` anywhere in
    /// the scenario: case files only have dates.
    case temporal = "temporal constructor other than date()"
    /// A feature `docs/query.md` lists under "Not supported".
    case unsupportedFeature = "feature listed as unsupported in docs/query.md"

    static func < (lhs: SkipReason, rhs: SkipReason) -> Bool {
        allCases.firstIndex(of: lhs) ?? 0 < allCases.firstIndex(of: rhs) ?? 0
    }

    /// The first reason that applies to a scenario, with what triggered it; nil when the
    /// scenario is in scope.
    static func classify(_ scenario: GherkinScenario) -> (reason: SkipReason, detail: String)? {
        let queries = scenario.steps.filter { $0.text.hasPrefix("executing query") }.compactMap(\.docString)
        let everything = scenario.steps.flatMap { [$0.text, $0.docString ?? ""] + ($0.table ?? []).flatMap { $0 } }
        for query in queries {
            if let word = keywords(in: query).first(where: writeKeywords.contains) { return (.writeClause, word) }
        }
        if scenario.steps.contains(where: { $0.text.hasPrefix("there exists a procedure") })
            || queries.contains(where: { keywords(in: $0).contains("CALL") })
        {
            return (.procedure, "CALL")
        }
        for text in everything {
            if let function = calls(in: text).first(where: temporalFunctions.contains) { return (.temporal, function + "()") }
        }
        for query in queries {
            for feature in UnsupportedFeature.allCases where feature.appears(in: query) {
                return (.unsupportedFeature, feature.rawValue)
            }
        }
        return nil
    }

    static let writeKeywords: Set<String> = ["MERGE", "SET", "REMOVE", "DELETE", "DETACH", "FOREACH"]
    static let temporalFunctions: Set<String> = ["time", "localtime", "datetime", "localdatetime", "duration"]

    /// Uppercased identifiers used as keywords: not property names (`n.set`), labels or map keys.
    static func keywords(in text: String) -> [String] {
        let tokens = Lexer.tokenize(text)
        var words: [String] = []
        for (index, token) in tokens.enumerated() {
            guard case .identifier(let name) = token.kind else { continue }
            if index > 0, case .symbol(let symbol) = tokens[index - 1].kind, symbol == .dot || symbol == .colon { continue }
            if index + 1 < tokens.count, case .symbol(.colon) = tokens[index + 1].kind { continue }
            words.append(name.uppercased())
        }
        return words
    }

    /// Lowercased names of functions called (`name(` or `name.sub(`).
    static func calls(in text: String) -> [String] {
        let tokens = Lexer.tokenize(text)
        var names: [String] = []
        for (index, token) in tokens.enumerated() where index + 1 < tokens.count {
            guard case .identifier(let name) = token.kind else { continue }
            if case .symbol(let symbol) = tokens[index + 1].kind, symbol == .leftParen || symbol == .dot {
                if index > 0, case .symbol(.dot) = tokens[index - 1].kind { continue }
                names.append(name.lowercased())
            }
        }
        return names
    }
}

/// Cypher features `docs/query.md` lists as not supported, and how to recognise them in a
/// query. Keep this list and the documentation's table the same.
enum UnsupportedFeature: String, CaseIterable, Sendable {
    /// `EXISTS { … }`, `COUNT { … }`, `COLLECT { … }`.
    case subqueryExpression = "subquery expressions (EXISTS { }, COUNT { }, COLLECT { })"

    func appears(in query: String) -> Bool {
        let tokens = Lexer.tokenize(query)
        switch self {
        case .subqueryExpression:
            for (index, token) in tokens.enumerated() where index + 1 < tokens.count {
                guard case .identifier(let name) = token.kind, ["EXISTS", "COUNT", "COLLECT"].contains(name.uppercased()) else {
                    continue
                }
                if case .symbol(.leftBrace) = tokens[index + 1].kind { return true }
            }
            return false
        }
    }
}
