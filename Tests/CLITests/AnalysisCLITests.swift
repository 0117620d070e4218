import Foundation
import Testing

/// The analysis commands, run as a user would, checked against the NetworkX reference values
/// for the Sihanoukville graph (Tests/Fixtures/analysis/reference/sihanoukville.json).
@Suite("crimegraph analysis commands")
struct AnalysisCLITests {
    static func reference() throws -> [String: Any] {
        let data = try Data(contentsOf: URL(fileURLWithPath: CLI.repository + "/Tests/Fixtures/analysis/reference/sihanoukville.json"))
        let object = try JSONSerialization.jsonObject(with: data) as? [String: Any]
        return object?["measures"] as? [String: Any] ?? [:]
    }

    @Test("rank prints NetworkX's scores, highest first then by id", arguments: [
        ("betweenness", "betweenness"), ("closeness", "closeness"), ("degree", "degree_centrality"), ("harmonic", "harmonic"),
    ])
    func rankMatchesReference(measure: String, key: String) throws {
        let result = try CLI.run("rank", sihanoukville, "--by", measure, "--format", "json")
        #expect(result.status == 0, "\(result.stderr)")
        let rows = try #require(try jsonObject(result.stdout) as? [[String: Any]])
        let expected = try #require(try Self.reference()[key] as? [String: Double])
        #expect(rows.count == expected.count)
        for row in rows {
            let id = try #require(row["id"] as? String)
            let score = try #require((row["score"] as? NSNumber)?.doubleValue)
            #expect(abs(score - (expected[id] ?? .nan)) <= 1e-12, "\(id)")
        }
        let pairs = rows.compactMap { row -> (Double, String)? in
            guard let score = (row["score"] as? NSNumber)?.doubleValue, let id = row["id"] as? String else { return nil }
            return (score, id)
        }
        // Descending (Foundation's JSON parsing may differ in the last bit, hence the slack).
        #expect(zip(pairs, pairs.dropFirst()).allSatisfy { $0.0 >= $1.0 - 1e-12 })
        // Exact ties (entities with no betweenness at all) come in id order.
        let zeros = pairs.filter { $0.0 == 0 }.map(\.1)
        #expect(zeros == zeros.sorted())
        #expect(Set(rows.first?.keys.map { $0 } ?? []) == ["id", "name", "kind", "score"])
    }

    @Test func rankFiltersAndRefusesImpossibleRequests() throws {
        let agencies = try #require(try jsonObject(try CLI.run("rank", sihanoukville, "--by", "degree", "--kind", "agency", "--top", "3", "--format", "json").stdout) as? [[String: Any]])
        #expect(agencies.count == 3 && agencies.allSatisfy { $0["kind"] as? String == "agency" })
        #expect(try CLI.run("rank", sihanoukville, "--top", "0").status == 64)
        let weighted = try CLI.run("rank", sihanoukville, "--by", "betweenness", "--weighted")
        #expect(weighted.status == 1)
        #expect(weighted.stderr == "error: --weighted: this graph has no relationship weights\n")
        let disconnected = try CLI.run("rank", "Tests/Fixtures/analysis/graphs/disconnected.json", "--by", "eigenvector")
        #expect(disconnected.status == 1)
        #expect(disconnected.stderr.contains("eigenvector centrality is not defined here: the graph is disconnected"))
    }

    @Test func pathsExplainConnectAndCommon() throws {
        let paths = try #require(try jsonObject(try CLI.run("paths", sihanoukville, "sar-kheng", "galaxy-world", "--k", "3", "--format", "json").stdout) as? [String: Any])
        let list = try #require(paths["paths"] as? [[String: Any]])
        #expect(list.count == 3)
        let hops = list.compactMap { $0["hops_count"] as? Int }
        #expect(hops == hops.sorted())
        let explain = try CLI.run("explain", sihanoukville, "Hun Sen", "Galaxy World", "--max-length", "4")
        #expect(explain.status == 0, "\(explain.stderr)")
        #expect(explain.stdout.contains("—targeted→ Galaxy World [company]") && explain.stdout.contains("cited: a1 ¶12"))
        let none = try CLI.run("explain", sihanoukville, "Hun Sen", "Galaxy World", "--max-length", "2")
        #expect(none.status == 1 && none.stderr.contains("within 2 relationships"))
        let connect = try #require(try jsonObject(try CLI.run("connect", sihanoukville, "Hun Sen", "Galaxy World", "Keo Vanthan", "--format", "json").stdout) as? [String: Any])
        let links = try #require(connect["links"] as? [[String: Any]])
        let middle = try #require(connect["intermediaries"] as? [[String: Any]])
        #expect(links.count == middle.count + 2, "a tree over 3 terminals and the intermediaries")
        let common = try #require(try jsonObject(try CLI.run("common", sihanoukville, "First raid, Jing Chhay Technology buildings", "Second raid, Galaxy World", "--format", "json").stdout) as? [[String: Any]])
        #expect(common.map { $0["id"] as? String } == ["preah-sihanouk-provincial-authorities", "operation-sihanoukville"])
    }

    @Test func componentsCoresAndDisruptionMatchTheReference() throws {
        let reference = try Self.reference()
        let components = try #require(try jsonObject(try CLI.run("components", sihanoukville, "--format", "json").stdout) as? [String: Any])
        let cuts = (components["articulation_points"] as? [[String: Any]] ?? []).compactMap { $0["id"] as? String }
        #expect(Set(cuts) == Set(reference["articulation_points"] as? [String] ?? ["missing"]))
        let cores = try #require(try jsonObject(try CLI.run("cores", sihanoukville, "--format", "json").stdout) as? [[String: Any]])
        let expectedCores = try #require(reference["core_number"] as? [String: Int])
        for row in cores { #expect(row["core"] as? Int == expectedCores[row["id"] as? String ?? ""]) }
        let fragmentation = try #require((reference["fragmentation"] as? [[String: Any]])?.first { ($0["removed"] as? [String])?.count == 3 })
        let disrupt = try #require(try jsonObject(try CLI.run("disrupt", sihanoukville, "--top", "3", "--by", "betweenness", "--format", "json").stdout) as? [String: Any])
        let steps = try #require(disrupt["steps"] as? [[String: Any]])
        #expect(Set(steps.compactMap { ($0["removed"] as? [String: Any])?["id"] as? String }) == Set(fragmentation["removed"] as? [String] ?? []))
        let after = try #require(steps.last?["after"] as? [String: Any])
        #expect(abs(((after["fragmentation"] as? NSNumber)?.doubleValue ?? -1) - ((fragmentation["fragmentation"] as? NSNumber)?.doubleValue ?? -2)) < 1e-12)
        #expect(try CLI.run("disrupt", sihanoukville).status == 64)
    }

    @Test func timelineSortsPartialDates() throws {
        let rows = try #require(try jsonObject(try CLI.run("timeline", sihanoukville, "--format", "json").stdout) as? [[String: Any]])
        #expect(!rows.isEmpty)
        let csv = try CLI.run("timeline", sihanoukville, "--format", "csv").stdout.split(separator: "\r\n").dropFirst()
        let dates = csv.map { String($0.split(separator: ",").first ?? "") }
        #expect(dates.first == "2019")
        #expect(dates.contains("2022-09-23"))
        let table = try CLI.run("timeline", sihanoukville).stdout
        #expect(table.contains("≈ 2022-09-01 – 2022-09-10 (early September)"))
        #expect(table.range(of: "2022-09-19 – 2022-09-22")?.lowerBound ?? table.endIndex < table.range(of: "2022-09-23")?.lowerBound ?? table.startIndex)
    }
}
