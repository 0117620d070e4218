import CrimeGraph
import CrimeGraphReport
import Foundation
import Testing

/// The Markdown report of the Sihanoukville graph against the committed golden file. With
/// `UPDATE_GOLDEN=1` the test rewrites the golden file instead (then read the diff).
@Suite("Markdown report")
struct MarkdownGoldenTests {
    static let golden = ReportTestSupport.repository.appendingPathComponent("Tests/Fixtures/report/sihanoukville.md")

    @Test func sihanoukvilleMatchesTheGoldenFile() throws {
        let graph = try ReportTestSupport.sihanoukville()
        let report = ReportTestSupport.withPlaceholderFigures(try ReportTestSupport.standardReport(graph))
        let markdown = MarkdownReportWriter().write(report, imageStem: "sihanoukville")
        if ProcessInfo.processInfo.environment["UPDATE_GOLDEN"] == "1" {
            try markdown.text.write(to: Self.golden, atomically: true, encoding: .utf8)
        }
        let expected = try String(contentsOf: Self.golden, encoding: .utf8)
        if markdown.text != expected {
            let produced = markdown.text.split(separator: "\n", omittingEmptySubsequences: false)
            let wanted = expected.split(separator: "\n", omittingEmptySubsequences: false)
            let line = (0..<min(produced.count, wanted.count)).first { produced[$0] != wanted[$0] } ?? min(produced.count, wanted.count)
            Issue.record("""
                the Markdown report differs from \(Self.golden.path) at line \(line + 1):
                  got:      \(line < produced.count ? String(produced[line]) : "(end)")
                  expected: \(line < wanted.count ? String(wanted[line]) : "(end)")
                run with UPDATE_GOLDEN=1 to accept the new output
                """)
        }
        #expect(Set(markdown.files.map(\.name)).isSuperset(of: ["sihanoukville-network.svg", "sihanoukville-network.png"]))
    }

    @Test func everyFootnoteReferencedIsDefinedAndNoneIsLeftOver() throws {
        let graph = try ReportTestSupport.sihanoukville()
        let report = ReportTestSupport.withPlaceholderFigures(try ReportTestSupport.standardReport(graph))
        let text = MarkdownReportWriter().write(report, imageStem: "r").text
        var referenced = Set<String>()
        var defined = Set<String>()
        for line in text.split(separator: "\n") {
            if line.hasPrefix("[^"), let end = line.firstIndex(of: "]") {
                defined.insert(String(line[line.index(line.startIndex, offsetBy: 2)..<end]))
                continue
            }
            var rest = line[...]
            while let start = rest.range(of: "[^") {
                guard let end = rest[start.upperBound...].firstIndex(of: "]") else { break }
                referenced.insert(String(rest[start.upperBound..<end]))
                rest = rest[end...]
            }
        }
        #expect(!referenced.isEmpty)
        #expect(referenced == defined)
    }

    @Test func sectionsAppearInOrderWithTheirContent() throws {
        let graph = try ReportTestSupport.sihanoukville()
        let report = ReportTestSupport.withPlaceholderFigures(try ReportTestSupport.standardReport(graph))
        let text = MarkdownReportWriter().write(report, imageStem: "r").text
        let headings = ["## Summary", "## Network diagram", "## Key players", "## Brokers and cut points", "## Communities", "## Connections",
                        "## Timeline", "## Outcome chains", "## Sources"]
        let positions = headings.compactMap { text.range(of: "\n" + $0 + "\n")?.lowerBound }
        #expect(positions.count == headings.count)
        #expect(positions == positions.sorted())
        // Figures with unit, precision and wording; a hop with its citation; an outcome chain.
        #expect(text.contains("| Three-day operation in Sihanoukville | foreigners rounded up | 900 people[^"))
        #expect(text.contains("| approximately | “nearly 900” |"))
        #expect(text.contains("| Unpaid work permit fees collected | amount | 118,000,000 KHR[^"))
        #expect(text.contains("Hun Sen —ordered→ Order for a crackdown on illegal gambling sites across the country, dated ≈ 2022-09-01 – 2022-09-10 (early September)[^"))
        #expect(text.contains("**Lack of valid passport; Working without a work permit → First raid, Jing Chhay Technology buildings → Fines imposed (amount not stated); Unpaid work permit fees collected**"))
        #expect(text.contains(": S1 ¶9: “469 foreigners of 10 nationalities” — The Post\n"))
    }
}
