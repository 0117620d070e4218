import CrimeGraph
import Testing

@testable import CrimeGraphQuery

/// Seeded random queries, well-formed and not: each either runs or fails with a
/// ``QueryError``; nothing crashes or hangs.
@Suite struct RandomQueryTests {
    static let vocabulary = [
        "MATCH", "OPTIONAL", "WHERE", "RETURN", "WITH", "UNWIND", "AS", "ORDER", "BY", "DESC", "SKIP", "LIMIT",
        "DISTINCT", "AND", "OR", "XOR", "NOT", "IN", "IS", "NULL", "CASE", "WHEN", "THEN", "ELSE", "END", "STARTS",
        "ENDS", "CONTAINS", "(", ")", "[", "]", "{", "}", ",", ".", "..", ":", "|", "+", "-", "*", "/", "%", "^", "=",
        "<>", "<", ">", "<=", ">=", "=~", "->", "<-", "--", "a", "b", "r", "p", "agency", "event", "name", "id",
        "count", "collect", "size", "labels", "x", "0", "1", "-1", "2.5", "'Commune'", "\"x\"", "$p", "true", "null",
        "*1..3", "shortestPath", "all", "reduce", "n.name", "e.date", "date('2022-09')", "0x1F", "1e400", "'\\u12'",
    ]

    static let templates = [
        "MATCH (a:agency)-[r:participated_in]->(e:event) RETURN a.name, e.name LIMIT 3",
        "MATCH p = (a)-[*1..2]-(b {id: 'galaxy-world'}) RETURN length(p), count(*)",
        "UNWIND range(1, 5) AS x WITH x WHERE x % 2 = 1 RETURN collect(x)",
        "MATCH (n) WHERE n.date >= date('2022-09-19') RETURN n.kind, count(*) ORDER BY n.kind",
    ]

    /// A small seeded generator (SplitMix64).
    struct Random {
        var state: UInt64
        mutating func next(_ bound: Int) -> Int {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return Int((z ^ (z >> 31)) % UInt64(bound))
        }
    }

    @Test func randomQueriesNeverCrash() {
        var random = Random(state: 2024)
        let graph = Fixtures.sihanoukville
        var ran = 0
        var failed = 0
        for round in 0..<1500 {
            var query: String
            if round % 3 == 0 {
                // A valid query with one token replaced, inserted or removed.
                var tokens = RandomQueryTests.templates[random.next(RandomQueryTests.templates.count)].split(separator: " ").map(String.init)
                let position = random.next(tokens.count)
                switch random.next(3) {
                case 0: tokens[position] = RandomQueryTests.vocabulary[random.next(RandomQueryTests.vocabulary.count)]
                case 1: tokens.insert(RandomQueryTests.vocabulary[random.next(RandomQueryTests.vocabulary.count)], at: position)
                default: tokens.remove(at: position)
                }
                query = tokens.joined(separator: " ")
            } else {
                query = (0..<(1 + random.next(14))).map { _ in
                    RandomQueryTests.vocabulary[random.next(RandomQueryTests.vocabulary.count)]
                }.joined(separator: random.next(2) == 0 ? " " : "")
            }
            do {
                _ = try graph.query(query, parameters: ["p": 1], timeout: .milliseconds(500))
                ran += 1
            } catch let error as QueryError {
                failed += 1
                #expect(!error.rendered(query: query).isEmpty)
            } catch {
                Issue.record("unexpected error \(error) for \(query)")
            }
        }
        #expect(ran + failed == 1500)
        #expect(ran > 10)
    }
}
