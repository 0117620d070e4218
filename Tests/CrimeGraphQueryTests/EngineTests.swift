import Testing

@testable import CrimeGraphQuery

/// The engine on small in-memory graphs: what the TCK covers less (shortest paths, planning,
/// literals for parameters).
@Suite struct EngineTests {
    /// Runs `setup`, then `query`, returning the rows as Cypher literal text.
    func rows(_ query: String, setup: String? = nil) throws -> [[String]] {
        let graph = MemoryGraph()
        if let setup { _ = try QueryEngine.run(setup, on: graph) }
        let outcome = try QueryEngine.run(query, on: graph)
        return outcome.rows.map { row in row.map { QueryValue($0, graph: graph).description } }
    }

    static let diamond = """
        CREATE (a:N {name: 'a'}), (b:N {name: 'b'}), (c:N {name: 'c'}), (d:N {name: 'd'}), (e:N {name: 'e'})
        CREATE (a)-[:T]->(b), (a)-[:T]->(c), (b)-[:T]->(d), (c)-[:T]->(d), (d)-[:T]->(e), (a)-[:U]->(e)
        """

    @Test func shortestPaths() throws {
        #expect(try rows(
            "MATCH p = shortestPath((x {name: 'a'})-[:T*]->(y {name: 'e'})) RETURN length(p)", setup: EngineTests.diamond) == [["3"]])
        #expect(try rows(
            "MATCH p = allShortestPaths((x {name: 'a'})-[:T*]->(y {name: 'e'})) RETURN [n IN nodes(p) | n.name] AS names ORDER BY names",
            setup: EngineTests.diamond) == [["['a', 'b', 'd', 'e']"], ["['a', 'c', 'd', 'e']"]])
        #expect(try rows(
            "MATCH p = shortestPath((x {name: 'a'})-[*]-(y {name: 'e'})) RETURN length(p)", setup: EngineTests.diamond) == [["1"]])
        #expect(try rows(
            "MATCH p = shortestPath((x {name: 'e'})-[:T*]->(y {name: 'a'})) RETURN p", setup: EngineTests.diamond).isEmpty)
        // A predicate on the path: the shortest path that satisfies it.
        #expect(try rows(
            """
            MATCH p = shortestPath((x {name: 'a'})-[*]-(y {name: 'e'}))
            WHERE none(r IN relationships(p) WHERE type(r) = 'U')
            RETURN length(p)
            """, setup: EngineTests.diamond) == [["3"]])
    }

    @Test func planningStartsFromTheMostSelectiveNode() throws {
        let graph = MemoryGraph()
        _ = try QueryEngine.run(EngineTests.diamond + " CREATE (:Rare {name: 'r'})", on: graph)
        let plan = try QueryEngine.prepare("MATCH (a:N)-[:T]->(b:N)-[:T]->(r:Rare) RETURN a", for: graph)
        guard case .match(let match) = plan.parts[0][0] else {
            Issue.record("expected a MATCH stage")
            return
        }
        let steps = MatchPlanner.plan(match.plan.spec, graph: graph)
        guard case .scan(let node, .label(let label)) = steps.first else {
            Issue.record("expected a label scan, got \(steps)")
            return
        }
        #expect(node == 2 && label == "Rare")
    }

    @Test func relationshipUniquenessAndNulls() throws {
        // (a)-->(b)<--(c) never reuses a relationship for both hops.
        #expect(try rows("MATCH (x)-[r1]->(y)<-[r2]-(z) RETURN count(*)", setup: "CREATE ()-[:T]->()") == [["0"]])
        #expect(try rows("OPTIONAL MATCH (x:Missing) RETURN x, x.name, x IS NULL") == [["null", "null", "true"]])
        #expect(try rows("RETURN null = null, null <> 1, [1, null] = [1, null], 1 IN [2, null]") == [["null", "null", "null", "null"]])
    }

    @Test func literalsForParameters() {
        #expect(QueryValue(cypherLiteral: "42") == .integer(42))
        #expect(QueryValue(cypherLiteral: "-1.5") == .float(-1.5))
        #expect(QueryValue(cypherLiteral: "['a', {k: null}]") == .list(["a", .map(["k": .null])]))
        #expect(QueryValue(cypherLiteral: "date('2022-09')")?.description == "date('2022-09')")
        #expect(QueryValue(cypherLiteral: "Sar Kheng") == nil)
        #expect(QueryValue(cypherLiteral: "2022-09") == nil)
    }

    @Test func valuesStayCompact() {
        #expect(MemoryLayout<Value>.stride <= 24)
    }
}
