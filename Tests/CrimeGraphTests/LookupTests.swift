import Testing

@testable import CrimeGraph

@Suite("Lookup and suggestions")
struct LookupTests {
    @Test("names, aliases and ids resolve ignoring case, accents and punctuation", arguments: [
        ("sar-kheng", 0), ("Sar Kheng", 0), ("SAR  KHENG", 0), ("samdech kralahom sar kheng", 0), ("moi", 1), ("MoI", 1),
        ("ministry of interior", 1), ("Quach Van Duc", 3), ("quách văn đức", 3), ("QUÁCH-VĂN-ĐỨC", 3),
    ])
    func resolves(query: String, expected: Int) throws {
        let graph = try Graph.build([sampleFile()])
        #expect(try graph.resolve(query) == expected)
    }

    @Test func unknownNamesGetSuggestions() throws {
        let graph = try Graph.build([sampleFile()])
        #expect(throws: LookupError.notFound(query: "Sar Keng", suggestions: ["'sar-kheng' (Sar Kheng)"])) {
            try graph.resolve("Sar Keng")
        }
        #expect(throws: LookupError.notFound(query: "ministry", suggestions: ["'moi' (Ministry of Interior)"])) {
            try graph.resolve("ministry")
        }
        #expect(graph.suggestions(for: "zzzzzzzz").isEmpty)
    }

    @Test func ambiguousNamesListCandidates() throws {
        var file = sampleFile()
        file.entities.append(Entity(id: "sar-kheng-2", kind: .person, name: "Sar Kheng"))
        let graph = try Graph.build([file])
        #expect(throws: LookupError.ambiguous(query: "sar kheng", candidates: ["sar-kheng (Sar Kheng, person)", "sar-kheng-2 (Sar Kheng, person)"])) {
            try graph.resolve("sar kheng")
        }
        #expect(try graph.resolve("sar-kheng-2") == 4)
    }

    @Test func foldingAndEditDistance() {
        #expect(TextFolding.fold("  Jing-Chhay   Technology Co., Ltd. ") == "jing chhay technology co ltd")
        #expect(TextFolding.fold("Đặng Thị Ngọc Thịnh") == "dang thi ngoc thinh")
        #expect(TextFolding.fold("王文天") == "王文天")
        #expect(TextFolding.fold("ព្រះសីហនុ") == TextFolding.fold("ព្រះសីហនុ"))
        func distance(_ a: String, _ b: String) -> Int {
            Suggestions.editDistance(Array(a.unicodeScalars), Array(b.unicodeScalars))
        }
        #expect(distance("kitten", "sitting") == 3)
        #expect(distance("galaxy", "galxay") == 1)  // one adjacent transposition
        #expect(distance("flaw", "lawn") == 2)
        #expect(distance("ab", "ba") == 1)
        #expect(distance("", "abc") == 3)
    }
}
