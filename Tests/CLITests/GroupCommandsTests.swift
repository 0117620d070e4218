import Foundation
import Testing

/// `communities`, `brokers`, `project` and `predict`, run as a user would, against the
/// reference fixtures (Tests/Fixtures/analysis).
@Suite("crimegraph group commands")
struct GroupCommandsTests {
    static func measures(_ name: String) throws -> [String: Any] {
        let data = try Data(contentsOf: URL(fileURLWithPath: CLI.repository + "/Tests/Fixtures/analysis/reference/\(name).json"))
        let object = try JSONSerialization.jsonObject(with: data) as? [String: Any]
        return object?["measures"] as? [String: Any] ?? [:]
    }

    static func fixtureGraph(_ name: String) -> String { "Tests/Fixtures/analysis/graphs/\(name).json" }

    static func number(_ value: Any?) -> Double? { (value as? NSNumber)?.doubleValue }

    @Test func communitiesCoverTheGraphWithNearBestModularity() throws {
        let result = try CLI.run("communities", sihanoukville, "--format", "json")
        #expect(result.status == 0, "\(result.stderr)")
        let object = try #require(try jsonObject(result.stdout) as? [String: Any])
        let communities = try #require(object["communities"] as? [[String: Any]])
        let sizes = communities.compactMap { $0["size"] as? Int }
        #expect(sizes == sizes.sorted(by: >))
        #expect(sizes.reduce(0, +) == 96 && object["count"] as? Int == communities.count)
        let members = communities.flatMap { ($0["members"] as? [[String: Any]] ?? []).compactMap { $0["id"] as? String } }
        #expect(Set(members).count == 96)
        let best = try #require(Self.number((try Self.measures("sihanoukville")["louvain"] as? [String: Any])?["best_modularity"]))
        let modularity = try #require(Self.number(object["modularity"]))
        #expect(modularity >= best - 0.01)
        // The same seed gives the same communities; the table says what it found.
        #expect(try CLI.run("communities", sihanoukville, "--format", "json").stdout == result.stdout)
        let table = try CLI.run("communities", sihanoukville, "--method", "label-propagation", "--seed", "4", "--top", "3")
        #expect(table.status == 0 && table.stdout.hasPrefix("Label propagation (seed 4): "))
        let csv = try CLI.run("communities", sihanoukville, "--format", "csv")
        #expect(csv.stdout.hasPrefix("community,id,name,kind\r\n") && csv.stdout.components(separatedBy: "\r\n").count == 98)
    }

    @Test("impossible community requests are usage errors", arguments: [
        ["--top", "0"], ["--resolution", "0"], ["--resolution", "-1"], ["--members", "0"], ["--method", "leiden"],
        ["--method", "label-propagation", "--resolution", "2"],
    ])
    func communitiesRefuse(arguments: [String]) throws {
        let result = try CLI.run(["communities", sihanoukville] + arguments)
        #expect(result.status == 64, "\(arguments): \(result.stderr)")
    }

    @Test func brokersMatchSnaAndNetworkX() throws {
        let result = try CLI.run("brokers", Self.fixtureGraph("karate"), "--group-by", "property", "club", "--format", "json")
        #expect(result.status == 0, "\(result.stderr)")
        let object = try #require(try jsonObject(result.stdout) as? [String: Any])
        let rows = try #require(object["brokers"] as? [[String: Any]])
        let measures = try Self.measures("karate")
        let expected = try #require((measures["brokerage"] as? [String: Any])?["nodes"] as? [String: [String: Any]])
        let constraint = try #require(measures["constraint"] as? [String: Double])
        #expect(rows.count == 34)
        for row in rows {
            let id = try #require(row["id"] as? String)
            for role in ["coordinator", "itinerant", "representative", "gatekeeper", "liaison", "total"] {
                #expect(row[role] as? Int == expected[id]?[role] as? Int, "\(id) \(role)")
            }
            #expect(row["group"] as? String == expected[id]?["group"] as? String)
            #expect(abs((Self.number(row["constraint"]) ?? .nan) - (constraint[id] ?? .nan)) <= 1e-12, "\(id) constraint")
        }
        let totals = rows.compactMap { $0["total"] as? Int }
        #expect(totals == totals.sorted(by: >))
        // Equivalent spellings of the rule.
        #expect(try CLI.run("brokers", Self.fixtureGraph("karate"), "--group-by", "property:club", "--format", "json").stdout == result.stdout)
        let byConstraint = try CLI.run("brokers", sihanoukville, "--sort", "constraint", "--top", "5", "--format", "csv")
        #expect(byConstraint.status == 0 && byConstraint.stdout.components(separatedBy: "\r\n").count == 7)
        for rule in [["community"], ["tag"], ["kind"]] {
            let run = try CLI.run(["brokers", sihanoukville, "--group-by"] + rule + ["--top", "3"])
            #expect(run.status == 0 && run.stdout.hasPrefix("Groups by \(rule[0]): "), "\(rule)")
        }
    }

    @Test func brokersRefuseImpossibleRequests() throws {
        for arguments in [["--top", "0"], ["--group-by", "property"], ["--group-by", "colour"], ["--group-by", "kind", "extra"]] {
            let result = try CLI.run(["brokers", sihanoukville] + arguments)
            #expect(result.status == 64, "\(arguments): \(result.stderr)")
        }
        let property = try CLI.run("brokers", Self.fixtureGraph("karate"), "--group-by", "property", "clubb")
        #expect(property.status == 1 && property.stderr.contains("no entity has the property 'clubb'; did you mean 'club'?"))
        let kind = try CLI.run("brokers", sihanoukville, "--kind", "agncy")
        #expect(kind.status == 1 && kind.stderr.contains("unknown entity kind 'agncy'; did you mean 'agency'"))
        let weighted = try CLI.run("brokers", sihanoukville, "--weighted")
        #expect(weighted.status == 1 && weighted.stderr.contains("no relationship weights"))
    }

    @Test func projectionMatchesNetworkXAndWritesACaseFile() throws {
        let expected = try #require(((try Self.measures("davis")["projection"] as? [String: Any])?["women"] as? [String: Any])?["collaboration"] as? [[String: Any]])
        let result = try CLI.run("project", Self.fixtureGraph("davis"), "--onto", "person", "--via", "event", "--weighting", "newman", "--format", "json")
        #expect(result.status == 0, "\(result.stderr)")
        let ties = try #require(try jsonObject(result.stdout) as? [[String: Any]])
        #expect(ties.count == expected.count)
        var table: [String: Double] = [:]
        for row in expected { table["\(row["from"] ?? "")|\(row["to"] ?? "")"] = Self.number(row["weight"]) }
        for tie in ties {
            let from = try #require((tie["from"] as? [String: Any])?["id"] as? String)
            let to = try #require((tie["to"] as? [String: Any])?["id"] as? String)
            let weight = try #require(Self.number(tie["weight"]))
            let theirs = table["\(from)|\(to)"] ?? table["\(to)|\(from)"] ?? .nan
            #expect(abs(weight - theirs) <= 1e-12, "\(from)–\(to)")
        }
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let written = try CLI.run("project", sihanoukville, "--onto", "agency", "--via", "event", "-o", folder + "/agencies.yaml")
        #expect(written.status == 0, "\(written.stderr)")
        #expect(written.stderr.contains("12 agency entities"))
        let validate = try CLI.run("validate", folder + "/agencies.yaml")
        #expect(validate.status == 0, "\(validate.stdout)\(validate.stderr)")
        let ranked = try CLI.run("rank", folder + "/agencies.yaml", "--by", "degree", "--weighted", "--top", "3")
        #expect(ranked.status == 0, "\(ranked.stderr)")
        let json = try CLI.run("project", sihanoukville, "--onto", "agency", "--via", "event", "-o", "-", "--to", "json")
        let document = try #require(try jsonObject(json.stdout) as? [String: Any])
        #expect(document["directed"] as? Bool == false && document["weight_meaning"] as? String == "strength")
    }

    @Test func projectionRefusesImpossibleRequests() throws {
        let unlinked = try CLI.run("project", sihanoukville, "--onto", "company", "--via", "nationality")
        #expect(unlinked.status == 1)
        #expect(unlinked.stderr.contains("no relationship links a 'company' to a 'nationality'; 'company' entities are linked to: "))
        let typo = try CLI.run("project", sihanoukville, "--onto", "compny", "--via", "event")
        #expect(typo.status == 1 && typo.stderr.contains("did you mean 'company'"))
        for arguments in [["--onto", "event", "--via", "event"], ["--onto", "agency", "--via", "event", "--top", "0"],
                          ["--onto", "agency", "--via", "event", "-o", "out.txt"], ["--onto", "agency"]] {
            let result = try CLI.run(["project", sihanoukville] + arguments)
            #expect(result.status == 64, "\(arguments): \(result.stderr)")
        }
    }

    @Test func predictionsMatchNetworkX() throws {
        let result = try CLI.run("predict", sihanoukville, "--method", "resource-allocation", "--top", "15", "--format", "json")
        #expect(result.status == 0, "\(result.stderr)")
        let rows = try #require(try jsonObject(result.stdout) as? [[String: Any]])
        let expected = try #require((try Self.measures("sihanoukville")["link_prediction"] as? [String: Any])?["resource_allocation"] as? [[Any]])
        #expect(rows.count == 15)
        for (row, theirs) in zip(rows, expected) {
            #expect(abs((Self.number(row["score"]) ?? .nan) - (Self.number(theirs[2]) ?? .nan)) <= 1e-12)
            #expect(!(row["common_neighbors"] as? [Any] ?? []).isEmpty)
        }
        let filtered = try CLI.run("predict", sihanoukville, "--kind", "company", "--kind", "location", "--format", "csv")
        #expect(filtered.status == 0 && filtered.stdout.hasPrefix("rank,from,to,score,common_neighbors\r\n"))
        for arguments in [["--top", "0"], ["--method", "katz"]] {
            #expect(try CLI.run(["predict", sihanoukville] + arguments).status == 64, "\(arguments)")
        }
        let kind = try CLI.run("predict", sihanoukville, "--kind", "persn")
        #expect(kind.status == 1 && kind.stderr.contains("did you mean 'person'"))
    }
}
