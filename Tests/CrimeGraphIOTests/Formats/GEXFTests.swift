import CrimeGraph
import Testing

@testable import CrimeGraphIO

@Suite("GEXF")
struct GEXFTests {
    @Test func readsGephiExportsWithSpellsAsDates() throws {
        let loaded = try GraphLoader.load([FormatTesting.fixture("gexf/gephi-dynamic.gexf")])
        let graph = loaded.graph
        #expect(graph.isDirected && graph.description == "A dynamic network, as Gephi exports it")
        #expect(graph.name(of: 0) == "Boss" && graph.date(ofEntity: 0)?.iso == "2021-01-01/2022-06-30")
        #expect(graph.properties(ofEntity: 0)["Role"] == .string("leader") && graph.properties(ofEntity: 0)["calls"] == .integer(120))
        // Two spells: the date spans them, and the spells are kept.
        #expect(graph.date(ofEntity: 1)?.iso == "2021-03-01/2022-02-15")
        #expect(graph.properties(ofEntity: 1)["spells"] == .list([.string("2021-03-01/2021-04-30"), .string("2022-01-01/2022-02-15")]))
        #expect(graph.properties(ofEntity: 2)["Role"] == .string("member"))
        #expect(graph.relationKind(of: 0) == "calls" && graph.weight(of: 0) == 14 && graph.date(ofRelationship: 0)?.iso == "2021-03-02")
        #expect(graph.relationKind(of: 1) == "meets" && graph.relationshipID(of: 1) == "1")
        #expect(loaded.warnings.map(\.message) == ["mutual edges are read as one relationship each, in their written direction"])
    }

    @Test func readsGEXF12WithoutTimesAndUndirectedByDefault() throws {
        let text = """
            <?xml version="1.0" encoding="UTF-8"?>
            <gexf xmlns="http://www.gexf.net/1.2draft" version="1.2">
              <graph mode="static">
                <attributes class="node"><attribute id="0" title="kind" type="string"/></attributes>
                <nodes><node id="a" label="A"><attvalues><attvalue for="0" value="Company"/></attvalues></node><node id="b" label="B"/></nodes>
                <edges><edge source="a" target="b"/></edges>
              </graph>
            </gexf>
            """
        let graph = try FormatTesting.load(text, name: "g.gexf").graph
        #expect(!graph.isDirected && graph.kind(of: 0) == .company && graph.relationshipCount == 1)
    }

    @Test func writesVizColoursAndSizesByKindAndTimes() throws {
        let text = String(decoding: FileFormat.gexf.write(try SampleGraphs.rich()).files[0].bytes, as: UTF8.self)
        #expect(text.contains("<gexf xmlns=\"http://gexf.net/1.3\""))
        #expect(text.contains("mode=\"dynamic\" timeformat=\"date\""))
        #expect(text.contains("<viz:color r=\"0\" g=\"114\" b=\"178\"/>"))
        #expect(text.contains("<viz:size value=\"14\"/>"))
        #expect(text.contains("start=\"2022-09-01\" end=\"2022-10-31\""))
    }

    @Test("bad GEXF is reported with its place", arguments: [
        ("<gexf><graph><nodes><node id=\"a\"><attvalues><attvalue for=\"9\" value=\"x\"/></attvalues></node></nodes></graph></gexf>",
         "1:45: <attvalue for=\"9\"> names no declared node attribute"),
        ("<gexf><graph><attributes class=\"node\"><attribute id=\"0\" title=\"n\" type=\"integer\"/></attributes><nodes><node id=\"a\"><attvalues><attvalue for=\"0\" value=\"ten\"/></attvalues></node></nodes></graph></gexf>",
         "1:127: 'ten' is not a whole number (attribute 'n' is integer)"),
        ("<gexf><graph><edges><edge source=\"a\" target=\"b\" weight=\"strong\"/></edges></graph></gexf>", "1:21: non-numeric weight 'strong'"),
        ("<gexf><graph><nodes><node id=\"a\">", "1:34: truncated XML: the file ends inside <node> (opened at line 1, column 21)"),
        ("<graphml/>", "1:1: not a GEXF document: the root element is <graphml>, not <gexf>"),
    ])
    func badInput(text: String, expected: String) {
        #expect(FormatTesting.problems(text, name: "bad.gexf") == [expected])
    }
}
