import CrimeGraph
import CrimeGraphIO
import Testing

@testable import CrimeGraphQuery

/// `Graph.query` keeps checked plans with the graph by query text; parameters are read per
/// run. Each test loads its own graph, so the cache counts are not shared with other tests.
@Suite struct PlanCacheTests {
    func freshGraph() throws -> Graph { try GraphLoader.load([Fixtures.sihanoukvillePath]).graph }

    func planCount(_ graph: Graph) -> Int { graph.derived(PlanCache.self) { PlanCache() }.count }

    /// One text, a different anchor each run: every answer must be that anchor's, checked
    /// against the breadth-first neighbourhood (a separate implementation).
    @Test func oneCachedPlanAnswersForEveryParameterValue() throws {
        let graph = try freshGraph()
        let text = "MATCH (a {id: $id})-[*1..2]-(b) WHERE b <> a RETURN count(DISTINCT b) AS reached"
        for entity in 0..<graph.entityCount {
            let result = try graph.query(text, parameters: ["id": .string(graph.id(of: entity))])
            let expected = graph.neighborhood(of: entity, options: TraversalOptions(maxDepth: 2)).reachedCount
            #expect(result.rows.first?.first?.integerValue == expected, "\(graph.id(of: entity))")
        }
        #expect(planCount(graph) == 1)
        #expect(try graph.query("MATCH (n) RETURN count(n)").rows[0][0].integerValue == graph.entityCount)
        #expect(planCount(graph) == 2)
    }

    /// A query that does not compile is not kept: the same error comes back every time.
    @Test func aFailedQueryIsNotKept() throws {
        let graph = try freshGraph()
        for _ in 0..<2 {
            #expect(throws: QueryError.self) { try graph.query("MATCH (n RETURN n") }
        }
        #expect(planCount(graph) == 0)
    }

    /// Programs that splice values into the text make a new text every time; the cache starts
    /// again when full instead of growing without bound.
    @Test func theCacheStaysBounded() throws {
        let graph = try freshGraph()
        for number in 0..<(PlanCache.capacity + 10) {
            #expect(try graph.query("RETURN \(number) AS n").rows[0][0].integerValue == number)
        }
        #expect(planCount(graph) <= PlanCache.capacity)
        #expect(planCount(graph) >= 10)
    }

    /// A cached plan runs on several threads at once (its pattern steps are planned under a
    /// lock on first use); `make sanitize` runs this under ThreadSanitizer.
    @Test func oneCachedPlanRunsOnManyThreads() async throws {
        let graph = try freshGraph()
        let text = "MATCH (a {id: $id})-[*1..2]-(b) WHERE b <> a RETURN count(DISTINCT b) AS reached"
        let expected = (0..<graph.entityCount).map { graph.neighborhood(of: $0, options: TraversalOptions(maxDepth: 2)).reachedCount }
        let disagreements = try await withThrowingTaskGroup(of: Int.self) { group in
            for worker in 0..<4 {
                group.addTask {
                    var wrong = 0
                    for entity in 0..<graph.entityCount where (entity + worker) % 2 == 0 {
                        let result = try graph.query(text, parameters: ["id": .string(graph.id(of: entity))])
                        if result.rows.first?.first?.integerValue != expected[entity] { wrong += 1 }
                    }
                    return wrong
                }
            }
            return try await group.reduce(0, +)
        }
        #expect(disagreements == 0)
        #expect(planCount(graph) == 1)
    }
}
