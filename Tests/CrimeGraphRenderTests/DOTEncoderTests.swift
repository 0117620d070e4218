import CrimeGraph
import CrimeGraphIO
import Foundation
#if canImport(FoundationXML)
    import FoundationXML
#endif
import Testing

@testable import CrimeGraphRender

/// Names that would be markup, escapes or syntax if they were not escaped.
let hostileNames = [
    "Say \"hello\"", "back\\slash", "C:\\Users\\N", "\\N \\G \\E \\L \\T \\H \\l \\r", "<b>bold</b>", "<<TABLE>>",
    "AT&T", "&lt;tag&gt;", "&amp;", "王文天", "ព្រះសីហនុ", "Quách Văn Đức", "عربي", "{x} [y] -> z; \"q\"", "semi;colon", "emoji 😀",
]

/// The texts of each `<g class="node">` of an SVG, by element id.
final class SVGNodeTexts: NSObject, XMLParserDelegate {
    var texts: [String: [String]] = [:]
    var nodeIDs: [String] = []
    private var stack: [(id: String?, isNode: Bool)] = []
    private var inText = false
    private var current = ""

    static func parse(_ bytes: [UInt8]) throws -> SVGNodeTexts {
        let delegate = SVGNodeTexts()
        let parser = XMLParser(data: Data(bytes))
        parser.delegate = delegate
        guard parser.parse() else { throw parser.parserError ?? CocoaError(.fileReadCorruptFile) }
        return delegate
    }

    private var node: String? { stack.last(where: { $0.isNode })?.id }

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String] = [:]) {
        if name == "g" {
            let isNode = attributes["class"] == "node"
            stack.append((attributes["id"], isNode))
            if isNode, let id = attributes["id"] { nodeIDs.append(id) }
        } else if name == "text" {
            inText = true
            current = ""
        }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        if inText { current += string }
    }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        if name == "g" {
            _ = stack.popLast()
        } else if name == "text" {
            inText = false
            if let node { texts[node, default: []].append(current) }
        }
    }
}

func hostileGraph() throws -> Graph {
    var builder = GraphBuilder()
    for (index, name) in hostileNames.enumerated() {
        builder.add(Entity(id: "n\(index)", kind: index % 2 == 0 ? .person : .company, name: name))
    }
    builder.add(Entity(id: "multi", kind: .event, name: "first line\nsecond line"))
    for index in 1..<hostileNames.count {
        builder.add(Relationship(from: "n0", to: "n\(index)", kind: "associated_with"))
    }
    return try builder.build()
}

@Suite("DOT encoding")
struct DOTEncoderTests {
    @Test func escapesEveryCharacterClass() {
        #expect(DOTText.label("a\"b") == #""a\"b""#)
        #expect(DOTText.label("back\\slash") == #""back\\slash""#)
        #expect(DOTText.label("\\N") == #""\\N""#)
        #expect(DOTText.label("two\nlines") == #""two\nlines""#)
        #expect(DOTText.label("AT&T &lt;") == #""AT&amp;T &amp;lt;""#)
        #expect(DOTText.label("<b>") == #""<b>""#)
        #expect(DOTText.label("bell\u{7}tab\t") == #""belltab ""#)
        #expect(DOTText.label("王文天 ព្រះសីហនុ") == "\"王文天 ព្រះសីហនុ\"")
        #expect(DOTText.html("<b>&\"'") == "&lt;b&gt;&amp;&quot;&#39;")
        #expect(DOTText.quoted("a\"\\\n") == #""a\"\\""#)
        #expect(DOTText.wrap("Anti-Human Trafficking and Juvenile Protection bureau", width: 24)
            == ["Anti-Human Trafficking", "and Juvenile Protection", "bureau"])
        #expect(DOTText.wrap("", width: 10) == [""])
    }

    @Test func outputIsDeterministic() throws {
        let first = try GraphLoader.load([Fixtures.sihanoukville]).graph
        let second = try GraphLoader.load([Fixtures.sihanoukville]).graph
        for engine in GraphvizEngine.allCases {
            let options = DiagramOptions(title: "T", clustering: .kind)
            #expect(DOTEncoder.encode(first, options: options, engine: engine) == DOTEncoder.encode(second, options: options, engine: engine))
        }
    }

    /// Graphviz draws each hostile name exactly as written: nothing was read as an escape,
    /// an entity, markup or DOT syntax.
    @Test func graphvizShowsNamesExactlyAsWritten() throws {
        let graph = try hostileGraph()
        let dot = DOTEncoder.encode(graph, options: DiagramOptions(legend: false, labelWidth: 200), engine: .dot)
        let svg = try GraphvizRenderer(timeout: .seconds(60)).render(dot: dot, engine: .dot, format: .svg)
        let parsed = try SVGNodeTexts.parse(svg)
        for (index, name) in hostileNames.enumerated() {
            #expect(parsed.texts["e-n\(index)"] == [name], "name \(index): \(name)")
        }
        #expect(parsed.texts["e-multi"] == ["first line", "second line"])
    }

    @Test func svgHasOneNodePerEntityAndALegend() throws {
        let graph = try GraphLoader.load([Fixtures.sihanoukville]).graph
        let dot = DOTEncoder.encode(graph, options: DiagramOptions(title: graph.title), engine: .neato)
        let svg = try GraphvizRenderer(timeout: .seconds(120)).render(dot: dot, engine: .neato, format: .svg)
        let parsed = try SVGNodeTexts.parse(svg)
        let entityNodes = parsed.nodeIDs.filter { $0.hasPrefix("e-") }
        #expect(entityNodes.count == graph.entityCount)
        #expect(Set(entityNodes) == Set((0..<graph.entityCount).map { "e-" + graph.id(of: $0) }))
        #expect(parsed.nodeIDs.contains("legend"))
        let legend = parsed.texts["legend"] ?? []
        #expect(legend.first == "Legend")
        #expect(legend.contains { $0.hasPrefix("agency (") })
    }

    @Test("images have the right magic bytes", arguments: [(ImageFormat.png, [0x89, 0x50, 0x4E, 0x47] as [UInt8]), (.pdf, Array("%PDF".utf8))])
    func imageMagic(format: ImageFormat, magic: [UInt8]) throws {
        let graph = try hostileGraph()
        let dot = DOTEncoder.encode(graph, engine: .dot)
        let bytes = try GraphvizRenderer(timeout: .seconds(60)).render(dot: dot, engine: .dot, format: format)
        #expect(Array(bytes.prefix(magic.count)) == magic)
    }

    /// The `dot` command (Graphviz's own parser, outside our worker) accepts what we write.
    @Test func dotCommandAcceptsOurDOT() throws {
        guard let dotCommand = ["/usr/bin/dot", "/usr/local/bin/dot"].first(where: { FileManager.default.isExecutableFile(atPath: $0) }) else {
            Requirement.missing("no dot command (apt-get install graphviz)")
            return
        }
        let sihanoukville = try GraphLoader.load([Fixtures.sihanoukville]).graph
        for (graph, options) in [(try hostileGraph(), DiagramOptions(title: "<T> & \"q\"")),
                                 (sihanoukville, DiagramOptions(title: sihanoukville.title, edgeLabels: .kindAndDate, clustering: .kind))] {
            let folder = try GraphvizTestSupport.makeTemporaryFolder()
            defer { try? FileManager.default.removeItem(at: folder) }
            let input = folder.appendingPathComponent("g.dot")
            try DOTEncoder.encode(graph, options: options, engine: .dot).write(to: input, atomically: true, encoding: .utf8)
            let process = Process()
            process.executableURL = URL(fileURLWithPath: dotCommand)
            // neato lays the graph out without dot's cluster ranking, which Graphviz 2.43 gets
            // wrong on some clustered graphs ("trouble in init_rank") whatever the syntax.
            process.arguments = ["-Kneato", "-Tcanon", "-o", "/dev/null", input.path]
            let errors = Pipe()
            process.standardError = errors
            try process.run()
            process.waitUntilExit()
            let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            #expect(process.terminationStatus == 0, "exit \(process.terminationStatus): \(message)")
            #expect(message.isEmpty, "\(message)")
        }
    }

    @Test func focusSelectionKeepsTheNeighbourhood() throws {
        let graph = try GraphLoader.load([Fixtures.sihanoukville]).graph
        let gdi = try graph.resolve("General Department of Immigration")
        let view = DiagramSelection(focus: [gdi], depth: 1).apply(to: graph)
        let expected = Set([gdi] + graph.undirected.neighbors(of: gdi).map(Int.init)).map { graph.id(of: $0) }
        #expect(Set(view.entities.map(\.id)) == Set(expected))
        let kinds = DiagramSelection(entityKinds: [.agency]).apply(to: graph)
        #expect(kinds.entities.allSatisfy { $0.kind == .agency })
        #expect(kinds.entityCount == graph.entities(ofKind: .agency).count)
        let relations = DiagramSelection(relationKinds: ["part_of"]).apply(to: graph)
        #expect(relations.relationships.allSatisfy { $0.kind == "part_of" })
        #expect(relations.entityCount == graph.entityCount)
    }

    @Test func engineChoiceFollowsSize() {
        #expect(GraphvizEngine.automatic(entities: 30, relationships: 50) == .dot)
        #expect(GraphvizEngine.automatic(entities: 96, relationships: 172) == .neato)
        #expect(GraphvizEngine.automatic(entities: 5_000, relationships: 12_000) == .sfdp)
    }
}

enum Fixtures {
    static let repository: String = {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<3 { url.deleteLastPathComponent() }
        return url.path
    }()
    static let sihanoukville = repository + "/Graphs/sihanoukville-2022.yaml"
}
