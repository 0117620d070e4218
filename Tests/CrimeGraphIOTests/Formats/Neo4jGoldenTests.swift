import CrimeGraph
import Foundation
import Testing

@testable import CrimeGraphIO

/// The Neo4j exports compared with committed files (there is no Neo4j server here). Set
/// CRIMEGRAPH_UPDATE_GOLDEN=1 to rewrite them after an intended change, then review the diff.
@Suite("Neo4j exports")
struct Neo4jGoldenTests {
    static let folder = FormatTesting.fixture("neo4j/expected")

    static func graph() throws -> Graph { try GraphLoader.load([FormatTesting.fixture("neo4j/graph.yaml")]).graph }

    func compare(_ file: ExportFile, named name: String) throws {
        let path = Self.folder + "/" + name
        if ProcessInfo.processInfo.environment["CRIMEGRAPH_UPDATE_GOLDEN"] == "1" {
            try Data(file.bytes).write(to: URL(fileURLWithPath: path))
        }
        let expected = try String(contentsOfFile: path, encoding: .utf8)
        #expect(String(decoding: file.bytes, as: UTF8.self) == expected, "\(name) differs from the golden file")
    }

    @Test func cypherScriptMatchesTheGoldenFile() throws {
        let export = FileFormat.cypher.write(try Self.graph())
        try compare(export.files[0], named: "graph.cypher")
        #expect(export.losses.map(\.message) == ["the description, weight meaning and declared kinds (a Neo4j database has no graph-level properties) (1)"])
    }

    @Test func neo4jAdminFilesMatchTheGoldenFiles() throws {
        let export = FileFormat.neo4jAdmin.write(try Self.graph())
        for file in export.files {
            guard case .inFolder(let name) = file.placement else {
                Issue.record("neo4j-admin files go in a folder")
                continue
            }
            try compare(file, named: name)
        }
        #expect(export.files.count == 4)
    }

    /// Every string literal of the script, unescaped by openCypher's rules, is one of the
    /// graph's strings: no name can end its quotes early.
    @Test func cypherStringLiteralsReadBackAsTheOriginalText() throws {
        let graph = try Self.graph()
        let script = String(decoding: FileFormat.cypher.write(graph).files[0].bytes, as: UTF8.self)
        let literals = Self.stringLiterals(in: script)
        for index in 0..<graph.entityCount {
            #expect(literals.contains(graph.name(of: index)), "\(graph.name(of: index))")
            for alias in graph.aliases(of: index) { #expect(literals.contains(alias)) }
        }
        #expect(literals.contains("phone\tcall"))
        #expect(CypherText.name("Raid `x`") == "`Raid ``x```" && CypherText.name("HOLDS_POST") == "HOLDS_POST")
        #expect(CypherText.number(1e20) == "1e20" && CypherText.number(3) == "3.0" && CypherText.number(.nan) == nil)
    }

    /// A small openCypher string-literal reader (single-quoted, backslash escapes).
    static func stringLiterals(in script: String) -> Set<String> {
        var result = Set<String>()
        var characters = Array(script.unicodeScalars)[...]
        while let start = characters.firstIndex(of: "'") {
            characters = characters[(start + 1)...]
            var literal = String.UnicodeScalarView()
            while let scalar = characters.popFirst(), scalar != "'" {
                guard scalar == "\\", let escaped = characters.popFirst() else {
                    literal.append(scalar)
                    continue
                }
                switch escaped {
                case "n": literal.append("\n")
                case "r": literal.append("\r")
                case "t": literal.append("\t")
                case "b": literal.append("\u{8}")
                case "f": literal.append("\u{C}")
                case "u":
                    let hex = String(String.UnicodeScalarView(characters.prefix(4)))
                    characters = characters.dropFirst(4)
                    if let value = UInt32(hex, radix: 16), let decoded = Unicode.Scalar(value) { literal.append(decoded) }
                default: literal.append(escaped)
                }
            }
            result.insert(String(literal))
        }
        return result
    }
}
