import CrimeGraph
import CrimeGraphIO
import Testing

@testable import CrimeGraphMerge

@Suite("Conflicting figures and dates")
struct ConflictTests {
    @Test func nearlyNineHundredAgainstTheRaidsInTheSihanoukvilleData() throws {
        let graph = try MergeFixtures.graph(MergeFixtures.sihanoukville)
        let conflicts = ConflictFinder.find(in: graph)
        #expect(conflicts.map(\.kind) == [.sum, .duration])
        let sum = try #require(conflicts.first)
        #expect(sum.subject == "operation-sihanoukville")
        #expect(sum.summary == "foreigners_rounded_up: ≈ 900 people (nearly 900) for the whole, but its 2 parts state 469 + 414 = 883 people (17 short)")
        #expect(sum.claims.map(\.subject) == ["operation-sihanoukville", "raid-jing-chhay", "raid-galaxy-world"])
        #expect(sum.claims.map(\.value) == [900, 469, 414])
        #expect(sum.claims.map { $0.citations.map(\.description) } == [["a1 ¶6"], ["a1 ¶9"], ["a1 ¶12"]])
        // "three-day operation" (¶6) against inspections dated September 19–22 (¶7): four days.
        #expect(conflicts[1].summary == "duration: 3 days (three-day), but the dates 2022-09-19/2022-09-22 span 4 days")
    }

    @Test func theMergedFixtureKeepsItsDisagreementsVisible() throws {
        let result = try CaseMerger.merge(try MergeFixtures.union(), options: MergeOptions(acceptAbove: 0.85))
        let conflicts = ConflictFinder.find(in: try GraphBuilderHelper.graph(result.caseFile))
        #expect(conflicts.map(\.kind) == [.sum, .dates, .figures])
        #expect(conflicts[0].summary == "foreigners_rounded_up: ≈ 900 people (nearly 900) for the whole, but its 2 parts state (469 or 470) + 414 = 883–884 people (16 short)")
        #expect(conflicts[1].summary == "date: 2022-09-19/2022-09-21 against 2022-09-12")
        #expect(conflicts[1].claims.map { $0.citations.map(\.description) } == [["md1 ¶3"], ["md2 ¶3"]])
        #expect(conflicts[2].summary == "foreigners_found: 469 people against 470 people")
        #expect(conflicts[2].claims.map { $0.citations.map(\.description) } == [["md1 ¶4"], ["cw ¶3"]])
    }

    @Test func boundsAndUnitsAreRespected() {
        let q = { (value: Double, qualifier: Quantity.Qualifier) in Quantity(value: value, unit: "people", qualifier: qualifier) }
        #expect(FigureConflicts.agree(q(2760, .atLeast), q(3000, .exact)))
        #expect(!FigureConflicts.agree(q(2760, .atLeast), q(2000, .exact)))
        #expect(FigureConflicts.agree(q(12, .vague), q(9, .exact)))
        #expect(!FigureConflicts.agree(q(900, .approximately), q(883, .exact)))
        let properties: PropertyList = ["amount": .list([.quantity(Quantity(value: 118_000_000, unit: "KHR")), .quantity(Quantity(value: 28_440, unit: "USD"))])]
        #expect(FigureConflicts.find(properties, subject: "x", name: "x", ownerCitations: []).isEmpty)
    }

    @Test func partsThatExceedTheWholeDisagreeEvenWhenIncomplete() throws {
        var file = CaseFile()
        file.entities = [
            Entity(id: "all", kind: .event, name: "Deportations", properties: ["deported": .quantity(Quantity(value: 100, unit: "people"))]),
            Entity(id: "one", kind: .event, name: "First flight", properties: ["deported": .quantity(Quantity(value: 120, unit: "people"))]),
            Entity(id: "two", kind: .event, name: "Second flight"),
        ]
        file.relationships = [Relationship(from: "one", to: "all", kind: "part_of"), Relationship(from: "two", to: "all", kind: "part_of")]
        let conflicts = ConflictFinder.find(in: try GraphBuilderHelper.graph(file))
        #expect(conflicts.map(\.summary) == ["deported: 100 people for the whole, but its part states 120 people (more than the whole)"])
    }

    @Test func datesOutsideTheirEventDisagree() throws {
        var file = CaseFile()
        file.entities = [
            Entity(id: "meeting", kind: .event, name: "Meeting", date: CaseDate(iso: "2022-09-27")),
            Entity(id: "minister", kind: .person, name: "Minister"),
            Entity(id: "talks", kind: .event, name: "Talks", date: CaseDate(iso: "2022-10")),
        ]
        file.relationships = [
            Relationship(from: "minister", to: "meeting", kind: "participated_in", date: CaseDate(iso: "2022-09-28")),
            Relationship(from: "meeting", to: "talks", kind: "part_of"),
        ]
        let conflicts = ConflictFinder.find(in: try GraphBuilderHelper.graph(file))
        #expect(conflicts.map(\.summary) == [
            "date: 2022-09-27, outside 2022-10 of 'Talks' it is part of",
            "date: 2022-09-28, outside 2022-09-27 of the event 'Meeting'",
        ])
    }
}
