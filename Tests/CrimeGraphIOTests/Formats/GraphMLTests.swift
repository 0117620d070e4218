import CrimeGraph
import Testing

@testable import CrimeGraphIO

@Suite("GraphML")
struct GraphMLTests {
    static let header = """
        <?xml version="1.0" encoding="UTF-8"?>
        <graphml xmlns="http://graphml.graphdrawing.org/xmlns">
        """

    @Test func readsTypedKeysDefaultsAndParallelEdges() throws {
        let text = Self.header + """
              <key id="k" for="node" attr.name="kind" attr.type="string"><default>company</default></key>
              <key id="n" for="node" attr.name="name" attr.type="string"/>
              <key id="age" for="node" attr.name="age" attr.type="int"/>
              <key id="ok" for="node" attr.name="ok" attr.type="boolean"/>
              <key id="w" for="edge" attr.name="weight" attr.type="double"/>
              <key id="t" for="edge" attr.name="type" attr.type="string"/>
              <graph edgedefault="undirected">
                <node id="a"><data key="n">Alpha</data><data key="k">person</data><data key="age">41</data><data key="ok">True</data></node>
                <node id="b"/>
                <edge source="a" target="b"><data key="w">2.5</data><data key="t">Calls</data></edge>
                <edge id="e2" source="a" target="b"><data key="w">1</data></edge>
                <edge source="b" target="c"/>
              </graph>
            </graphml>
            """
        let graph = try FormatTesting.load(text, name: "g.graphml").graph
        #expect(!graph.isDirected)
        #expect(graph.entityCount == 3)
        let a = try #require(graph.index(ofEntity: "a"))
        #expect(graph.name(of: a) == "Alpha" && graph.kind(of: a) == .person)
        #expect(graph.properties(ofEntity: a)["age"] == .integer(41) && graph.properties(ofEntity: a)["ok"] == .boolean(true))
        let b = try #require(graph.index(ofEntity: "b"))
        #expect(graph.kind(of: b) == .company && graph.name(of: b) == "b")
        #expect(graph.relationshipCount == 3)
        #expect(graph.relationKind(of: 0) == "calls" && graph.weight(of: 0) == 2.5)
        #expect(graph.relationshipID(of: 1) == "e2")
        // 'c' is named only by an edge: it becomes an entity of the default kind, as in NetworkX.
        #expect(graph.kind(of: try #require(graph.index(ofEntity: "c"))) == .person)
    }

    @Test func repeatedEdgeIdsBecomeKeysAsNetworkXWritesThem() throws {
        let text = Self.header + """
              <graph edgedefault="directed">
                <node id="a"/><node id="b"/>
                <edge id="0" source="a" target="b"/><edge id="1" source="a" target="b"/><edge id="0" source="b" target="a"/>
              </graph>
            </graphml>
            """
        let graph = try FormatTesting.load(text, name: "g.graphml").graph
        #expect(graph.relationshipCount == 3)
        #expect((0..<3).map { graph.properties(ofRelationship: $0)["key"] } == [.string("0"), .string("1"), .string("0")])
        #expect(graph.relationship(at: 0).hasGeneratedID)
    }

    @Test func readsYEdLabelsAndWarnsAboutNestedGraphsAndHyperedges() throws {
        let text = """
            <?xml version="1.0" encoding="UTF-8" standalone="no"?>
            <graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:y="http://www.yworks.com/xml/graphml">
              <key for="node" id="d6" yfiles.type="nodegraphics"/>
              <key for="edge" id="d10" yfiles.type="edgegraphics"/>
              <graph edgedefault="directed" id="G">
                <node id="n0"><data key="d6"><y:ShapeNode><y:Geometry height="30.0" width="30.0" x="0" y="0"/>
                  <y:NodeLabel alignment="center">Sar Kheng</y:NodeLabel><y:Shape type="rectangle"/></y:ShapeNode></data></node>
                <node id="n1"><data key="d6"><y:ShapeNode><y:NodeLabel>Ministry
            of Interior</y:NodeLabel></y:ShapeNode></data>
                  <graph id="n1:" edgedefault="directed"><node id="n1::n0"/></graph>
                </node>
                <edge id="e0" source="n0" target="n1"><data key="d10"><y:PolyLineEdge><y:EdgeLabel>heads</y:EdgeLabel></y:PolyLineEdge></data></edge>
                <hyperedge><endpoint node="n0"/><endpoint node="n1"/></hyperedge>
              </graph>
            </graphml>
            """
        let loaded = try FormatTesting.load(text, name: "yed.graphml")
        let graph = loaded.graph
        #expect(graph.entityCount == 3)
        #expect(graph.name(of: 0) == "Sar Kheng" && graph.name(of: 1) == "Ministry\nof Interior")
        #expect(graph.properties(ofRelationship: 0)["label"] == .string("heads"))
        #expect(loaded.warnings.map(\.message).sorted() == [
            "hyperedges are not read (CrimeGraph relationships join two entities)",
            "nested graphs are flattened: their nodes and edges belong to the one graph",
        ])
    }

    @Test("bad GraphML is reported with its place", arguments: [
        ("<graphml><graph><node id=\"a\"><data key=\"x\">1</data></node></graph></graphml>",
         ["1:30: undeclared GraphML key 'x': every <data key=…> needs a <key id=…> before the graph"]),
        ("<graphml><key id=\"w\" for=\"edge\" attr.name=\"weight\" attr.type=\"double\"/><graph><edge source=\"a\" target=\"b\"><data key=\"w\">heavy</data></edge></graph></graphml>",
         ["1:107: 'heavy' is not a number (key 'weight' is declared double)"]),
        ("<graphml><key id=\"w\" for=\"edge\" attr.name=\"weight\" attr.type=\"string\"/><graph><edge source=\"a\" target=\"b\"><data key=\"w\">heavy</data></edge></graph></graphml>",
         ["1:107: non-numeric weight 'heavy'"]),
        ("<graphml><graph><node/></graph></graphml>", ["1:17: <node> without an id"]),
        ("<graphml><graph><node id=\"a\"/><node id=\"a\"/></graph></graphml>",
         ["1:31: duplicate entity id 'a' (first defined at "]),
        ("<graphml><graph><node id=\"a\">", ["1:30: truncated XML: the file ends inside <node> (opened at line 1, column 17)"]),
        ("<gexf/>", ["1:1: not a GraphML document: the root element is <gexf>, not <graphml>"]),
    ])
    func badInput(text: String, expected: [String]) {
        let found = FormatTesting.problems(text, name: "bad.graphml")
        #expect(found.count == expected.count, "\(found)")
        for (line, prefix) in zip(found, expected) { #expect(line.hasPrefix(prefix), "\(line)") }
    }

    @Test func writesKeysNetworkXUnderstands() throws {
        let graph = try SampleGraphs.rich()
        let text = String(decoding: FileFormat.graphML.write(graph).files[0].bytes, as: UTF8.self)
        #expect(text.contains("<key id=\"n0\" for=\"node\" attr.name=\"kind\" attr.type=\"string\"/>"))
        #expect(text.contains("attr.name=\"count\" attr.type=\"long\""))
        #expect(text.contains("attr.name=\"ratio\" attr.type=\"double\""))
        #expect(text.contains("attr.name=\"flag\" attr.type=\"boolean\""))
        #expect(text.contains("attr.name=\"mixed\" attr.type=\"string\""))
        #expect(text.contains("<key id=\"crimegraph.json\" for=\"graph\""))
        #expect(!text.contains("<!DOCTYPE"))
    }
}
