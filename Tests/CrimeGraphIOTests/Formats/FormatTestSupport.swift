import CrimeGraph
import Foundation
import Testing

@testable import CrimeGraphIO

/// Helpers shared by the format suites: temporary files, loading text in a format, comparing
/// graphs, and running the pinned reference tools.
enum FormatTesting {
    static func fixture(_ relative: String) -> String { Fixtures.path("Tests/Fixtures/formats/" + relative) }

    /// A fresh temporary folder; remove it with `cleanUp`.
    static func temporaryFolder() throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("crimegraph-formats-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    static func cleanUp(_ folder: String) { try? FileManager.default.removeItem(atPath: folder) }

    /// Writes `text` to a file named `name` in a temporary folder and loads it.
    static func load(_ text: String, name: String, options: ReadOptions = ReadOptions()) throws -> LoadedGraph {
        try load(bytes: Array(text.utf8), name: name, options: options)
    }

    static func load(bytes: [UInt8], name: String, options: ReadOptions = ReadOptions()) throws -> LoadedGraph {
        let folder = try temporaryFolder()
        defer { cleanUp(folder) }
        let path = folder + "/" + name
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        return try GraphLoader.load([path], options: options)
    }

    /// The diagnostics loading `text` gives, as `line:column: message` (the path left out).
    static func problems(_ text: String, name: String, options: ReadOptions = ReadOptions()) -> [String] {
        problems(bytes: Array(text.utf8), name: name, options: options)
    }

    static func problems(bytes: [UInt8], name: String, options: ReadOptions = ReadOptions()) -> [String] {
        do {
            _ = try load(bytes: bytes, name: name, options: options)
            return []
        } catch let error as DiagnosticsError {
            return error.diagnostics.filter { $0.severity == .error }.map { "\($0.location.line):\($0.location.column): \($0.message)" }
        } catch {
            return ["\(error)"]
        }
    }

    /// Writes `graph` in `format` into `folder` and reads it back.
    static func roundTrip(_ graph: Graph, _ format: FileFormat, in folder: String, name: String = "graph") throws -> (export: GraphExport, graph: Graph) {
        let export = format.write(graph)
        let ending = format.extensions.first ?? ".csv"
        let output = folder + "/" + name + (format.writesFolder ? "" : ending)
        var paths: [String] = []
        for file in export.files {
            let path = file.path(for: output)
            try Data(file.bytes).write(to: URL(fileURLWithPath: path))
            paths.append(path)
        }
        let readFormat: FileFormat? = format == .matrix ? .matrix : nil
        let loaded = try GraphLoader.load(paths.reversed(), options: ReadOptions(format: readFormat))
        return (export, loaded.graph)
    }

    // MARK: Comparing

    /// Entities compared by content (origins ignored).
    static func entitiesMatch(_ a: Graph, _ b: Graph, ignoringProperties ignored: Set<String> = [], propertyOrder: Bool = true) -> [String] {
        compare("entity", count: (a.entityCount, b.entityCount), ignoring: ignored, propertyOrder: propertyOrder,
                left: a.entity(at:), right: { b.index(ofEntity: $0).map(b.entity(at:)) }) { left, right in
            // Quotes and paragraphs count; where a citation was written does not.
            left.citations = left.citations.map { Citation(source: $0.source, paragraph: $0.paragraph, quote: $0.quote) }
            right.citations = right.citations.map { Citation(source: $0.source, paragraph: $0.paragraph, quote: $0.quote) }
            return left.isEquivalent(to: right) ? [] : ["entity \(left.id): \(left) vs \(right)"]
        }
    }

    /// Relationships compared by content (origins ignored), generated ids included.
    static func relationshipsMatch(_ a: Graph, _ b: Graph, ignoringProperties ignored: Set<String> = [], propertyOrder: Bool = true) -> [String] {
        compare("relationship", count: (a.relationshipCount, b.relationshipCount), ignoring: ignored, propertyOrder: propertyOrder,
                left: a.relationship(at:), right: { b.index(ofRelationship: $0).map(b.relationship(at:)) }) { left, right in
            var differences: [String] = []
            if left.hasGeneratedID != right.hasGeneratedID {
                differences.append("relationship \(left.id): generated id \(left.hasGeneratedID) vs \(right.hasGeneratedID)")
            }
            if !left.isEquivalent(to: right) { differences.append("relationship \(left.id): \(left) vs \(right)") }
            return differences
        }
    }

    /// Entities or relationships of two graphs paired by id: counts, missing ids, then
    /// `differ` on each pair after the ignored properties are dropped (and, without
    /// `propertyOrder`, the rest sorted by key).
    private static func compare<Element: PropertyCarrying>(
        _ noun: String, count: (Int, Int), ignoring ignored: Set<String>, propertyOrder: Bool,
        left: (Int) -> Element, right: (String) -> Element?, differ: (inout Element, inout Element) -> [String]
    ) -> [String] {
        var differences: [String] = []
        if count.0 != count.1 { differences.append("\(noun) count \(count.0) vs \(count.1)") }
        for index in 0..<count.0 {
            var mine = left(index)
            guard var theirs = right(mine.id) else {
                differences.append("\(noun) \(mine.id) missing")
                continue
            }
            for key in ignored {
                mine.properties[key] = nil
                theirs.properties[key] = nil
            }
            if !propertyOrder {
                mine.properties = sortedByKey(mine.properties)
                theirs.properties = sortedByKey(theirs.properties)
            }
            differences += differ(&mine, &theirs)
        }
        return differences
    }

    /// Tables hold properties as columns, so their order is the columns' order.
    static func sortedByKey(_ properties: PropertyList) -> PropertyList {
        var sorted = PropertyList()
        for property in properties.sorted(by: { $0.key < $1.key }) { sorted[property.key] = property.value }
        return sorted
    }

    // MARK: Reference tools

    /// The pinned Python of `.venv`, or nil after reporting: a skip with its reason, or a
    /// failure under CI=true.
    static func python(_ purpose: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) -> String? {
        let path = Fixtures.path(".venv/bin/python")
        if FileManager.default.isExecutableFile(atPath: path) { return path }
        unavailable("the Python reference tools (.venv, made by 'make venv') are missing", purpose, sourceLocation)
        return nil
    }

    /// Graphviz's `dot`, or nil after reporting as for ``python(_:sourceLocation:)``.
    static func dot(_ purpose: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) -> String? {
        for path in ["/usr/bin/dot", "/usr/local/bin/dot"] where FileManager.default.isExecutableFile(atPath: path) { return path }
        unavailable("Graphviz's dot is not installed", purpose, sourceLocation)
        return nil
    }

    private static func unavailable(_ reason: String, _ purpose: String, _ location: Testing.SourceLocation) {
        Requirement.missing("\(reason); not checking that \(purpose)", sourceLocation: location)
    }

    struct RunResult {
        let status: Int32
        let output: String
        let errors: String
    }

    /// Runs a program and collects its output.
    static func run(_ executable: String, _ arguments: [String]) throws -> RunResult {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        process.currentDirectoryURL = URL(fileURLWithPath: Fixtures.repository)
        let folder = try temporaryFolder()
        defer { cleanUp(folder) }
        let out = folder + "/out"
        let err = folder + "/err"
        FileManager.default.createFile(atPath: out, contents: nil)
        FileManager.default.createFile(atPath: err, contents: nil)
        process.standardOutput = try FileHandle(forWritingTo: URL(fileURLWithPath: out))
        process.standardError = try FileHandle(forWritingTo: URL(fileURLWithPath: err))
        process.standardInput = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        return RunResult(
            status: process.terminationStatus, output: (try? String(contentsOfFile: out, encoding: .utf8)) ?? "",
            errors: (try? String(contentsOfFile: err, encoding: .utf8)) ?? "")
    }
}

/// Small graphs the format suites share.
enum SampleGraphs {
    /// Every kind of field and awkward text: scripts, quotes, markup, separators, line breaks,
    /// DOT and CSV metacharacters, quantities, lists, qualified dates, citations, parallel
    /// relationships, explicit and generated ids, weights, declared kinds, a self-loop.
    static func rich() throws -> Graph {
        var file = CaseFile(title: "Rich \"test\" <graph> & co", description: "Line one\nline two; a, b", weightMeaning: .strength)
        file.kinds = [CaseFile.KindDeclaration(id: "vessel", description: "A ship")]
        file.relationKinds = [CaseFile.KindDeclaration(id: "crewed")]
        file.sources = [Source(id: "s1", title: "Article, \"quoted\"", publisher: "The Post", date: CaseDate(iso: "2022-09"), url: "https://example.org/a?b=1&c=2", reliability: AdmiraltyCode("B2"))]
        let awkward = ["王文天", "ព្រះសីហនុ", "Quách Văn Đức", "quote \" and \\ backslash", "a, b; c\td", "line\nbreak", "<tag> & &amp;", "=HYPERLINK(\"x\")", "\\N \\G", "{\"json\": 1}", "[not, a, list]", "emoji 😀", "trailing \\"]
        for (index, text) in awkward.enumerated() {
            var entity = Entity(id: "e\(index)", kind: [.person, .company, .agency, .event, "vessel"][index % 5], name: text)
            if index % 2 == 0 { entity.aliases = [text + " alias", "second"] }
            if index % 3 == 0 { entity.tags = ["tag-\(index)", "victim"] }
            if index % 4 == 0 { entity.date = CaseDate(iso: "2022-09-\(10 + index)") }
            if index % 4 == 1 { entity.date = CaseDate(iso: "2022-09-19/2022-09-22") }
            if index % 4 == 2, let start = PartialDate(year: 2022, month: 9) {
                entity.date = CaseDate(start: start, end: PartialDate(year: 2022, month: 10), qualifier: .approximately, text: "early " + text)
            }
            entity.properties["note"] = .string(text)
            entity.properties["count"] = .integer(index * 7 - 3)
            entity.properties["ratio"] = .number(Double(index) + 0.125)
            entity.properties["flag"] = .boolean(index % 2 == 0)
            entity.properties["figure"] = .quantity(Quantity(value: 900, unit: "people", qualifier: .approximately, text: "nearly 900", citations: [Citation(source: "s1", paragraph: 3)]))
            entity.properties["names"] = .list([.string(text), .integer(2)])
            if index == 5 { entity.properties["kind"] = .string("a property called kind") }
            if index == 6 { entity.properties["mixed"] = .string("text") } else if index == 7 { entity.properties["mixed"] = .integer(7) }
            entity.citations = [Citation(source: "s1", paragraph: index + 1, quote: text)]
            file.entities.append(entity)
        }
        for index in 0..<awkward.count {
            let to = (index * 5 + 3) % awkward.count
            var relationship = Relationship(
                id: index % 3 == 0 ? "r\(index)" : nil, from: "e\(index)", to: "e\(to)",
                kind: ["owns", "associated_with", "crewed", "holds_post"][index % 4], weight: index % 2 == 0 ? Double(index) / 4 : nil)
            if index % 2 == 1 { relationship.date = CaseDate(iso: "2021") }
            relationship.properties["post"] = .string(awkward[index])
            relationship.properties["weight"] = .integer(index)
            relationship.citations = [Citation(source: "s1", paragraph: 2)]
            file.relationships.append(relationship)
        }
        // Parallel relationships with generated ids, and a self-loop.
        file.relationships.append(Relationship(from: "e1", to: "e2", kind: "owns"))
        file.relationships.append(Relationship(from: "e1", to: "e2", kind: "owns", properties: ["share": .number(0.5)]))
        file.relationships.append(Relationship(from: "e4", to: "e4", kind: "associated_with"))
        var builder = GraphBuilder()
        builder.add(file)
        return try builder.build()
    }
}

/// What the graph comparisons need of an entity or a relationship.
protocol PropertyCarrying {
    var id: String { get }
    var properties: PropertyList { get set }
}

extension Entity: PropertyCarrying {}
extension Relationship: PropertyCarrying {}
