import CrimeGraph
import CrimeGraphReport
import Foundation
import Testing

@Suite("HTML report")
struct HTMLReportTests {
    /// The standard report with its figures drawn by the Graphviz worker.
    static func renderedReport() throws -> (Graph, Report) {
        let graph = try ReportTestSupport.sihanoukville()
        var report = try ReportTestSupport.standardReport(graph)
        FigureRenderer(formats: [.svg]).render(&report)
        return (graph, report)
    }

    @Test func parsesAndItsDiagramHoldsOneNodePerEntity() throws {
        let (graph, report) = try Self.renderedReport()
        for figure in report.figures { #expect(figure.failure == nil, "\(figure.id): \(figure.failure ?? "")") }
        let html = HTMLReportWriter().write(report)
        let structure = try HTMLStructure(html)
        let drawn = structure.entityNodes["figure-network"] ?? []
        #expect(drawn.count == graph.entityCount)
        #expect(Set(drawn) == Set((0..<graph.entityCount).map { graph.id(of: $0) }))
        #expect(structure.entityNodes.keys.contains("figure-community-1"))
        #expect(structure.scriptCount == 2)
    }

    @Test func isSelfContained() throws {
        let (_, report) = try Self.renderedReport()
        let html = HTMLReportWriter().write(report)
        for remote in ["<link", "@import", "src=\"http", "src='http", "url(http", "fonts.googleapis", "<iframe"] {
            #expect(!html.contains(remote), "\(remote)")
        }
        #expect(!html.contains("<!--"))
        #expect(!html.contains("<title>crimegraph</title>"))
    }

    @Test func theDataBlockIsValidJSONWithACardPerEntity() throws {
        let graph = try ReportTestSupport.sihanoukville()
        let report = ReportTestSupport.withPlaceholderFigures(try ReportTestSupport.standardReport(graph))
        let html = HTMLReportWriter().write(report)
        let block = try #require(ReportTestSupport.dataBlock(html))
        #expect(!block.contains("<"))
        let object = try #require(try JSONSerialization.jsonObject(with: Data(block.utf8)) as? [String: Any])
        let entities = try #require(object["entities"] as? [String: Any])
        #expect(entities.count == graph.entityCount)
        let keo = try #require(entities["keo-vanthan"] as? [String: Any])
        #expect(keo["name"] as? String == "Keo Vanthan")
        let notes = try #require(object["notes"] as? [String: [String: Any]])
        let quotes = (keo["notes"] as? [Int] ?? []).compactMap { notes[String($0)]?["quote"] as? String }
        #expect(quotes.contains("GDI deputy director-general Keo Vanthan"))
    }

    @Test func everyNoteMarkerPointsToANote() throws {
        let graph = try ReportTestSupport.sihanoukville()
        let report = ReportTestSupport.withPlaceholderFigures(try ReportTestSupport.standardReport(graph))
        let html = HTMLReportWriter().write(report)
        for note in report.footnotes.notes { #expect(html.contains("<li id=\"fn-\(note.number)\" value=\"\(note.number)\">")) }
        #expect(html.contains("S1 ¶6: “rounded up nearly 900 foreigners” — The Post"))
    }

    @Test func isDeterministic() throws {
        let graph = try ReportTestSupport.sihanoukville()
        let first = HTMLReportWriter().write(ReportTestSupport.withPlaceholderFigures(try ReportTestSupport.standardReport(graph)))
        let second = HTMLReportWriter().write(ReportTestSupport.withPlaceholderFigures(try ReportTestSupport.standardReport(graph)))
        #expect(first == second)
    }
}

/// The custom-report example of docs/reports.md, kept compiling and working.
@Suite("Custom reports")
struct CustomReportTests {
    @Test func theDocumentedCompositionWorks() throws {
        let graph = try ReportTestSupport.sihanoukville()
        var composer = ReportComposer(graph: graph, options: ReportOptions(top: 5))
        let raid = try graph.resolve("Second raid, Galaxy World")
        composer.append(ReportSection(id: "raid", title: "The raid", blocks: [
            .paragraph(composer.mention(raid) + " took place during the three-day operation."),
        ]))
        composer.append(.keyPlayers)
        composer.append(.timeline)
        let report = ReportTestSupport.withPlaceholderFigures(composer.report(title: "Galaxy World"))
        let html = HTMLReportWriter().write(report)
        let markdown = MarkdownReportWriter().write(report, imageStem: "galaxy")
        #expect(report.sections.map(\.id) == ["raid", "key-players", "timeline"])
        #expect(html.contains("<span class=\"entity\" data-entity=\"raid-galaxy-world\" tabindex=\"0\" role=\"button\">Second raid, Galaxy World</span><sup class=\"fn\"><a href=\"#fn-1\""))
        #expect(markdown.text.contains("Second raid, Galaxy World[^1] took place during the three-day operation."))
        #expect(markdown.text.contains("[^1]: S1 ¶7: “from September 19-22” — The Post"))
        #expect(report.entities.count == graph.entityCount)
    }
}
