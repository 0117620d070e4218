import Foundation
import Testing

/// End-to-end tests of `duplicates`, `merge`, `diff` and `conflicts` on the merge fixtures.
@Suite("crimegraph duplicates, merge, diff, conflicts")
struct MergeCommandsTests {
    static let fixtures = "Tests/Fixtures/merge/"
    static let caseFiles = ["case-a.yaml", "case-b.yaml", "case-c.yaml"].map { fixtures + $0 }

    @Test func duplicatesListsTheKnownPairsWithScores() throws {
        let result = try CLI.run(["duplicates"] + Self.caseFiles + ["--format", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        let object = try #require(try jsonObject(result.stdout) as? [String: Any])
        let candidates = try #require(object["candidates"] as? [[String: Any]])
        let pairs = candidates.map { candidate -> String in
            let first = (candidate["first"] as? [String: Any])?["id"] as? String ?? ""
            let second = (candidate["second"] as? [String: Any])?["id"] as? String ?? ""
            return "\(first) \(second) \(candidate["score"] as? Double ?? 0)"
        }
        #expect(pairs == [
            "quach-van-duc quach-van-duc-cw 1.0", "jing-chhay-technology jing-chhay-technology-co-ltd 0.96",
            "sar-kheng samdech-sar-kheng 0.93", "galaxy-world galaxy-world-co-ltd 0.93", "wang-wentian wentian-wang 0.9",
            "chhay-sokha chay-sokha 0.9",
        ])
        let reasons = try #require(candidates.first?["reasons"] as? [[String: Any]])
        #expect(reasons.first?["code"] as? String == "same_folded_name")
        let table = try CLI.run(["duplicates"] + Self.caseFiles + ["--top", "1"])
        #expect(table.stdout.hasPrefix("6 candidate pairs among 21 entities"))
        #expect(table.stdout.contains("1. 1.00  person  quach-van-duc \"Quách Văn Đức\"  ~  quach-van-duc-cw \"Quach Van Duc\"\n"))
        #expect(table.stdout.contains("     +0.97  same name ignoring case, accents and punctuation: 'quach van duc'\n"))
    }

    @Test func aMergeReplayedFromItsDecisionsIsIdentical() throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let first = try CLI.run(["merge"] + Self.caseFiles + ["--accept-above", "0.85", "--write-map", folder + "/applied.yaml", "-o", folder + "/merged.yaml"])
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stdout.hasPrefix("Merged 3 files into \(folder)/merged.yaml: 15 entities (6 absorbed), 11 relationships\n"))
        let replay = try CLI.run(["merge"] + Self.caseFiles + ["--map", folder + "/applied.yaml", "-o", folder + "/replayed.yaml"])
        #expect(replay.status == 0, "\(replay.stderr)")
        let merged = try String(contentsOfFile: folder + "/merged.yaml", encoding: .utf8)
        #expect(merged == (try String(contentsOfFile: folder + "/replayed.yaml", encoding: .utf8)))
        #expect(merged.contains("absorbed_ids: [samdech-sar-kheng]"))
        // The merged file is a valid case whose sources are found from where it was written.
        let check = try CLI.run("validate", folder + "/merged.yaml")
        #expect(check.status == 0, "\(check.stdout)\(check.stderr)")
        #expect(check.stdout.contains("15 entities, 11 relationships, 4 sources"))
    }

    @Test func duplicatesDraftsADecisionsFileForMerge() throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let draft = try CLI.run(["duplicates"] + Self.caseFiles + ["--decisions", folder + "/d.yaml", "--accept-above", "0.95"])
        #expect(draft.status == 0)
        #expect(draft.stderr.contains("wrote \(folder)/d.yaml: 2 to merge, 4 pending review"))
        let merged = try CLI.run(["merge"] + Self.caseFiles + ["--map", folder + "/d.yaml", "-o", folder + "/m.json", "--format", "json"])
        #expect(merged.status == 0, "\(merged.stderr)")
        let summary = try #require(try jsonObject(merged.stdout) as? [String: Any])
        let groups = try #require(summary["groups"] as? [[String: Any]])
        #expect(groups.compactMap { $0["keep"] as? String } == ["jing-chhay-technology", "quach-van-duc"])
        #expect(summary["entities"] as? Int == 19)
        #expect(FileManager.default.fileExists(atPath: folder + "/m.json"))
    }

    @Test("bad decisions and conflicting kinds are errors naming file and line", arguments: [
        ("bad/decisions-unknown.yaml", "Tests/Fixtures/merge/bad/decisions-unknown.yaml:5:14: error: unknown entity 'samdech-sar-khen'"),
        ("bad/decisions-cycle.yaml", "Tests/Fixtures/merge/bad/decisions-cycle.yaml:7:14: error: absorption cycle: "),
    ])
    func badDecisions(file: String, message: String) throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let result = try CLI.run(["merge"] + Self.caseFiles + ["--map", Self.fixtures + file, "-o", folder + "/m.yaml"])
        #expect(result.status == 1)
        #expect(result.stderr.contains(message), "\(result.stderr)")
        #expect(!FileManager.default.fileExists(atPath: folder + "/m.yaml"))
    }

    @Test func oneIDWithTwoKindsIsAnError() throws {
        let result = try CLI.run("merge", Self.fixtures + "case-a.yaml", Self.fixtures + "bad/kind-conflict.yaml", "-o", "-", "--to", "yaml")
        #expect(result.status == 1)
        #expect(result.stderr.contains(
            "Tests/Fixtures/merge/bad/kind-conflict.yaml:6:5: error: entity 'galaxy-world' is a location here but a company at Tests/Fixtures/merge/case-a.yaml:47:5"))
        #expect(result.stdout.isEmpty)
    }

    @Test func mergeNeedsAnOutput() throws {
        #expect(try CLI.run(["merge"] + Self.caseFiles).status == 64)
        #expect(try CLI.run(["merge"] + Self.caseFiles + ["-o", "-"]).status == 64)
    }

    @Test func diffShowsChangesAsTableAndJSON() throws {
        let old = Self.fixtures + "versions/v1.yaml"
        let new = Self.fixtures + "versions/v2.yaml"
        let table = try CLI.run("diff", old, new)
        #expect(table.status == 0, "\(table.stderr)")
        #expect(table.stdout.hasPrefix("Entities: 1 added, 1 removed, 2 changed\n  + quach-van-duc  Quách Văn Đức [person]\n  - galaxy-world  Galaxy World [company]\n"))
        #expect(table.stdout.contains("      foreigners_found: 469 people → 470 people\n"))
        #expect(table.stdout.contains("      date: 2022-08 → 2022-07\n"))
        #expect(table.stdout.contains("      reliability: (none) → B2\n"))
        let json = try CLI.run("diff", old, new, "--format", "json")
        let object = try #require(try jsonObject(json.stdout) as? [String: Any])
        let summary = try #require(object["summary"] as? [String: [String: Int]])
        #expect(summary["relationships"] == ["added": 1, "removed": 1, "changed": 1])
        let entities = try #require(object["entities"] as? [String: Any])
        let changed = try #require(entities["changed"] as? [[String: Any]])
        let changes = try #require(changed.first?["changes"] as? [[String: Any]])
        #expect(changes.compactMap { $0["field"] as? String } == ["name", "property", "citations"])
        #expect(changes[1]["key"] as? String == "foreigners_found")
        #expect(try CLI.run("diff", old, old).stdout == "No differences.\n")
    }

    @Test func conflictsFindsNearlyNineHundredInTheSihanoukvilleData() throws {
        let result = try CLI.run("conflicts", sihanoukville)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.hasPrefix("2 conflicts\n\n1. sum: Three-day operation in Sihanoukville (operation-sihanoukville)\n"))
        #expect(result.stdout.contains("foreigners_rounded_up: ≈ 900 people (nearly 900) for the whole, but its 2 parts state 469 + 414 = 883 people (17 short)"))
        let json = try CLI.run("conflicts", sihanoukville, "--kind", "sum", "--format", "json")
        let object = try #require(try jsonObject(json.stdout) as? [String: Any])
        let conflicts = try #require(object["conflicts"] as? [[String: Any]])
        #expect(conflicts.count == 1)
        let claims = try #require(conflicts.first?["claims"] as? [[String: Any]])
        #expect(claims.compactMap { $0["value"] as? Int } == [900, 469, 414])
    }

    @Test func conflictsShowSourceGrades() throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        _ = try CLI.run(["merge"] + Self.caseFiles + ["--accept-above", "0.85", "-o", folder + "/merged.yaml"])
        let result = try CLI.run("conflicts", folder + "/merged.yaml", "--kind", "figures")
        #expect(result.stdout.contains("469 people  md1 ¶4 [B2] \"found 469 foreigners\""), "\(result.stdout)")
        #expect(result.stdout.contains("470 people  cw ¶3 [C3] \"uncovered 470 foreigners\""))
    }
}
