import CrimeGraph
import CrimeGraphReport
import Foundation
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// The HTML report in a real browser: Debian's headless Chromium loads it with `#selftest`, the
/// page exercises its own diagram, hover text, panel, search, sorting and zoom, and
/// `--dump-dom` reads the verdict back. A screenshot is written to the build folder as
/// `report-screenshot.png` for people to look at.
///
/// Without Chromium the tests are skipped with a printed reason — except when `CI=true`, where
/// they fail: CI must install the `chromium` package.
@Suite("Report in a browser", .serialized)
struct BrowserTests {
    static let entity = "keo-vanthan"
    static let expectedQuote = "GDI deputy director-general Keo Vanthan"

    static var chromium: String? {
        let environment = ProcessInfo.processInfo.environment
        // `CHROMIUM=PATH` chooses the browser (a path that is not there means none).
        if let explicit = environment["CHROMIUM"] { return FileManager.default.isExecutableFile(atPath: explicit) ? explicit : nil }
        for candidate in ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"]
        where FileManager.default.isExecutableFile(atPath: candidate) {
            return candidate
        }
        return nil
    }

    /// The browser, or nil after printing why the test is skipped (failing under `CI=true`).
    static func browserOrSkip(sourceLocation: Testing.SourceLocation = #_sourceLocation) -> String? {
        Requirement.present(
            chromium, "the real-browser report test needs Chromium (apt-get install chromium)", sourceLocation: sourceLocation)
    }

    /// Writes the Sihanoukville report into the build folder and returns its path.
    static func writeReport() throws -> URL {
        let graph = try ReportTestSupport.sihanoukville()
        var report = try ReportTestSupport.standardReport(graph)
        FigureRenderer(formats: [.svg]).render(&report)
        try FileManager.default.createDirectory(at: ReportTestSupport.buildFolder, withIntermediateDirectories: true)
        let url = ReportTestSupport.buildFolder.appendingPathComponent("report-browser-test.html")
        try HTMLReportWriter().write(report).write(to: url, atomically: true, encoding: .utf8)
        return url
    }

    @Test func thePageTestsItselfInChromium() throws {
        guard let chromium = Self.browserOrSkip() else { return }
        let page = try Self.writeReport()
        let run = try Browser.run(chromium, ["--enable-logging=stderr", "--v=0", "--dump-dom", page.absoluteString + "#selftest=\(Self.entity)"])
        #expect(run.status == 0, "chromium: \(run.stderr.suffix(2000))")
        let dom = run.stdout
        #expect(dom.contains("data-selftest=\"pass\""), "self-test did not pass")
        let result = try #require(Browser.selfTestResult(in: dom), "no self-test result in the page")
        let checks = result["checks"] as? [String: Bool] ?? [:]
        for name in ["diagramDrawn", "hoverShowsName", "panelShowsCitation", "searchHighlights", "tablesSort", "zooms", "noErrors"] {
            #expect(checks[name] == true, "self-test check \(name) failed: \(result)")
        }
        let graph = try ReportTestSupport.sihanoukville()
        #expect(result["nodes"] as? Int == graph.entityCount)
        #expect(result["entity"] as? String == Self.entity)
        #expect((result["panel"] as? String ?? "").contains(Self.expectedQuote))
        #expect((result["errors"] as? [Any])?.isEmpty == true)
        let consoleLines = run.stderr.split(separator: "\n").filter { $0.contains(":CONSOLE") || $0.contains("Uncaught") }
        #expect(consoleLines.isEmpty, "console output: \(consoleLines)")
    }

    @Test func aScreenshotIsWrittenToTheBuildFolder() throws {
        guard let chromium = Self.browserOrSkip() else { return }
        let page = try Self.writeReport()
        let screenshot = ReportTestSupport.buildFolder.appendingPathComponent("report-screenshot.png")
        try? FileManager.default.removeItem(at: screenshot)
        let run = try Browser.run(chromium, [
            "--hide-scrollbars", "--window-size=1400,1100", "--screenshot=\(screenshot.path)", page.absoluteString + "#selftest=\(Self.entity)",
        ])
        #expect(run.status == 0, "chromium: \(run.stderr.suffix(2000))")
        let bytes = try [UInt8](Data(contentsOf: screenshot))
        #expect(Array(bytes.prefix(4)) == [0x89, 0x50, 0x4E, 0x47])
        #expect(bytes.count > 50_000, "the screenshot looks empty")
        print("report screenshot: \(screenshot.path)")
    }
}

/// Runs headless Chromium with a time limit.
enum Browser {
    struct Run {
        let status: Int32
        let stdout: String
        let stderr: String
    }

    static func run(_ chromium: String, _ arguments: [String], timeout: TimeInterval = 90) throws -> Run {
        let folder = try ReportTestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: chromium)
        process.arguments = [
            "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-extensions", "--virtual-time-budget=5000",
            "--user-data-dir=\(folder.appendingPathComponent("profile").path)",
        ] + arguments
        let out = folder.appendingPathComponent("out")
        let err = folder.appendingPathComponent("err")
        _ = FileManager.default.createFile(atPath: out.path, contents: nil)
        _ = FileManager.default.createFile(atPath: err.path, contents: nil)
        process.standardOutput = try FileHandle(forWritingTo: out)
        process.standardError = try FileHandle(forWritingTo: err)
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let deadline = Date().addingTimeInterval(timeout)
        while process.isRunning && Date() < deadline { usleep(50_000) }
        if process.isRunning {
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            Issue.record("chromium did not finish within \(Int(timeout)) s")
        }
        process.waitUntilExit()
        return Run(
            status: process.terminationStatus, stdout: (try? String(contentsOf: out, encoding: .utf8)) ?? "",
            stderr: (try? String(contentsOf: err, encoding: .utf8)) ?? "")
    }

    /// The JSON the page's self-test left in `<pre id="selftest-result">`.
    static func selfTestResult(in dom: String) -> [String: Any]? {
        guard let start = dom.range(of: "<pre id=\"selftest-result\""), let close = dom[start.upperBound...].firstIndex(of: ">"),
            let end = dom.range(of: "</pre>", range: close..<dom.endIndex)
        else { return nil }
        let text = HTMLStructure.decode(String(dom[dom.index(after: close)..<end.lowerBound]))
        return (try? JSONSerialization.jsonObject(with: Data(text.utf8))) as? [String: Any]
    }
}
