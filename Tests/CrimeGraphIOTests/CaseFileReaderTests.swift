import CrimeGraph
import Testing

@testable import CrimeGraphIO

@Suite("Case-file reading and validation")
struct CaseFileReaderTests {
    /// Diagnostics of loading `relative`, as `line:column: severity: message` with the path removed.
    func diagnostics(_ relative: String) -> [String] {
        do {
            _ = try GraphLoader.load([Fixtures.path(relative)])
            return []
        } catch {
            return error.diagnostics.map { "\($0.location.line):\($0.location.column): \($0.severity.rawValue): \($0.message)" }
        }
    }

    @Test func validFileLoadsWithDetails() throws {
        let loaded = try GraphLoader.load([Fixtures.path("Tests/Fixtures/valid/small.yaml")])
        #expect(loaded.warnings.isEmpty)
        let graph = loaded.graph
        let raid = try graph.resolve("raid on example tower")
        #expect(graph.date(ofEntity: raid)?.iso == "2023-03-03")
        let found = try #require(graph.properties(ofEntity: raid)["people_found"]?.quantities.first)
        #expect(found.value == 42)
        #expect(found.citations == [Citation(source: "art", paragraph: 2, quote: "found 42 people")])
        #expect(graph.sources.first?.reliability?.description == "B2")
        #expect(try graph.resolve("Example Holdings Co Ltd") == graph.index(ofEntity: "holdings"))
    }

    @Test func structuralErrorsAllReportedWithPositions() {
        #expect(diagnostics("Tests/Fixtures/invalid/structure.yaml") == [
            "2:1: error: the case file: unknown field 'titel'; did you mean 'title'?",
            "4:94: error: source 'art': reliability 'Z9' is not an Admiralty code: a letter A–F and a digit 1–6, such as B2",
            "6:9: error: entity id 'Police Force' is not a valid id: use lowercase letters, digits, '.', '_' or '-' (e.g. 'police-force')",
            "12:11: error: entity 'raid': date: malformed date '2023-02-30': expected YYYY, YYYY-MM, YYYY-MM-DD or a range FROM/TO that does not end before it starts",
            "14:29: error: entity 'raid': property 'people_found': value must be a number, found a string '42'",
            "15:13: error: entity 'raid': property 'fine': a quantity needs a 'value' unless its qualifier is 'vague'",
            "16:36: error: entity 'raid': property 'ratio': qualifier 'roughly' is not one of exact, approximately, at_least, at_most, vague",
            "17:5: error: entity 'holdings': missing required field 'name'",
            "22:14: error: entity 'tower': aliases must be a list, found a mapping",
            "23:36: error: entity 'tower': paragraph 0 does not exist: paragraphs count from 1",
            "25:56: error: relationship 'raid--targeted--holdings': weight must be a number, found a string 'heavy'",
            "26:54: error: relationship 'raid--occurred_in--tower': date: malformed date '2023-03-01/2023-02-01': expected YYYY, YYYY-MM, YYYY-MM-DD or a range FROM/TO that does not end before it starts",
        ])
    }

    @Test func semanticErrorsAllReportedWithPositions() {
        #expect(diagnostics("Tests/Fixtures/invalid/semantics.yaml") == [
            "5:5: error: entity 'police': unknown kind 'agncy'; did you mean 'agency'? (new kinds are declared under 'kinds:')",
            "6:47: error: entity 'raid' cites unknown source 'atr'; did you mean 'art'?",
            "7:5: error: duplicate entity id 'raid' (first defined at \(Fixtures.path("Tests/Fixtures/invalid/semantics.yaml")):6:5)",
            "7:53: error: entity 'raid' cites paragraph 9 of source 'art', which has 3 paragraphs",
            "8:60: error: entity 'tower': quote \"Police stormed\" is not in paragraph 2 of source 'art'",
            "10:5: error: relationship 'police--participated--raid': unknown relation kind 'participated'; did you mean 'participated_in'? (new kinds are declared under 'relation_kinds:')",
            "11:5: error: relationship 'raid--targeted--holdigns': 'to' names unknown entity 'holdigns'",
            "12:5: warning: relationship 'raid--occurred_in--tower' cites no source",
        ])
    }

    @Test("syntax and encoding errors point at the place", arguments: [
        ("syntax.yaml", "6:1: error: YAML syntax error: did not find expected ',' or ']'"),
        ("syntax.json", "4:47: error: expected a quoted key"),
        ("latin1.yaml", "3:37: error: invalid UTF-8 (byte 0xE9); save the file as UTF-8"),
        ("empty.yaml", "0:0: error: the file is empty"),
        ("version.yaml", "1:17: error: unsupported schema_version 2: this CrimeGraph reads version 1"),
    ])
    func syntaxErrors(file: String, expected: String) {
        #expect(diagnostics("Tests/Fixtures/invalid/\(file)") == [expected])
    }

    @Test func jsonTypesAreStrict() {
        #expect(diagnostics("Tests/Fixtures/invalid/types.json") == [
            "4:43: error: entity 'a': name must be text, found a number '12'; put it in quotes",
            "4:55: error: entity 'a': date: malformed date '2022-13': expected YYYY, YYYY-MM, YYYY-MM-DD or a range FROM/TO that does not end before it starts",
            "6:21: error: relationship a → a: missing required field 'kind'",
        ])
    }

    @Test func missingFilesAndUnknownExtensions() {
        #expect(diagnostics("Tests/Fixtures/nope.yaml") == ["0:0: error: no such file"])
        let unknown = diagnostics("Tests/Fixtures/sources/article.txt")
        #expect(unknown.count == 1 && unknown[0].hasPrefix("0:0: error: unknown file type: CrimeGraph reads .yaml, .yml, .json, .csv"))
        #expect(unknown.first?.hasSuffix("name the format with --from") == true)
        #expect(diagnostics("Tests/Fixtures") == ["0:0: error: is a directory, not a file"])
    }

    @Test func jsonParserPositionsAndEscapes() throws {
        let json = #"{"a": "caf\u00e9 \ud83d\ude00 \"q\" \n", "b": [1, -2.5e3, true, null],"c":{}}"#
        var parser = JSONParser(bytes: Array(json.utf8), file: "x.json")
        let root = try parser.parse()
        guard case .mapping(let pairs) = root.value else {
            Issue.record("not a mapping")
            return
        }
        #expect(pairs.map { $0.key.scalarText } == ["a", "b", "c"])
        #expect(pairs[0].value.scalarText == "café 😀 \"q\" \n")
        #expect(pairs[2].value.location.column == 75)
        #expect(pairs[1].value.location == SourceLocation(file: "x.json", line: 1, column: 47))
        for bad in [#"{"a": 01}"#, #"{"a": 1,}"#, #"[1 2]"#, #"{"a": tru}"#, #""\x""#, #"{"a":1}{}"#, #"{"a": "\ud800"}"#, #"{"a":1,"a":2}"#] {
            var failing = JSONParser(bytes: Array(bad.utf8), file: "x.json")
            #expect(throws: Diagnostic.self) { try failing.parse() }
        }
        let deep = String(repeating: "[", count: 600) + String(repeating: "]", count: 600)
        var deepParser = JSONParser(bytes: Array(deep.utf8), file: "x.json")
        #expect(throws: Diagnostic.self) { try deepParser.parse() }
    }

    @Test func yamlAliasBombsAreRefused() {
        var lines = ["a0: &a0 [x, x, x, x, x, x, x, x, x, x]"]
        for level in 1...9 { lines.append("a\(level): &a\(level) [" + Array(repeating: "*a\(level - 1)", count: 10).joined(separator: ", ") + "]") }
        #expect(throws: Diagnostic.self) { try YAMLReader.parse(lines.joined(separator: "\n"), file: "bomb.yaml") }
    }
}
