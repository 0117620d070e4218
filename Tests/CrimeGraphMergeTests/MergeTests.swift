import CrimeGraph
import CrimeGraphIO
import Testing

@testable import CrimeGraphMerge

@Suite("Merging case files")
struct MergeTests {
    private func merged(acceptAbove: Double? = 0.85, decisions: MergeDecisions = MergeDecisions()) throws -> MergeResult {
        try CaseMerger.merge(try MergeFixtures.union(), options: MergeOptions(decisions: decisions, acceptAbove: acceptAbove))
    }

    @Test func recordsOfOneIDInSeveralFilesAreCombined() throws {
        let union = try MergeFixtures.union()
        #expect(union.combinedIDs == ["operation-sihanoukville", "raid-jing-chhay", "jing-chhay-technology"])
        let raid = try #require(union.caseFile.entities.first { $0.id == "raid-jing-chhay" })
        // 469 (Mekong Daily) and 470 (Coastal Wire) stay side by side, each with its citation.
        guard case .list(let figures) = raid.properties["foreigners_found"] else {
            Issue.record("expected two figures")
            return
        }
        #expect(figures.flatMap(\.quantities).map(\.value) == [469, 470])
        #expect(figures.flatMap(\.quantities).map { $0.citations.map(\.description) } == [["md1 ¶4"], ["cw ¶3"]])
        #expect(union.conflicts.map(\.id) == ["operation-sihanoukville", "raid-jing-chhay"])
        #expect(union.conflicts.map(\.fields) == [["date"], ["foreigners_found"]])
        let operation = try #require(union.caseFile.entities.first { $0.id == "operation-sihanoukville" })
        #expect(operation.date?.iso == "2022-09-19/2022-09-21")
        #expect(operation.properties["alternative_dates"] == .list([.string("2022-09-12 [md2 ¶3]")]))
    }

    @Test func acceptedDuplicatesAreAbsorbedKeepingEverything() throws {
        let result = try merged()
        #expect(result.groups.map(\.keeper) == ["sar-kheng", "wang-wentian", "jing-chhay-technology", "galaxy-world", "quach-van-duc", "chhay-sokha"])
        #expect(result.groups.map(\.absorbed) == [["samdech-sar-kheng"], ["wentian-wang"], ["jing-chhay-technology-co-ltd"],
                                                  ["galaxy-world-co-ltd"], ["quach-van-duc-cw"], ["chay-sokha"]])
        let file = result.caseFile
        #expect(file.entities.count == 15)
        let minister = try #require(file.entities.first { $0.id == "sar-kheng" })
        #expect(minister.aliases == ["Minister of Interior", "Samdech Kralahom Sar Kheng"])
        #expect(minister.citations.map(\.description) == ["md1 ¶2", "cw ¶2"])
        #expect(minister.properties["absorbed_ids"] == .list([.string("samdech-sar-kheng")]))
        // Relationships follow the entities that absorbed their ends; a tie stated three times is one, cited three times.
        let targeted = try #require(file.relationships.first { $0.from == "raid-jing-chhay" && $0.kind == "targeted" && $0.to == "jing-chhay-technology" })
        #expect(targeted.citations.map(\.description) == ["md1 ¶4", "cw ¶3", "md2 ¶2"])
        #expect(!file.relationships.contains { ["samdech-sar-kheng", "wentian-wang", "chay-sokha"].contains($0.from) })
        // Conflicting values of a joined relationship stay side by side.
        let post = try #require(file.relationships.first { $0.from == "quach-van-duc" && $0.kind == "holds_post" })
        #expect(post.properties["post"] == .list([.string("recruitment manager"), .string("recruiter")]))
        #expect(result.conflicts.map(\.id) == ["operation-sihanoukville", "raid-jing-chhay", "quach-van-duc--holds_post--jing-chhay-technology"])
        // The merged file is a valid case.
        var builder = GraphBuilder()
        builder.add(file)
        #expect(throws: Never.self) { try builder.build() }
    }

    @Test func replayingTheDecisionsGivesIdenticalOutput() throws {
        let first = try merged()
        let written = DecisionsWriter.yaml(first.decisions)
        let decisions = try DecisionsReader.decode(written, file: "applied.yaml")
        let replay = try merged(acceptAbove: nil, decisions: decisions)
        let destination = MergeFixtures.path("merged.yaml")
        #expect(CaseFileEncoder.yaml(first.relocated(to: destination)) == CaseFileEncoder.yaml(replay.relocated(to: destination)))
        #expect(DecisionsWriter.yaml(replay.decisions) == written)
        #expect(replay.groups.allSatisfy { $0.isFromDecisions })
    }

    @Test func distinctDecisionsStopAutomaticMerges() throws {
        let decisions = MergeDecisions(distinct: [MergeDecisions.Distinct(ids: ["wang-wentian", "wentian-wang"])])
        let result = try merged(decisions: decisions)
        #expect(!result.groups.contains { $0.keeper == "wang-wentian" })
        #expect(result.decisions.distinct.map(\.ids) == [["wang-wentian", "wentian-wang"]])
    }

    @Test func chainsOfAbsorptionsEndInOneEntity() throws {
        let decisions = MergeDecisions(merges: [
            MergeDecisions.Merge(keep: "chhay-sokha", absorb: ["chay-sokha"]),
            MergeDecisions.Merge(keep: "sar-kheng", absorb: ["chhay-sokha"]),
        ])
        let result = try merged(acceptAbove: nil, decisions: decisions)
        #expect(result.groups.map(\.keeper) == ["sar-kheng"])
        #expect(result.groups.first?.absorbed == ["chhay-sokha", "chay-sokha"])
    }

    @Test func sameAsBetweenMergedRecordsIsDropped() throws {
        var extra = CaseFile(path: "extra.yaml")
        extra.relationships = [Relationship(from: "sar-kheng", to: "samdech-sar-kheng", kind: "same_as")]
        let union = try CaseUnion.combine(try MergeFixtures.union().inputs + [extra])
        let result = try CaseMerger.merge(union, options: MergeOptions(acceptAbove: 0.85))
        #expect(result.droppedRelationships == ["sar-kheng--same_as--samdech-sar-kheng"])
    }

    @Test func recordsOfOneIDNamedDifferentlyKeepBothNames() throws {
        var first = CaseFile(path: "one.yaml")
        first.entities = [Entity(id: "town", kind: .location, name: "Sihanoukville", aliases: ["Kampong Som"])]
        var second = CaseFile(path: "two.yaml")
        second.entities = [Entity(id: "town", kind: .location, name: "Preah Sihanouk", tags: ["city"])]
        let union = try CaseUnion.combine([first, second])
        let town = try #require(union.caseFile.entities.first)
        #expect(town.name == "Sihanoukville")
        #expect(town.aliases == ["Kampong Som", "Preah Sihanouk"])
        #expect(town.tags == ["city"])
        #expect(union.conflicts == [KeptConflict(id: "town", element: .entity, fields: ["name"])])
    }

    @Test func draftDecisionsSplitByScore() {
        let candidates = [
            DuplicateCandidate(first: "a", second: "b", kind: .person, firstName: "A", secondName: "B", score: 0.95, reasons: []),
            DuplicateCandidate(first: "c", second: "d", kind: .person, firstName: "C", secondName: "D", score: 0.7, reasons: []),
        ]
        let draft = MergeDecisions.draft(from: candidates, acceptAbove: 0.9)
        #expect(draft.merges.map(\.keep) == ["a"])
        #expect(draft.pending.map(\.keep) == ["c"])
    }
}
