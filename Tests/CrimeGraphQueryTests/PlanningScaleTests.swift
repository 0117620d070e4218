import CrimeGraph
import Foundation
import Testing

@testable import CrimeGraphQuery

/// A pattern anchored on one entity costs its neighbourhood, not the graph: the planner starts
/// from the `id` (a hash lookup) and expands over the adjacency arrays. These tests check the
/// plan and the answer; the speed is measured by `make bench` (the anchored 2-hop query on
/// 1M entities / 5M relationships), never by a timed test.
@Suite struct PlanningScaleTests {
    static let entityCount = 100_000

    /// `entityCount` entities and five times as many relationships, random but seeded.
    static let graph: Graph = {
        var builder = GraphBuilder()
        let count = entityCount
        builder.reserveCapacity(entities: count, relationships: count * 5)
        for index in 0..<count { _ = builder.addEntity(id: "n\(index)", kind: index % 10 == 0 ? .company : .person) }
        var state: UInt64 = 42
        func next() -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int(state >> 33) % count
        }
        for _ in 0..<(count * 5) {
            builder.addRelationship(from: next(), to: next(), kind: next() % 2 == 0 ? "knows" : "owns")
        }
        do {
            return try builder.build()
        } catch {
            fatalError("the synthetic graph does not build: \(error)")
        }
    }()

    /// The steps the planner chose for the query's first MATCH on `graph` (empty, with an
    /// issue recorded, when the query does not start with one).
    func firstMatchSteps(_ query: String, on graph: Graph) throws -> [MatchStep] {
        let adapter = CaseGraphAdapter(graph)
        let plan = try QueryEngine.prepare(query, for: adapter)
        guard case .match(let match) = plan.parts[0][0] else {
            Issue.record("expected a MATCH stage")
            return []
        }
        return match.plan.steps(on: adapter)
    }

    @Test func anchoredTwoHopPatternStartsFromTheAnchor() throws {
        let graph = PlanningScaleTests.graph
        #expect(graph.relationshipCount == 5 * PlanningScaleTests.entityCount)
        let query = "MATCH (a {id: 'n4242'})-[:knows]->(b)-[:knows|owns]->(c:company) RETURN count(*) AS n"
        let steps = try firstMatchSteps(query, on: graph)
        guard case .scan(0, .property(key: "id", value: _)) = steps.first else {
            Issue.record("expected to start from a by id, got \(steps)")
            return
        }
        let result = try graph.query(query)

        // The same count by hand.
        let anchor = try #require(graph.index(ofEntity: "n4242"))
        var expected = 0
        for first in graph.outgoing.relationships(of: anchor).map(Int.init) where graph.relationKind(of: first) == "knows" {
            for second in graph.outgoing.relationships(of: graph.target(of: first)).map(Int.init) where second != first {
                if graph.kind(of: graph.target(of: second)) == .company { expected += 1 }
            }
        }
        #expect(result.rows.first?.first == .integer(expected))
    }

    @Test func nameEqualityInWhereIsAnIndexLookup() throws {
        let graph = PlanningScaleTests.graph
        let steps = try firstMatchSteps("MATCH (a)-[:owns]->(b) WHERE b.name = $name RETURN a", on: graph)
        guard case .scan(1, .property(key: "name", value: _)) = steps.first else {
            Issue.record("expected to start from b by name, got \(steps)")
            return
        }
        let result = try graph.query("MATCH (a)-[:owns]->(b) WHERE b.name = $name RETURN count(a) AS n", parameters: ["name": "n10"])
        let target = try #require(graph.index(ofEntity: "n10"))
        let owners = graph.incoming.relationships(of: target).filter { graph.relationKind(of: Int($0)) == "owns" }.count
        #expect(result.rows.first?.first == .integer(owners))
    }
}
