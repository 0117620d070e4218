import Foundation
import Testing

let sihanoukville = "Graphs/sihanoukville-2022.yaml"

func jsonObject(_ text: String) throws -> Any {
    try JSONSerialization.jsonObject(with: Data(text.utf8))
}

@Suite("crimegraph command line")
struct CLITests {
    @Test func validateAcceptsTheSihanoukvilleNetwork() throws {
        let result = try CLI.run("validate", sihanoukville)
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
        #expect(result.stdout.hasPrefix("OK: \(sihanoukville): "))
        #expect(result.stdout.contains(" entities, ") && result.stdout.contains(" relationships, 2 sources"))
    }

    @Test("validate reports every problem of a bad file exactly", arguments: [
        "structure.yaml", "semantics.yaml", "syntax.yaml", "syntax.json", "types.json", "latin1.yaml", "empty.yaml", "version.yaml",
    ])
    func validateReportsProblems(file: String) throws {
        let path = "Tests/Fixtures/invalid/\(file)"
        let result = try CLI.run("validate", path)
        let expected = try String(contentsOfFile: CLI.repository + "/" + path + ".expected", encoding: .utf8)
        #expect(result.status == 1)
        #expect(result.stdout == expected)
    }

    @Test func validateJSONListsDiagnostics() throws {
        let result = try CLI.run("validate", "Tests/Fixtures/invalid/types.json", "--format", "json")
        #expect(result.status == 1)
        let object = try #require(try jsonObject(result.stdout) as? [String: Any])
        #expect(object["valid"] as? Bool == false)
        let diagnostics = try #require(object["diagnostics"] as? [[String: Any]])
        #expect(diagnostics.count == 3)
        #expect(diagnostics.first?["line"] as? Int == 4)
        #expect(diagnostics.first?["column"] as? Int == 43)
    }

    @Test func infoSummarizesTheGraph() throws {
        let result = try CLI.run("info", sihanoukville, "--format", "json")
        #expect(result.status == 0)
        let info = try #require(try jsonObject(result.stdout) as? [String: Any])
        let entities = try #require(info["entities"] as? Int)
        let kinds = try #require(info["entity_kinds"] as? [[String: Any]])
        #expect(kinds.reduce(0) { $0 + ($1["count"] as? Int ?? 0) } == entities)
        #expect(Set(kinds.compactMap { $0["kind"] as? String }).isSuperset(of: ["person", "company", "agency", "location", "nationality", "event", "offence", "outcome"]))
        let components = try #require(info["components"] as? [String: Any])
        #expect(components["count"] as? Int == 1)
        let sources = try #require(info["sources"] as? [[String: Any]])
        #expect(sources.map { $0["id"] as? String } == ["a1", "a2"])
        let table = try CLI.run("info", sihanoukville)
        #expect(table.stdout.hasPrefix("Sihanoukville crackdown, September 2022\n"))
    }

    @Test func pathExplainsEachHopWithCitations() throws {
        let result = try CLI.run("path", sihanoukville, "hun sen", "GALAXY WORLD")
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.hasPrefix("Hun Sen [person] to Galaxy World [company]: "))
        #expect(result.stdout.contains("—targeted→ Galaxy World [company]"))
        #expect(result.stdout.contains("cited: a1 ¶"))
        let json = try #require(try jsonObject(try CLI.run("path", sihanoukville, "hun-sen", "galaxy-world", "--format", "json").stdout) as? [String: Any])
        let hops = try #require(json["hops"] as? [[String: Any]])
        #expect(hops.count == json["length"] as? Int)
        let last = try #require(hops.last?["to"] as? [String: Any])
        #expect(last["id"] as? String == "galaxy-world")
        let csv = try CLI.run("path", sihanoukville, "hun-sen", "galaxy-world", "--format", "csv")
        #expect(csv.stdout.split(separator: "\r\n").count == hops.count + 1)
    }

    @Test func noPathIsAClearFailure() throws {
        let result = try CLI.run("path", sihanoukville, "hun-sen", "galaxy-world", "--relation", "holds_post")
        #expect(result.status == 1)
        #expect(result.stderr == "error: no path from Hun Sen [person] to Galaxy World [company] with these filters\n")
    }

    @Test func unknownEntitiesGetSuggestions() throws {
        let result = try CLI.run("show", sihanoukville, "Keo Vantan")
        #expect(result.status == 1)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr == "error: no entity named 'Keo Vantan'; did you mean 'keo-vanthan' (Keo Vanthan)?\n")
        let kind = try CLI.run("entities", sihanoukville, "--kind", "agncy")
        #expect(kind.status == 1)
        #expect(kind.stderr == "error: unknown entity kind 'agncy'; did you mean 'agency'?\n")
    }

    @Test func showListsRelationshipsBothWaysWithQuotes() throws {
        let result = try CLI.run("show", sihanoukville, "keo vanthan", "--format", "json")
        #expect(result.status == 0)
        let json = try #require(try jsonObject(result.stdout) as? [String: Any])
        let entity = try #require(json["entity"] as? [String: Any])
        #expect(entity["id"] as? String == "keo-vanthan")
        let relationships = try #require(json["relationships"] as? [[String: Any]])
        #expect(relationships.contains { ($0["kind"] as? String) == "holds_post" && ($0["direction"] as? String) == "out" })
        let cites = relationships.flatMap { ($0["cite"] as? [[String: Any]]) ?? [] }
        #expect(cites.contains { ($0["quote"] as? String)?.isEmpty == false })
    }

    @Test func neighborsAndEntitiesFilter() throws {
        let neighbors = try CLI.run("neighbors", sihanoukville, "General Department of Immigration", "--format", "json")
        #expect(neighbors.status == 0)
        let list = try #require(try jsonObject(neighbors.stdout) as? [[String: Any]])
        #expect(!list.isEmpty && list.allSatisfy { $0["depth"] as? Int == 1 })
        let deeper = try #require(try jsonObject(try CLI.run("neighbors", sihanoukville, "gdi", "--depth", "2", "--format", "json").stdout) as? [[String: Any]])
        #expect(deeper.count > list.count)
        let agencies = try CLI.run("entities", sihanoukville, "--kind", "agency", "--format", "csv")
        let rows = agencies.stdout.split(separator: "\r\n")
        #expect(rows.first == "id,name,kind,tags,aliases,date")
        #expect(rows.dropFirst().allSatisfy { $0.split(separator: ",").count >= 3 && $0.contains(",agency,") })
    }

    @Test func convertRoundTripsAndNeverClobbersOnFailure() throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        // Copy the case file beside its sources' relative path so its citations still resolve.
        let json = folder + "/case.json"
        #expect(try CLI.run("convert", sihanoukville, "-o", json).status == 0)
        let yaml = folder + "/case.yaml"
        #expect(try CLI.run("export", json, "-o", yaml).status == 0)
        let again = folder + "/again.json"
        #expect(try CLI.run("convert", yaml, "-o", again).status == 0)
        #expect(try String(contentsOfFile: json, encoding: .utf8) == String(contentsOfFile: again, encoding: .utf8))
        // Source paths are rewritten relative to where the output goes, so citations still resolve.
        let check = try CLI.run("validate", json)
        #expect(check.status == 0 && !check.stdout.contains("warning"), "\(check.stdout)")
        let stdout = try CLI.run("convert", sihanoukville, "-o", "-", "--to", "json")
        #expect(stdout.stdout.contains("\"file\": \"../shared/seeds/000_9963555c005b6f19.txt\""))
        // A failing conversion leaves an existing output untouched.
        try "precious".write(toFile: again, atomically: true, encoding: .utf8)
        let failed = try CLI.run("convert", "Tests/Fixtures/invalid/semantics.yaml", "-o", again)
        #expect(failed.status == 1)
        #expect(try String(contentsOfFile: again, encoding: .utf8) == "precious")
        let missingFolder = try CLI.run("convert", sihanoukville, "-o", folder + "/no/such/dir/x.json")
        #expect(missingFolder.status == 1)
        #expect(missingFolder.stderr.contains("does not exist"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder).allSatisfy { !$0.contains(".tmp-") })
    }

    @Test func usageErrorsExitWith64() throws {
        #expect(try CLI.run("info").status == 64)
        #expect(try CLI.run("convert", sihanoukville, "-o", "x.txt").status == 64)
        #expect(try CLI.run("neighbors", sihanoukville, "gdi", "--depth", "0").status == 64)
        #expect(try CLI.run("frobnicate").status == 64)
        let missing = try CLI.run("info", "no-such-file.yaml")
        #expect(missing.status == 1)
        #expect(missing.stderr.hasPrefix("no-such-file.yaml: error: no such file\n"))
    }
}
