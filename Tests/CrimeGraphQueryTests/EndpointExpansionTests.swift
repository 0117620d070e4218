import CrimeGraph
import Testing

@testable import CrimeGraphQuery

/// `MATCH (a)-[*min..max]-(b)` followed by DISTINCT or DISTINCT aggregates visits each end node
/// once (breadth first) instead of every trail. The end nodes must be exactly those the trail
/// enumeration finds — which it still does when the relationship has a variable — including
/// the start itself, reached again by a closed trail through a self-loop, parallel or opposite
/// relationships, or a longer cycle.
@Suite struct EndpointExpansionTests {
    /// A small random multigraph with self-loops and parallel relationships of two kinds.
    static func graph(seed: UInt64, entities: Int, relationships: Int) throws -> Graph {
        var builder = GraphBuilder()
        for index in 0..<entities { _ = builder.addEntity(id: "n\(index)", kind: .person) }
        var state = seed
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int(state >> 33) % bound
        }
        for _ in 0..<relationships {
            let from = next(entities)
            let to = next(5) == 0 ? from : next(entities)
            builder.addRelationship(from: from, to: to, kind: next(3) == 0 ? "owns" : "knows")
        }
        return try builder.build()
    }

    /// The sorted ids a query's single list column holds.
    static func ids(_ graph: Graph, _ query: String, start: String) throws -> [String] {
        let result = try graph.query(query, parameters: ["id": .string(start)])
        guard case .list(let items)? = result.rows.first?.first?.value else { return [] }
        return items.map { "\($0)" }.sorted()
    }

    @Test(arguments: [UInt64(1), 2, 3, 4, 5, 6])
    func endNodesEqualTheTrailEnumeration(seed: UInt64) throws {
        let graph = try Self.graph(seed: seed, entities: 9, relationships: 14)
        let patterns = ["-", "->", "<-"]
        let ranges = ["*", "*0..1", "*1..1", "*1..2", "*0..2", "*1..3", "*..4", "*1.."]
        var compared = 0, startsReachedAgain = 0
        for arrow in patterns {
            for range in ranges {
                for type in ["", ":knows"] {
                    let left = arrow == "<-" ? "<-" : "-"
                    let right = arrow == "->" ? "->" : "-"
                    let fast = "MATCH (a {id: $id})\(left)[\(type)\(range)]\(right)(b) RETURN collect(DISTINCT b.id)"
                    let slow = "MATCH (a {id: $id})\(left)[r\(type)\(range)]\(right)(b) RETURN collect(DISTINCT b.id)"
                    let plan = try QueryEngine.prepare(fast, for: CaseGraphAdapter(graph))
                    guard case .match(let match) = plan.parts[0][0] else { Issue.record("no MATCH stage"); return }
                    #expect(match.plan.spec.relationships[0].endpointsOnly, "\(fast) is not expanded to end nodes")
                    for start in 0..<graph.entityCount {
                        let id = "n\(start)"
                        let expected = try Self.ids(graph, slow, start: id)
                        #expect(try Self.ids(graph, fast, start: id) == expected, "\(fast) from \(id), seed \(seed)")
                        compared += expected.count
                        if !range.hasPrefix("*0"), expected.contains("string(\"\(id)\")") { startsReachedAgain += 1 }
                    }
                }
            }
        }
        // The comparison is not vacuous: many end nodes, and starts that closed trails reach.
        let example = try Self.ids(graph, "MATCH (a {id: $id})-[*1..2]-(b) RETURN collect(DISTINCT b.id)", start: "n0")
        #expect(compared > 500 && startsReachedAgain > 20, "\(compared) end nodes, \(startsReachedAgain) starts reached again; e.g. \(example)")
    }

    @Test func onlyQueriesThatDiscardMultiplicityAreRewritten() throws {
        let graph = try Self.graph(seed: 9, entities: 6, relationships: 10)
        let adapter = CaseGraphAdapter(graph)
        let cases: [(String, Bool)] = [
            ("MATCH (a)-[*1..2]-(b) RETURN count(DISTINCT b)", true),
            ("MATCH (a)-[*1..2]-(b) RETURN DISTINCT b", true),
            ("MATCH (a)-[*1..2]-(b) RETURN a, min(b.id), max(b.id)", true),
            ("MATCH (a)-[*1..2]-(b) RETURN count(b)", false),           // counts trails
            ("MATCH (a)-[*1..2]-(b) RETURN count(*)", false),
            ("MATCH (a)-[*1..2]-(b) RETURN b", false),
            ("MATCH (a)-[r*1..2]-(b) RETURN DISTINCT b", false),         // r is a list of relationships
            ("MATCH p = (a)-[*1..2]-(b) RETURN DISTINCT b", false),
            ("MATCH (a)-[*2..3]-(b) RETURN DISTINCT b", false),          // at least two hops: not a BFS question
            ("MATCH (a)-[*1..2]-(b)-[:knows]-(c) RETURN DISTINCT c", false),
            ("OPTIONAL MATCH (a)-[*1..2]-(b) RETURN DISTINCT b", false),
        ]
        for (query, rewritten) in cases {
            let plan = try QueryEngine.prepare(query, for: adapter)
            guard case .match(let match) = plan.parts[0][0] else { Issue.record("no MATCH stage in \(query)"); continue }
            #expect(match.plan.spec.relationships.contains(where: \.endpointsOnly) == rewritten, "\(query)")
        }
    }
}
