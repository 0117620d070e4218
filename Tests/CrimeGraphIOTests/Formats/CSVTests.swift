import CrimeGraph
import Foundation
import Testing

@testable import CrimeGraphIO

@Suite("CSV and TSV tables")
struct CSVTests {
    @Test func nodesAndEdgesTablesLoadTogetherInEitherOrder() throws {
        let folder = try FormatTesting.temporaryFolder()
        defer { FormatTesting.cleanUp(folder) }
        let nodes = "\u{FEFF}Id,Label,Type,age:int\r\np1,\"Sar Kheng\",person,70\r\nm1,\"Ministry, of \"\"Interior\"\"\",agency,\r\n"
        let edges = "Source,Target,Type,Weight,note\np1,m1,holds_post,2,\"multi\nline\"\nm1,x9,oversees,,\n"
        try nodes.write(toFile: folder + "/n.csv", atomically: true, encoding: .utf8)
        try edges.write(toFile: folder + "/e.csv", atomically: true, encoding: .utf8)
        for order in [["e.csv", "n.csv"], ["n.csv", "e.csv"]] {
            let graph = try GraphLoader.load(order.map { folder + "/" + $0 }).graph
            let minister = try #require(graph.index(ofEntity: "m1"))
            #expect(graph.name(of: minister) == "Ministry, of \"Interior\"" && graph.kind(of: minister) == .agency)
            #expect(graph.properties(ofEntity: 0)["age"] == .integer(70))
            #expect(graph.relationshipCount == 2)
            #expect(graph.relationKind(of: 0) == "holds_post" && graph.weight(of: 0) == 2)
            #expect(graph.properties(ofRelationship: 0)["note"] == .string("multi\nline"))
            #expect(graph.kind(of: try #require(graph.index(ofEntity: "x9"))) == .person)
        }
    }

    @Test func oneEdgeListWithEndNamesAndKinds() throws {
        let text = "from;to;from_name;from_kind;to_name;to_kind;relation\na;b;Alpha Co;company;Beta;Person;Owns\n"
        let graph = try FormatTesting.load(text, name: "list.csv").graph
        #expect(graph.name(of: 0) == "Alpha Co" && graph.kind(of: 0) == .company)
        #expect(graph.name(of: 1) == "Beta" && graph.kind(of: 1) == .person)
        #expect(graph.relationKind(of: 0) == "owns")
    }

    @Test func columnsCanBeNamedAndHeadersLeftOut() throws {
        let columns = try CSVColumns(specification: "source=Caller,target=Callee,weight=Calls,kind=Via")
        let text = "Caller,Callee,Calls,Via,When\n+855 1,+855 2,14,phone,2022-09\n"
        let graph = try FormatTesting.load(text, name: "calls.csv", options: ReadOptions(csvColumns: columns)).graph
        #expect(graph.id(of: 0) == "+855 1" && graph.weight(of: 0) == 14 && graph.relationKind(of: 0) == "phone")
        #expect(graph.properties(ofRelationship: 0)["When"] == .string("2022-09"))
        let bare = try CSVColumns(specification: "header=none,delimiter=tab")
        let plain = try FormatTesting.load("a\tb\t3\nb\tc\t0.5\n", name: "plain.txt", options: ReadOptions(format: .csv, csvColumns: bare)).graph
        #expect(plain.relationshipCount == 2 && plain.weight(of: 1) == 0.5)
        #expect(throws: CSVColumnsError.self) { try CSVColumns(specification: "sauce=x") }
        #expect(throws: CSVColumnsError.self) { try CSVColumns(specification: "source") }
    }

    @Test func gephiTypeColumnMeansDirectedness() throws {
        let graph = try FormatTesting.load("Source,Target,Type,Id,Label,Weight\n1,2,Undirected,0,,1.0\n2,3,Undirected,1,,2.0\n", name: "gephi.csv").graph
        #expect(!graph.isDirected && graph.relationKind(of: 0) == "associated_with")
        #expect(graph.relationshipID(of: 1) == "1")
    }

    @Test func tsvAndSemicolonsAreRecognised() throws {
        #expect(try FormatTesting.load("source\ttarget\nx, y\tz\n", name: "t.tsv").graph.id(of: 0) == "x, y")
        #expect(try FormatTesting.load("id;name\nq;Q, Ltd\n", name: "n.csv").graph.name(of: 0) == "Q, Ltd")
    }

    @Test("bad tables are reported with their place", arguments: [
        ("source,target,weight\na,b,1\nb,c\n", "3:1: this row has 2 fields but the header has 3 columns"),
        ("source,target,weight\na,b,heavy\n", "2:5: non-numeric weight 'heavy'"),
        ("source,target\na,\"b\n", "2:3: a quoted field is not closed before the end of the file"),
        ("source,target\n\"a\"x,b\n", "2:4: unexpected text after a closing quote (a quote inside a quoted field is written twice: \"\")"),
        ("id,count:int\na,many\n", "2:3: 'many' is not a whole number (column 'count' is typed int)"),
        ("source,target\n,b\n", "2:1: empty source: every row of an edges table needs both ends"),
        ("Person,Company\nx,y\n", "1:1: cannot tell what the columns hold ('Person', 'Company'): name an id column for a nodes table, or source and target columns for an edges table, or map them with --csv-columns source=COLUMN,target=COLUMN"),
        ("id,cite:json\na,[{\"paragraph\": 2}]\n", "2:1: cite: a citation: missing required field 'source'"),
        (" \n\n", "0:0: the file is empty"),
    ])
    func badInput(text: String, expected: String) {
        #expect(FormatTesting.problems(text, name: "bad.csv") == [expected])
    }

    @Test func invalidUTF8IsPlaced() {
        let bytes = Array("id,name\na,".utf8) + [0xE9] + Array("t\u{E9}\n".utf8)
        #expect(FormatTesting.problems(bytes: bytes, name: "latin1.csv") == ["2:3: invalid UTF-8 (byte 0xE9); save the file as UTF-8"])
    }

    @Test func writerQuotesAndTypesColumns() throws {
        let export = FileFormat.csv.write(try SampleGraphs.rich())
        let edges = String(decoding: export.files[0].bytes, as: UTF8.self)
        let nodes = String(decoding: export.files[1].bytes, as: UTF8.self)
        #expect(export.files[1].path(for: "out/case.csv") == "out/case.nodes.csv")
        #expect(nodes.hasPrefix("\u{FEFF}id,name,kind,aliases:json,tags:json,date:json,cite:json,note,count:int,ratio:float,flag:boolean,figure:json,names:json,property.kind,mixed:json\r\n"))
        #expect(edges.hasPrefix("\u{FEFF}id,source,source_name,source_kind,kind,target,target_name,target_kind,weight,cite:json,post,property.weight:int,date,share:float\r\n"))
        #expect(nodes.contains("\"quote \"\" and \\ backslash\""))
    }
}
