import CrimeGraph
import Foundation
import Testing

@testable import CrimeGraphIO

/// Every reader, given broken input, names the file, line and column and never crashes.
@Suite("Bad input in every format")
struct BadInputTests {
    static let readable: [(format: FileFormat, name: String)] = [
        (.csv, "x.csv"), (.tsv, "x.tsv"), (.matrix, "x.matrix"), (.graphML, "x.graphml"), (.gexf, "x.gexf"),
        (.followTheMoney, "x.ftm.json"), (.dot, "x.dot"),
    ]

    @Test("empty files are refused", arguments: readable.map(\.name))
    func empty(name: String) {
        let options = ReadOptions(format: name.hasSuffix(".matrix") ? .matrix : nil)
        #expect(FormatTesting.problems("", name: name, options: options) == ["0:0: the file is empty"])
        #expect(FormatTesting.problems("\u{FEFF}  \n", name: name, options: options) == ["0:0: the file is empty"])
    }

    @Test("invalid UTF-8 is placed", arguments: readable.map(\.name))
    func invalidUTF8(name: String) {
        let options = ReadOptions(format: name.hasSuffix(".matrix") ? .matrix : nil)
        let bytes = Array("first line\nab".utf8) + [0xC3, 0x28] + Array(" rest\n".utf8)
        #expect(FormatTesting.problems(bytes: bytes, name: name, options: options) == ["2:3: invalid UTF-8 (byte 0xC3); save the file as UTF-8"])
        #expect(FormatTesting.problems(bytes: [0x61, 0x00, 0x62], name: name, options: options) == ["1:2: NUL byte: this is not a text file"])
    }

    @Test func messagesNameTheFile() throws {
        let folder = try FormatTesting.temporaryFolder()
        defer { FormatTesting.cleanUp(folder) }
        let path = folder + "/bad.graphml"
        try "<graphml><graph><node id=\"a\"></graph></graphml>".write(toFile: path, atomically: true, encoding: .utf8)
        do {
            _ = try GraphLoader.load([path])
            Issue.record("no error")
        } catch {
            #expect(error.diagnostics.map(\.description) == ["\(path):1:30: error: mismatched end tag </graph>: expected </node> (opened at line 1, column 17)"])
        }
        #expect(throws: DiagnosticsError.self) { try GraphLoader.load([folder + "/missing.gexf"]) }
        do {
            _ = try GraphLoader.load([folder], options: ReadOptions(format: .csv))
        } catch {
            #expect(error.diagnostics.map(\.message) == ["is a directory, not a file"])
        }
    }

    @Test func writeOnlyFormatsAreNotReadAndUnknownOnesListTheReadableOnes() {
        #expect(FormatTesting.problems("MATCH (n) RETURN n", name: "x.cypher") == ["0:0: CrimeGraph writes cypher but does not read it; read the CSV files of a neo4j-admin export with --from csv"])
        let unknown = FormatTesting.problems("hello", name: "x.txt")
        #expect(unknown.count == 1 && unknown[0].hasPrefix("0:0: unknown file type: CrimeGraph reads .yaml, .yml, .json, .csv, .tsv"))
        #expect(unknown.first?.hasSuffix("; name the format with --from") == true)
    }

    /// Seeded random damage to valid files of every format: each load either succeeds or
    /// throws diagnostics; none may crash, hang or throw anything else.
    @Test("damaged files never crash a reader", arguments: readable.map(\.format))
    func damagedFilesNeverCrash(format: FileFormat) throws {
        let graph = try SampleGraphs.rich()
        let source: [UInt8]
        switch format {
        case .matrix: source = FileFormat.matrix.write(graph).files[0].bytes
        case .csv, .tsv: source = format.write(graph).files[0].bytes + format.write(graph).files[1].bytes
        default: source = format.write(graph).files[0].bytes
        }
        var generator = SeededGenerator(seed: UInt64(format.name.utf8.reduce(0) { $0 &* 31 &+ UInt64($1) }))
        let specials: [UInt8] = Array("<>&\"';,\t\n\r{}[]=:-#/\\*".utf8) + [0x00, 0xFF, 0xC3, 0xE2]
        for round in 0..<120 {
            var bytes = source
            for _ in 0..<(1 + round % 6) {
                guard !bytes.isEmpty else { break }
                let position = Int.random(in: 0..<bytes.count, using: &generator)
                switch Int.random(in: 0..<4, using: &generator) {
                case 0: bytes[position] = specials.randomElement(using: &generator) ?? 0
                case 1: bytes.remove(at: position)
                case 2: bytes.insert(specials.randomElement(using: &generator) ?? 0, at: position)
                default: bytes.removeSubrange(position..<min(bytes.count, position + Int.random(in: 1...200, using: &generator)))
                }
            }
            if round % 10 == 0 { bytes = Array(bytes.prefix(Int.random(in: 0...bytes.count, using: &generator))) }
            let name = "damaged" + (format == .matrix ? ".csv" : format.extensions[0])
            do {
                _ = try FormatTesting.load(bytes: bytes, name: name, options: ReadOptions(format: format))
            } catch is DiagnosticsError {
                // Reported, as it should be.
            }
        }
    }

    @Test func deepNestingIsRefusedOrReadWithoutOverflow() {
        let deepXML = "<graphml>" + String(repeating: "<a>", count: 100_000) + String(repeating: "</a>", count: 100_000) + "</graphml>"
        #expect(FormatTesting.problems(deepXML, name: "deep.graphml").isEmpty)
        let deepDOT = "digraph {" + String(repeating: "{", count: 5_000) + String(repeating: "}", count: 5_000) + "}"
        #expect(FormatTesting.problems(deepDOT, name: "deep.dot").first?.contains("subgraphs nested more than 200 deep") == true)
        let deepJSON = "{\"id\": \"x\", \"schema\": \"Person\", \"properties\": " + String(repeating: "[", count: 10_000) + "}\n"
        #expect(FormatTesting.problems(deepJSON, name: "deep.ftm.json").first?.contains("nesting deeper than 512 levels") == true)
    }
}
