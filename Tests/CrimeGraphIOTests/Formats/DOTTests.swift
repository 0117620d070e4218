import CrimeGraph
import Testing

@testable import CrimeGraphIO

@Suite("DOT")
struct DOTTests {
    @Test func parsesTheDOTGrammar() throws {
        let text = """
            /* a comment */ strict digraph "G" {
              # a preprocessor line
              graph [label="Ring \\"A\\"", rankdir=LR]
              node [kind=company]; edge [kind=owns]
              a [label="Alpha\\nCo"]; b; c [label=<<b>HTML</b>>]
              a -> b -> c [weight=2.5, date="2022-09"]
              subgraph cluster_x { node [kind=person]; d; e:port:n }
              a -> { d e } [kind="directs"]
              "multi" + "part" [label="\\N"]
              f -- g
            }
            """
        let problems = FormatTesting.problems(text, name: "g.dot")
        #expect(problems == ["10:5: '--' in a directed graph: use '->' (or write 'graph')"])
        let graph = try FormatTesting.load(text.replacingOccurrences(of: "f -- g", with: "f -> g"), name: "g.dot").graph
        #expect(graph.title == "Ring \"A\"")
        #expect(graph.name(of: 0) == "Alpha\nCo" && graph.kind(of: 0) == .company && graph.kind(of: 1) == .company)
        #expect(graph.name(of: 2) == "<b>HTML</b>")
        #expect(graph.kind(of: try #require(graph.index(ofEntity: "d"))) == .person)
        let multi = try #require(graph.index(ofEntity: "multipart"))
        #expect(graph.name(of: multi) == "multipart")
        #expect(graph.relationshipCount == 5)
        #expect(graph.relationKind(of: 0) == "owns" && graph.weight(of: 1) == 2.5 && graph.date(ofRelationship: 1)?.iso == "2022-09")
        #expect(graph.relationKind(of: 2) == "directs" && graph.id(of: graph.target(of: 3)) == "e")
    }

    @Test func undirectedGraphsAndEdgeLabelsAsKinds() throws {
        let graph = try FormatTesting.load("graph { a -- b [label=\"called\"]; b -- c }", name: "u.gv").graph
        #expect(!graph.isDirected && graph.relationKind(of: 0) == "called" && graph.relationKind(of: 1) == "associated_with")
    }

    @Test("bad DOT is reported with its place", arguments: [
        ("digraph { a -> }", "1:16: expected a node id"),
        ("digraph { a [label=\"x] }", "1:20: a quoted string is not closed before the end of the file"),
        ("digraph { a -> b [weight=heavy] }", "1:11: non-numeric weight 'heavy'"),
        ("digraph { node -> b }", "1:16: expected '[' after graph, node or edge"),
        ("digraph { a } digraph { b }", "1:15: text after the end of the graph (CrimeGraph reads one graph per DOT file)"),
        ("digraph { a ", "1:13: the file ends before the graph's closing '}'"),
        ("hello", "1:1: a DOT file starts with 'graph' or 'digraph'"),
        ("digraph { a @ b }", "1:13: unexpected '@' in DOT"),
    ])
    func badInput(text: String, expected: String) {
        #expect(FormatTesting.problems(text, name: "bad.dot") == [expected])
    }

    @Test func escapesEveryNameSafely() throws {
        let graph = try SampleGraphs.rich()
        let text = String(decoding: FileFormat.dot.write(graph).files[0].bytes, as: UTF8.self)
        #expect(text.contains("\"e3\" [label=\"quote \\\" and \\\\ backslash\""))
        #expect(text.contains("label=\"line\\nbreak\""))
        #expect(text.contains("\"count:int\"=\"18\""))
    }
}
