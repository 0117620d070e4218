import Foundation
import Testing

@Suite("crimegraph report")
struct ReportCommandTests {
    @Test func writesHTMLAndMarkdownWithItsImages() throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let html = try CLI.run("report", sihanoukville, "-o", "\(folder)/case.html", "--focus", "Hun Sen", "Galaxy World", "--title", "A <b>title</b>")
        #expect(html.status == 0, "\(html.stderr)")
        let page = try String(contentsOfFile: "\(folder)/case.html", encoding: .utf8)
        #expect(page.hasPrefix("<!DOCTYPE html>"))
        #expect(page.contains("<title>A &lt;b&gt;title&lt;/b&gt;</title>"))
        #expect(page.contains("<g id=\"e&#45;galaxy&#45;world\" class=\"node\">"))
        let markdown = try CLI.run("report", sihanoukville, "-o", "\(folder)/case.md", "--sections", "summary,diagram", "timeline")
        #expect(markdown.status == 0, "\(markdown.stderr)")
        let files = Set(try FileManager.default.contentsOfDirectory(atPath: folder))
        #expect(files.isSuperset(of: ["case.md", "case-network.svg", "case-network.png"]))
        let text = try String(contentsOfFile: "\(folder)/case.md", encoding: .utf8)
        #expect(text.contains("## Summary") && text.contains("## Network diagram") && text.contains("## Timeline"))
        #expect(!text.contains("## Key players"))
        #expect(!text.contains("## Sources"))
        #expect(text.contains("\n[^1]: S"))
        #expect(text.contains("![The whole network"))
    }

    @Test func asOfLeavesOutLaterFacts() throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let result = try CLI.run("report", sihanoukville, "-o", "\(folder)/early.md", "--as-of", "2022-09-22", "--sections", "timeline", "summary")
        #expect(result.status == 0, "\(result.stderr)")
        let text = try String(contentsOfFile: "\(folder)/early.md", encoding: .utf8)
        #expect(text.contains("As of 2022-09-22"))
        #expect(text.contains("Three-day operation in Sihanoukville"))
        #expect(!text.contains("| 2022-09-27 |"))
        #expect(!text.contains("GDI deportation of 230 foreigners on September 23 (event)"))
    }

    @Test func redactsNamesEverywhere() throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let result = try CLI.run("report", sihanoukville, "-o", "\(folder)/redacted.html", "--redact", "person", "--focus", "Sar Kheng", "Galaxy World")
        #expect(result.status == 0, "\(result.stderr)")
        let page = try String(contentsOfFile: "\(folder)/redacted.html", encoding: .utf8).lowercased()
        for name in ["sar kheng", "sar-kheng", "wang wentian", "hun sen", "keo vanthan", "am sam ath", "sihanoukville-2022.yaml"] {
            #expect(!page.contains(name), "\(name)")
        }
        #expect(page.contains("redacted: the names of 5 entities"))
    }

    @Test func badArgumentsAreClearErrors() throws {
        let format = try CLI.run("report", sihanoukville, "-o", "report.pdf")
        #expect(format.status == 64)
        #expect(format.stderr.contains("use .html or .md"))
        let section = try CLI.run("report", sihanoukville, "-o", "r.html", "--sections", "summary,key-player")
        #expect(section.status == 64)
        #expect(section.stderr.contains("--sections key-player: unknown section"))
        let date = try CLI.run("report", sihanoukville, "-o", "r.html", "--as-of", "September")
        #expect(date.status == 64)
        let redact = try CLI.run("report", sihanoukville, "-o", "r.html", "--redact", "persn")
        #expect(redact.status == 1)
        #expect(redact.stderr.contains("did you mean 'person'"))
        let focus = try CLI.run("report", sihanoukville, "-o", "r.html", "--focus", "Galaxy Wrld")
        #expect(focus.status == 1)
        #expect(focus.stderr.contains("did you mean 'galaxy-world'"))
        #expect(!FileManager.default.fileExists(atPath: CLI.repository + "/r.html"))
    }
}
