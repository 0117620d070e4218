import CrimeGraph
import CrimeGraphIO
import Testing

@testable import CrimeGraphMerge

@Suite("Duplicate candidates")
struct DuplicateFinderTests {
    /// The known duplicates of the three-file fixture (Tests/Fixtures/merge/README.md), with the
    /// score each must get and the rule that must find it.
    static let expected: [(first: String, second: String, score: Double, rule: MatchReason.Code)] = [
        ("quach-van-duc", "quach-van-duc-cw", 1.00, .sameFoldedName),
        ("jing-chhay-technology", "jing-chhay-technology-co-ltd", 0.96, .sameNameWithoutTitles),
        ("sar-kheng", "samdech-sar-kheng", 0.93, .sameNameWithoutTitles),
        ("galaxy-world", "galaxy-world-co-ltd", 0.93, .sameNameWithoutTitles),
        ("wang-wentian", "wentian-wang", 0.90, .reorderedWords),
        ("chhay-sokha", "chay-sokha", 0.90, .transliteration),
    ]

    @Test func findsExactlyTheKnownDuplicatesOfTheSplitCase() throws {
        let union = try MergeFixtures.union()
        let report = DuplicateFinder.find(in: union.graph)
        let found = report.candidates.map { ($0.first, $0.second, $0.score, $0.reasons.first?.code) }
        #expect(found.count == Self.expected.count)
        for (index, expectation) in Self.expected.enumerated() where index < found.count {
            #expect(found[index].0 == expectation.first)
            #expect(found[index].1 == expectation.second)
            #expect(found[index].2 == expectation.score)
            #expect(found[index].3 == expectation.rule)
        }
        #expect(report.comparedPairs < union.graph.entityCount * (union.graph.entityCount - 1) / 2)
    }

    @Test func reasonsExplainTheScore() throws {
        let report = DuplicateFinder.find(in: try MergeFixtures.union().graph)
        let duc = try #require(report.candidates.first { $0.first == "quach-van-duc" })
        #expect(duc.reasons.map(\.text) == [
            "same name ignoring case, accents and punctuation: 'quach van duc'", "same nationality: Vietnamese",
            "both tied to 'Jing Chhay Technology'",
        ])
        #expect(duc.reasons.map(\.weight) == [0.97, 0.03, 0.03])
        let sokha = try #require(report.candidates.first { $0.first == "chhay-sokha" })
        #expect(sokha.reasons.first?.text == "transliteration variant: 'chhay' ~ 'chay'")
    }

    @Test func negativesAreNotCandidates() throws {
        let report = DuplicateFinder.find(in: try MergeFixtures.union().graph)
        let pairs = Set(report.candidates.map { "\($0.first) \($0.second)" })
        for negative in ["sar-kheng sar-sokun", "wang-wentian wang-wenjie", "wentian-wang wang-wenjie",
                         "jing-chhay-technology jing-hong-technology", "galaxy-world galaxy-hotel"] {
            #expect(!pairs.contains(negative), "\(negative)")
        }
    }

    @Test func theSihanoukvilleCaseHasNoDuplicates() throws {
        let graph = try MergeFixtures.graph(MergeFixtures.sihanoukville)
        #expect(DuplicateFinder.find(in: graph).candidates.isEmpty)
    }

    @Test func initialsPairAnAcronymWithItsLongName() throws {
        var file = CaseFile()
        file.entities = [
            Entity(id: "gdi", kind: .agency, name: "GDI"),
            Entity(id: "immigration", kind: .agency, name: "General Department of Immigration"),
            Entity(id: "roads", kind: .agency, name: "Department of Roads"),
            Entity(id: "revenue", kind: .agency, name: "Directorate of Revenue"),
        ]
        let report = DuplicateFinder.find(in: try GraphBuilderHelper.graph(file), options: DuplicateOptions(minimumScore: 0.5))
        #expect(report.candidates.map { "\($0.first) \($0.second) \($0.score)" } == ["gdi immigration 0.8"])
        // Long names sharing only their initials ("DR") are not even compared.
        #expect(report.comparedPairs == 1)
    }

    @Test func evidenceAddsAndSubtracts() throws {
        var file = CaseFile()
        file.entities = [
            Entity(id: "a", kind: .person, name: "Chen Wei", properties: ["date_of_birth": .string("1970-01-01")]),
            Entity(id: "b", kind: .person, name: "Chen Wei", properties: ["date_of_birth": .string("1985-05-05")]),
            Entity(id: "c", kind: .event, name: "Raid on Tower A", date: CaseDate(iso: "2022-09-19")),
            Entity(id: "d", kind: .event, name: "Raid on Tower A", date: CaseDate(iso: "2023-01-02")),
        ]
        file.relationships = [Relationship(from: "a", to: "b", kind: "same_as")]
        let report = DuplicateFinder.find(in: try GraphBuilderHelper.graph(file), options: DuplicateOptions(minimumScore: 0))
        let people = try #require(report.candidates.first { $0.first == "a" })
        #expect(people.reasons.map(\.code) == [.sameName, .declaredSameAs, .differentProperty])
        #expect(people.score == 0.90)
        let raids = try #require(report.candidates.first { $0.first == "c" })
        #expect(raids.reasons.map(\.code) == [.sameName, .datesDiffer])
        #expect(raids.score == 0.75)
    }

    /// Blocking must never lose a pair that a strong rule (score ≥ 0.85) matches: checked
    /// against scoring every pair, on seeded random names with injected variants.
    @Test("blocking finds every strong pair all-pairs scoring finds", arguments: [1, 2, 3] as [UInt64])
    func blockingLosesNoStrongPair(seed: UInt64) throws {
        var random = SeededGenerator(seed: seed)
        let surnames = ["Wang", "Chen", "Sok", "Chhay", "Nguyen", "Sar", "Keo", "Lim"]
        let syllables = ["wen", "tian", "kheng", "sokha", "vann", "duc", "minh", "jie", "rith", "dara"]
        var file = CaseFile()
        for index in 0..<300 {
            let surname = surnames[random.next(below: surnames.count)]
            let given = (syllables[random.next(below: syllables.count)] + syllables[random.next(below: syllables.count)]).capitalized
            var name = "\(surname) \(given)"
            switch random.next(below: 6) {
            case 0: name = "\(given) \(surname)"
            case 1: name = "Samdech " + name
            case 2: name = name.replacingOccurrences(of: "Chh", with: "Ch")
            default: break
            }
            file.entities.append(Entity(id: "p\(index)", kind: .person, name: name))
        }
        let graph = try GraphBuilderHelper.graph(file)
        let blocked = Set(DuplicateFinder.find(in: graph, options: DuplicateOptions(minimumScore: 0.85)).candidates.map { "\($0.first) \($0.second)" })
        let variants = (0..<graph.entityCount).map { NameVariant.all(name: graph.name(of: $0), aliases: [], kind: .person) }
        var allPairs = Set<String>()
        for a in 0..<graph.entityCount {
            for b in (a + 1)..<graph.entityCount {
                if let candidate = DuplicateFinder.score(a, b, in: graph, variants: variants, sameAs: false), candidate.score >= 0.85 {
                    allPairs.insert("\(candidate.first) \(candidate.second)")
                }
            }
        }
        #expect(!allPairs.isEmpty)
        #expect(allPairs.subtracting(blocked).isEmpty)
    }
}

/// Builds a graph from a case file made in a test.
enum GraphBuilderHelper {
    static func graph(_ file: CaseFile) throws -> Graph {
        var builder = GraphBuilder()
        builder.add(file)
        return try builder.build()
    }
}
