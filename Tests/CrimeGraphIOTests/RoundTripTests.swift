import CrimeGraph
import Foundation
import Testing

@testable import CrimeGraphIO

/// Case files compared by content, ignoring where things were written.
func sameContent(_ a: CaseFile, _ b: CaseFile) -> Bool {
    a.title == b.title && a.description == b.description && a.isDirected == b.isDirected && a.weightMeaning == b.weightMeaning
        && a.kinds == b.kinds && a.relationKinds == b.relationKinds
        && a.sources.count == b.sources.count && zip(a.sources, b.sources).allSatisfy { $0.isEquivalent(to: $1) }
        && a.entities.count == b.entities.count && zip(a.entities, b.entities).allSatisfy { $0.isEquivalent(to: $1) }
        && a.relationships.count == b.relationships.count
        && zip(a.relationships, b.relationships).allSatisfy { $0.isEquivalent(to: $1) && $0.hasGeneratedID == $1.hasGeneratedID }
}

func decode(_ text: String, _ format: CaseFileReader.Format, file: String = "memory") throws -> CaseFile {
    try CaseFileReader.decode(Array(text.utf8), file: file, format: format)
}

@Suite("Round trips")
struct RoundTripTests {
    @Test func sihanoukvilleSurvivesYAMLAndJSON() throws {
        let original = try CaseFileReader.read(path: Fixtures.sihanoukville)
        let json = CaseFileEncoder.json(original)
        let fromJSON = try decode(json, .json, file: Fixtures.sihanoukville)
        #expect(sameContent(original, fromJSON))
        let yaml = CaseFileEncoder.yaml(fromJSON)
        let fromYAML = try decode(yaml, .yaml, file: Fixtures.sihanoukville)
        #expect(sameContent(original, fromYAML))
        // Writing is deterministic and idempotent.
        #expect(CaseFileEncoder.yaml(fromYAML) == yaml)
        #expect(CaseFileEncoder.json(fromYAML) == json)
    }

    /// Strings full of YAML and JSON metacharacters, scripts and controls.
    static let awkward = [
        "", " leading", "trailing ", "yes", "No", "null", "~", "true", "1984", "-5", "+1", ".5", "0x1F", "1e3", "2022-09-27",
        "a: b", "a #b", "#x", "- item", "? q", "[x]", "{y}", "a, b", "*alias", "&anchor", "!tag", "|", ">", "%", "@at", "`tick`",
        "quote \" and \\ backslash", "it's", "line\nbreak", "tab\there", "\u{7}bell", "\u{85}nel", "\u{2028}ls",
        "王文天", "ព្រះសីហនុ", "Quách Văn Đức", "עברית\u{202E}rtl", "e\u{301}", "=HYPERLINK(\"x\")", "<script>alert(1)</script>",
        "\\N \\G \\E \\L", "emoji 😀",
    ]

    @Test("awkward strings read back unchanged in YAML and JSON", arguments: awkward)
    func awkwardStrings(text: String) throws {
        guard !text.isEmpty else { return }
        var file = CaseFile(title: text, description: text)
        file.entities = [
            Entity(id: "e", kind: .person, name: text, aliases: [text], properties: ["note": .string(text), "list": .list([.string(text), .integer(1)])],
                   citations: [Citation(source: "s", paragraph: 1, quote: text)])
        ]
        file.sources = [Source(id: "s", title: text, publisher: text, notes: text)]
        for format in CaseFileReader.Format.allCases {
            let text = format == .json ? CaseFileEncoder.json(file) : CaseFileEncoder.yaml(file)
            let back = try decode(text, format)
            #expect(sameContent(file, back), "\(format): \(text)")
        }
    }

    @Test("random case files round-trip", arguments: 0..<20)
    func randomCaseFiles(seed: Int) throws {
        var generator = SeededGenerator(seed: UInt64(seed))
        func pick() -> String { Self.awkward.filter { !$0.isEmpty }.randomElement(using: &generator) ?? "x" }
        var file = CaseFile(title: pick(), weightMeaning: .strength)
        file.sources = [Source(id: "src", title: pick(), date: CaseDate(iso: "2022-09"), reliability: AdmiraltyCode("C3"))]
        for index in 0..<10 {
            var entity = Entity(id: "e\(index)", kind: [.person, .company, .event][index % 3], name: pick(), tags: ["t\(index % 2)"])
            if index % 2 == 0 { entity.date = CaseDate(iso: "2022-09-\(10 + index)/2022-10") }
            if index % 3 == 0, let start = PartialDate(year: 2022, month: 9) {
                entity.date = CaseDate(start: start, qualifier: .approximately, text: pick())
            }
            entity.properties["figure"] = .quantity(Quantity(
                value: Double(Int.random(in: -5_000...5_000, using: &generator)) / 8, unit: "USD",
                qualifier: Quantity.Qualifier.allCases.randomElement(using: &generator) ?? .exact, text: pick(),
                citations: [Citation(source: "src", paragraph: index + 1)]))
            entity.properties["flag"] = .boolean(index % 2 == 0)
            entity.properties["ratio"] = .number(Double(index) + 0.25)
            entity.citations = [Citation(source: "src", paragraph: 1, quote: pick())]
            file.entities.append(entity)
        }
        for index in 0..<15 {
            let id = index % 4 == 0 ? "r\(index)" : nil
            file.relationships.append(Relationship(
                id: id, from: "e\(index % 10)", to: "e\((index * 7) % 10)", kind: "associated_with",
                weight: index % 2 == 0 ? Double(index) : nil, properties: ["p": .string(pick())]))
        }
        for format in CaseFileReader.Format.allCases {
            let text = format == .json ? CaseFileEncoder.json(file) : CaseFileEncoder.yaml(file)
            #expect(sameContent(file, try decode(text, format)), "\(format)")
        }
    }

    /// libyaml drops U+FEFF (the byte-order mark) even when it is escaped inside a quoted
    /// string, so only JSON keeps it; a known limit of YAML case files.
    @Test func byteOrderMarkInsideStringsSurvivesJSON() throws {
        let file = CaseFile(title: "\u{FEFF}bom")
        #expect(try decode(CaseFileEncoder.json(file), .json).title == "\u{FEFF}bom")
        #expect(try decode(CaseFileEncoder.yaml(file), .yaml).title == "bom")
    }

    @Test func failedWritesLeaveTheOldFileIntact() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("crimegraph-atomic-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let target = folder + "/out.json"
        try AtomicFile.write("old", to: target)
        try AtomicFile.write("new", to: target)
        #expect(try String(contentsOfFile: target, encoding: .utf8) == "new")
        // A read-only folder: the write fails and the old file stays.
        chmod(folder, 0o500)
        defer { chmod(folder, 0o700) }
        if geteuid() != 0 {
            #expect(throws: AtomicFile.WriteError.self) { try AtomicFile.write("newer", to: target) }
            #expect(try String(contentsOfFile: target, encoding: .utf8) == "new")
        }
        #expect(throws: AtomicFile.WriteError.self) { try AtomicFile.write("x", to: folder + "/missing/out.json") }
        #expect(throws: AtomicFile.WriteError.self) { try AtomicFile.write("x", to: folder) }
        chmod(folder, 0o700)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.contains(".tmp-") }
        #expect(leftovers.isEmpty)
    }
}
