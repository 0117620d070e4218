import CrimeGraph
import Testing

@testable import CrimeGraphMerge

@Suite("Name normalization and matching")
struct NameMatchingTests {
    @Test("romanization variants share a key", arguments: [
        ("chhay", "chay"), ("chhay", "chhai"), ("kheng", "keng"), ("vanthan", "wanthan"), ("sihanouk", "sihanuk"),
        ("seihanouk", "sihanouk"), ("sokhah", "sokha"), ("qian", "chian"),
    ])
    func transliterationKeys(a: String, b: String) {
        #expect(Transliteration.key(a) == Transliteration.key(b))
    }

    @Test("different names keep different keys", arguments: [("sokha", "sokun"), ("wentian", "wenjie"), ("i", "iv"), ("3", "4")])
    func distinctKeys(a: String, b: String) {
        #expect(Transliteration.key(a) != Transliteration.key(b))
    }

    private func match(_ a: String, _ b: String, kind: EntityKind = .person) -> NameMatch? {
        guard let first = NameVariant(a, kind: kind, isAlias: false), let second = NameVariant(b, kind: kind, isAlias: false) else { return nil }
        return NameSimilarity.compare(first, second, kind: kind)
    }

    private func describe(_ a: String, _ b: String, kind: EntityKind = .person) -> String? {
        guard let first = NameVariant(a, kind: kind, isAlias: false), let second = NameVariant(b, kind: kind, isAlias: false),
              let match = NameSimilarity.compare(first, second, kind: kind) else { return nil }
        return NameSimilarity.describe(match, first, second)
    }

    @Test func theLadderOfRules() throws {
        #expect(try #require(match("Sar Kheng", "Sar Kheng")).score == 1.0)
        #expect(try #require(match("Quách Văn Đức", "Quach Van Duc")).rule == .sameFoldedName)
        let titled = try #require(match("Sar Kheng", "Samdech Kralahom Sar Kheng"))
        #expect(titled.rule == .sameNameWithoutTitles && titled.score == 0.93)
        #expect(describe("Sar Kheng", "Samdech Kralahom Sar Kheng") == "same name without 'samdech kralahom': 'sar kheng'")
        let company = try #require(match("Jing Chhay Technology", "Jing Chhay Technology Co., Ltd.", kind: .company))
        #expect(company.rule == .sameNameWithoutTitles && company.score == 0.93)
        #expect(describe("Jing Chhay Technology", "Jing Chhay Technology Co., Ltd.", kind: .company) == "same name without 'co ltd': 'jing chhay'")
        // Business words that differ may mean sister companies: a weaker match.
        #expect(try #require(match("Prince Trading", "Prince Holdings", kind: .company)).score == 0.80)
        #expect(describe("Wang Wentian", "Wang Wentain") == "similar spelling: 'wentian' ~ 'wentain'")
        #expect(try #require(match("Wang Wentian", "Wentian Wang")).rule == .reorderedWords)
        #expect(try #require(match("Chhay Sokha", "Chay Sokha")).score == 0.87)
        let initials = try #require(match("GDI", "General Department of Immigration", kind: .agency))
        #expect(initials.rule == .initials && initials.score == 0.80)
        let typo = try #require(match("Wang Wentian", "Wang Wentain"))
        #expect(typo.rule == .similarSpelling && typo.score > 0.7 && typo.score < 0.85)
        #expect(try #require(match("Ministry of Interior", "Ministry of the Interior", kind: .agency)).score == 0.93)
    }

    @Test func negativesStayBelowTheDefaultThreshold() {
        for (a, b, kind) in [("Sar Kheng", "Sar Sokun", EntityKind.person), ("Wang Wentian", "Wang Wenjie", .person),
                             ("Jing Chhay Technology", "Jing Hong Technology", .company), ("Galaxy World", "Galaxy Hotel", .company),
                             ("Commune I", "Commune IV", .location), ("Village 3", "Village 4", .location),
                             ("Illegal gambling", "Illegal online gambling", .offence)] {
            #expect((match(a, b, kind: kind)?.score ?? 0) < 0.6, "\(a) ~ \(b)")
        }
    }

    @Test func honorificsAndLegalFormsDependOnKind() throws {
        // "General" is an honorific before a person's name, not part of an agency's.
        let agency = try #require(NameVariant("General Department of Immigration", kind: .agency, isAlias: false))
        #expect(agency.core == ["general", "department", "immigration"])
        let person = try #require(NameVariant("General Sao Sokha", kind: .person, isAlias: false))
        #expect(person.core == ["sao", "sokha"])
        let company = try #require(NameVariant("The Prince Group Co., Ltd.", kind: .company, isAlias: false))
        #expect(company.core == ["prince"])
    }

    @Test func singleWordsAndRolesCountLittle() throws {
        #expect(try #require(match("Wang", "Wang")).score == 0.55)
        #expect(NameVariant("the minister", kind: .person, isAlias: true) == nil)
        #expect(NameVariant("Chinese ambassador to Cambodia", kind: .person, isAlias: true) == nil)
        #expect(try #require(match("LICADHO", "Licadho", kind: .organization)).score == 0.97)
    }
}
