import CrimeGraph
import CrimeGraphQuery
import Testing

/// Queries on the Sihanoukville case, checked against what the case file states (read through
/// CrimeGraph's own API, not through the query engine).
@Suite struct SihanoukvilleQueryTests {
    let graph = Fixtures.sihanoukville

    /// The issue's query, verbatim, against a direct walk of the graph.
    ///
    /// Source a1 ¶6 has the Preah Sihanouk provincial authorities round up the foreigners "in two
    /// separate raids", so that agency took part in both raids; the other agencies are recorded
    /// on the operation as a whole (see the next test).
    @Test func issueQueryMatchesADirectWalk() throws {
        let result = try graph.query("""
            MATCH (a:agency)-[:participated_in]->(e:event)-[:targeted]->(c:company)-[:located_in|part_of*1..3]->(l:location)
            WHERE l.name CONTAINS "Commune" RETURN a.name, c.name, l.name ORDER BY c.name LIMIT 10
            """)
        #expect(result.columns == ["a.name", "c.name", "l.name"])
        #expect(result.warnings.isEmpty)
        let rows = result.rows.map { $0.map { $0.stringValue ?? "" } }
        #expect(rows == [
            ["Preah Sihanouk provincial authorities", "Galaxy World", "Commune IV"],
            ["Preah Sihanouk provincial authorities", "Jing Chhay Technology", "Commune I"],
        ])
        let expected = directWalk(throughOperation: false)
        #expect(rows.map { $0[1] } == expected.prefix(10).map { $0[1] })
        #expect(Set(rows.map { $0.joined(separator: "|") }) == Set(expected.prefix(10).map { $0.joined(separator: "|") }))
    }

    /// The same question following the raids to the operation the agencies took part in.
    @Test func agenciesCompaniesAndCommunes() throws {
        let result = try graph.query("""
            MATCH (a:agency)-[:participated_in]->(:event)<-[:part_of]-(e:event)-[:targeted]->(c:company)
                  -[:located_in|part_of*1..3]->(l:location)
            WHERE l.name CONTAINS "Commune"
            RETURN a.name, c.name, l.name ORDER BY c.name, a.name LIMIT 10
            """)
        let rows = result.rows.map { $0.map { $0.stringValue ?? "" } }
        #expect(rows == [
            ["Central Security Department", "Galaxy World", "Commune IV"],
            ["General Department of Immigration", "Galaxy World", "Commune IV"],
            ["Preah Sihanouk provincial authorities", "Galaxy World", "Commune IV"],
            ["Provincial court prosecutor", "Galaxy World", "Commune IV"],
            ["Central Security Department", "Jing Chhay Technology", "Commune I"],
            ["General Department of Immigration", "Jing Chhay Technology", "Commune I"],
            ["Preah Sihanouk provincial authorities", "Jing Chhay Technology", "Commune I"],
            ["Provincial court prosecutor", "Jing Chhay Technology", "Commune I"],
        ])
        #expect(Set(rows) == Set(directWalk(throughOperation: true)))
    }

    /// Every (agency, company, location) the pattern describes, found with the Graph API.
    func directWalk(throughOperation: Bool) -> [[String]] {
        func has(_ entity: Int, _ label: String) -> Bool {
            graph.kind(of: entity).rawValue == label || graph.tags(of: entity).contains(label)
        }
        func out(_ entity: Int, _ kinds: Set<String>) -> [(edge: Int, to: Int)] {
            graph.outgoing.relationships(of: entity).map(Int.init).filter { kinds.contains(graph.relationKind(of: $0).rawValue) }
                .map { ($0, graph.target(of: $0)) }
        }
        var rows: [[String]] = []
        for agency in 0..<graph.entityCount where has(agency, "agency") {
            for (_, first) in out(agency, ["participated_in"]) where has(first, "event") {
                var events = [first]
                if throughOperation {
                    events = graph.incoming.relationships(of: first).map(Int.init)
                        .filter { graph.relationKind(of: $0) == "part_of" }.map { graph.source(of: $0) }
                        .filter { has($0, "event") }
                }
                for event in events {
                    for (_, company) in out(event, ["targeted"]) where has(company, "company") {
                        var trails: [(node: Int, edges: [Int])] = [(company, [])]
                        while let (node, edges) = trails.popLast() {
                            guard edges.count < 3 else { continue }
                            for (edge, next) in out(node, ["located_in", "part_of"]) where !edges.contains(edge) {
                                trails.append((next, edges + [edge]))
                                if has(next, "location") && graph.name(of: next).contains("Commune") {
                                    rows.append([graph.name(of: agency), graph.name(of: company), graph.name(of: next)])
                                }
                            }
                        }
                    }
                }
            }
        }
        return rows.sorted { $0[1] < $1[1] }
    }

    @Test func shortestPathMatchesThePathCommand() throws {
        let result = try graph.query("""
            MATCH p = shortestPath((a {name: 'Hun Sen'})-[*..6]-(b {name: 'Galaxy World'}))
            RETURN length(p) AS hops, [n IN nodes(p) | n.id] AS ids
            """)
        #expect(result.rows.count == 1)
        #expect(result.rows.first?.first == .integer(4))
        let shortest = graph.shortestPath(from: try graph.resolve("Hun Sen"), to: try graph.resolve("Galaxy World"))
        #expect(shortest?.length == 4)
    }

    @Test func parametersDatesAndQuantities() throws {
        let posts = try graph.query(
            "MATCH (p:person {name: $name})-[r:holds_post]->(x) RETURN x.id ORDER BY x.id", parameters: ["name": "Sar Kheng"])
        #expect(!posts.rows.isEmpty)

        let raid = try graph.query("MATCH (e {id: 'raid-jing-chhay'}) RETURN e.foreigners_found, e.date, e.date.year")
        #expect(raid.rows.first?[0] == .integer(469))
        #expect(raid.rows.first?[1] == .date(CaseDate(iso: "2022-09-19/2022-09-22")!))
        #expect(raid.rows.first?[2] == .integer(2022))

        let late = try graph.query("MATCH (e:event) WHERE e.date >= date('2022-09-19') RETURN count(e) AS n")
        let day = CaseDate(iso: "2022-09-19")!
        let expected = graph.entities(ofKind: .event).filter { index in
            guard let date = graph.date(ofEntity: index) else { return false }
            return date.firstDay > day.firstDay || (date.firstDay == day.firstDay && date.lastDay >= day.lastDay)
        }.count
        #expect(late.rows.first?.first == .integer(expected))
        #expect(expected > 0)
    }

    @Test func tagsAreLabelsAndNodesComeMaterialized() throws {
        let result = try graph.query("MATCH (c:commune) RETURN c ORDER BY c.name")
        let nodes = result.rows.compactMap { row -> QueryNode? in
            if case .node(let node) = row[0] { return node }
            return nil
        }
        #expect(nodes.map(\.name) == ["Commune I", "Commune IV"])
        #expect(nodes.first?.labels == ["location", "commune"])
        #expect(nodes.first?.id == "commune-i")
    }

    @Test func unknownLabelsAndTypesWarnWithSuggestions() throws {
        let result = try graph.query("MATCH (a:agncy)-[:particpated_in]->(e) RETURN e")
        #expect(result.rows.isEmpty)
        #expect(result.warnings.map(\.message) == [
            "no node has the label 'agncy'; did you mean 'agency'?",
            "no relationship has the type 'particpated_in'; did you mean 'participated_in'?",
        ])
    }

    @Test func writesAreRefused() {
        #expect(throws: QueryError.self) { try graph.query("CREATE (n:person {name: 'x'})") }
        do {
            _ = try graph.query("MATCH (n) SET n.name = 'x' RETURN n")
            Issue.record("SET ran")
        } catch {
            #expect(error.kind == .unsupported)
            #expect(error.offset == 10)
        }
    }
}
