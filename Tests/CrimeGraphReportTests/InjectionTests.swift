import CrimeGraph
import CrimeGraphReport
import Foundation
import Testing

/// Names, properties, quotes and titles holding markup, quotes and ampersands appear as text.
@Suite("Report escaping")
struct InjectionTests {
    static let evil = "<script>alert(\"x\")</script> & 'quotes' </style><!-- \u{2028}"

    static func hostileGraph() throws -> Graph {
        var builder = GraphBuilder()
        builder.setTitle("Title " + evil)
        builder.setDescription("Description " + evil)
        builder.add(Source(id: "s", title: "Source " + evil, publisher: "Pub & Co", url: "javascript:alert(1)"))
        let cite = [Citation(source: "s", paragraph: 1, quote: "quote " + evil)]
        _ = builder.add(Entity(id: "a", kind: .person, name: "Person " + evil, aliases: ["<img src=x onerror=alert(1)>"], tags: ["tag<b>"],
                               properties: ["note": .string("property " + evil), "count": .quantity(Quantity(value: 3, unit: "people<", text: "three & <b>"))],
                               citations: cite))
        _ = builder.add(Entity(id: "b", kind: .company, name: "Company \"quoted\" & <b>bold</b>", citations: cite))
        _ = builder.add(Entity(id: "c", kind: .event, name: "Raid ]] [link](javascript:x) *emph* | pipe", date: CaseDate(iso: "2022-09-01"), citations: cite))
        builder.add(Relationship(from: "c", to: "b", kind: "targeted", properties: ["how": .string(evil)], citations: cite))
        builder.add(Relationship(from: "a", to: "c", kind: "participated_in", citations: cite))
        return try builder.build()
    }

    @Test func htmlShowsEveryUserStringAsText() throws {
        let graph = try Self.hostileGraph()
        var report = ReportBuilder.build(graph, options: ReportOptions(focus: [0, 1]))
        FigureRenderer(formats: [.svg]).render(&report)
        #expect(report.figures.allSatisfy { $0.failure == nil })
        let html = HTMLReportWriter().write(report)
        let structure = try HTMLStructure(html)
        #expect(structure.scriptCount == 2)
        #expect(html.components(separatedBy: "<script").count == 3)
        #expect(!html.contains("<b>"))
        #expect(!html.contains("<img"))
        #expect(!html.contains("href=\"javascript"))
        #expect(html.contains("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;quotes&#39;"))
        let block = try #require(ReportTestSupport.dataBlock(html))
        #expect(!block.contains("<") && !block.contains(">") && !block.contains("&"))
        #expect(block.contains("\\u003cscript\\u003e"))
        #expect(try JSONSerialization.jsonObject(with: Data(block.utf8)) is [String: Any])
        #expect((structure.entityNodes["figure-network"] ?? []).count == 3)
    }

    @Test func markdownShowsEveryUserStringAsText() throws {
        let graph = try Self.hostileGraph()
        let report = ReportTestSupport.withPlaceholderFigures(ReportBuilder.build(graph, options: ReportOptions(focus: [0, 1])))
        let text = MarkdownReportWriter().write(report, imageStem: "r").text
        // With every backslash escape taken out, no markup character is left to act.
        var bare = ""
        var escaped = false
        for character in text {
            if escaped { escaped = false; continue }
            if character == "\\" { escaped = true; continue }
            bare.append(character)
        }
        #expect(!bare.contains("<"))
        #expect(!bare.contains("](javascript"))
        #expect(text.contains("\\<script\\>alert(\"x\")\\</script\\> & 'quotes'"))
        #expect(text.contains("Raid \\]\\] \\[link\\](javascript:x) \\*emph\\* \\| pipe"))
        for line in text.split(separator: "\n") where line.hasPrefix("|") {
            // Every table row keeps its column count: no cell text adds a column.
            #expect(line.replacingOccurrences(of: "\\|", with: "").filter { $0 == "|" }.count >= 2)
        }
    }

    @Test func unsafeSVGIsRefused() {
        #expect(throws: SVGCleaner.Rejection.self) { try SVGCleaner.clean("<svg><script>alert(1)</script></svg>", label: "x") }
        #expect(throws: SVGCleaner.Rejection.self) { try SVGCleaner.clean("<svg><g onclick=\"alert(1)\"></g></svg>", label: "x") }
        #expect(throws: SVGCleaner.Rejection.self) { try SVGCleaner.clean("<svg><a xlink:href=\"javascript:x\"></a></svg>", label: "x") }
        #expect(throws: SVGCleaner.Rejection.self) { try SVGCleaner.clean("<svg><foreignObject></foreignObject></svg>", label: "x") }
        let cleaned = try? SVGCleaner.clean(
            "<?xml version=\"1.0\"?>\n<!-- a -->\n<svg width=\"10pt\" viewBox=\"0 0 1 1\"><title>id</title><g id=\"e-x\"><a xlink:title=\"T\"></a></g></svg>",
            idPrefix: "p-", label: "a \"label\"")
        #expect(cleaned == "<svg viewBox=\"0 0 1 1\" role=\"img\" aria-label=\"a &quot;label&quot;\" preserveAspectRatio=\"xMidYMid meet\"><g id=\"p-e-x\"><a></a></g></svg>")
    }
}
