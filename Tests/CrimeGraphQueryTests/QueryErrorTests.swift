import CrimeGraph
import Foundation
import Testing

@testable import CrimeGraphQuery

/// Errors are reported, with positions, and never crash: malformed text, deep nesting, wrong
/// types, runaway queries.
@Suite struct QueryErrorTests {
    let graph = Fixtures.sihanoukville

    func error(_ query: String, parameters: [String: QueryValue] = [:], timeout: Duration? = nil) -> QueryError? {
        do {
            _ = try graph.query(query, parameters: parameters, timeout: timeout)
            return nil
        } catch let error as QueryError {
            return error
        } catch {
            return nil
        }
    }

    @Test func syntaxErrorsShowTheLineWithACaret() throws {
        let query = "MATCH (a:agency)\nWHERE a.name = 'x\nRETURN a"
        let failure = try #require(error("MATCH (n:agency RETURN n"))
        #expect(failure.kind == .syntax && failure.phase == .compile && failure.code == "UnexpectedSyntax")
        #expect(failure.rendered(query: "MATCH (n:agency RETURN n") == """
            invalid query: unexpected 'RETURN'; expected ')' (line 1, column 17)
              MATCH (n:agency RETURN n
                              ^
            """)
        let unterminated = try #require(error(query))
        #expect(unterminated.rendered(query: query).contains("(line 2, column 16)"))
        #expect(unterminated.rendered(query: query).hasSuffix("WHERE a.name = 'x\n                 ^"))
    }

    @Test func expectedTokensAreNamed() throws {
        #expect(error("MATCH (a) RETURN a ORDER a")?.message == "unexpected 'a'; expected BY")
        #expect(error("MATCH (a)-[r:]->(b) RETURN a")?.message == "unexpected ']'; expected a relationship type")
        #expect(error("RETURN {a 1}")?.message == "unexpected '1'; expected ':'")
        #expect(error("MATCH (a)")?.code == "InvalidClauseComposition")
        #expect(error("RETURN 1 + ")?.message == "unexpected end of query; expected an expression")
    }

    @Test func semanticErrorsHavePositions() throws {
        let undefined = try #require(error("MATCH (a) RETURN b"))
        #expect(undefined.code == "UndefinedVariable" && undefined.offset == 17)
        #expect(error("RETURN toLowr('A')")?.message == "unknown function 'toLowr'; did you mean toLower()?")
        #expect(error("MATCH (a) WHERE count(a) > 1 RETURN a")?.code == "InvalidAggregation")
        #expect(error("MATCH (a)-[r]->(b) RETURN length(r)")?.code == "InvalidArgumentType")
    }

    @Test func deepNestingIsAnErrorNotACrash() throws {
        let parentheses = String(repeating: "(", count: 5000) + "1" + String(repeating: ")", count: 5000)
        #expect(error("RETURN " + parentheses)?.code == "NestingTooDeep")
        let lists = String(repeating: "[", count: 5000) + String(repeating: "]", count: 5000)
        #expect(error("RETURN " + lists)?.code == "NestingTooDeep")
        let sum = Array(repeating: "1", count: 20_000).joined(separator: " + ")
        #expect(error("RETURN " + sum)?.code == "NestingTooDeep")
        let negations = String(repeating: "NOT ", count: 5000) + "true"
        #expect(error("RETURN " + negations)?.code == "NestingTooDeep")
        let properties = "n" + String(repeating: ".a", count: 5000)
        #expect(error("MATCH (n) RETURN " + properties)?.code == "NestingTooDeep")
        let patterns = "MATCH " + String(repeating: "(", count: 5000) + "a" + String(repeating: ")", count: 5000) + " RETURN a"
        #expect(error(patterns)?.code == "NestingTooDeep")
        // Just under the limits works.
        let fine = try graph.query("RETURN " + Array(repeating: "1", count: 200).joined(separator: " + ") + " AS n")
        #expect(fine.rows.first?.first == .integer(200))
        let ors = try graph.query("RETURN " + Array(repeating: "false", count: 5000).joined(separator: " OR ") + " AS b")
        #expect(ors.rows.first?.first == .boolean(false))
    }

    @Test func typeErrorsAreQueryErrors() throws {
        #expect(error("RETURN 1 + 'a' - 2")?.kind == .type)
        #expect(error("UNWIND [1, 'a'] AS x RETURN x - 1")?.kind == .type)
        #expect(error("MATCH (n) WITH [n, 1] AS l RETURN labels(l[1])")?.code == "InvalidArgumentValue")
        #expect(error("RETURN 9223372036854775807 + 1")?.code == "IntegerOverflow")
        #expect(error("RETURN 1 / 0")?.code == "DivisionByZero")
        #expect(error("RETURN $missing")?.code == "MissingParameter")
        #expect(error("RETURN range(1, 10, 0)")?.code == "NumberOutOfRange")
        #expect(error("RETURN 'a' =~ '('")?.code == "InvalidArgumentValue")
        #expect(error("RETURN $n", parameters: ["n": .node(QueryNode(index: 9999, labels: [], properties: [:]))])?.kind == .argument)
    }

    @Test func timeoutStopsRunawayQueries() throws {
        let started = ContinuousClock.now
        let failure = try #require(error(
            "MATCH (a)--(b)--(c)--(d)--(e) UNWIND range(1, 1000) AS x RETURN count(*)", timeout: .milliseconds(200)))
        #expect(failure.kind == .timeout)
        #expect(ContinuousClock.now - started < .seconds(5))
        let unbounded = try #require(error("MATCH p = (a)-[*]-(b) RETURN count(p)", timeout: .milliseconds(200)))
        #expect(unbounded.kind == .timeout)
    }
}
