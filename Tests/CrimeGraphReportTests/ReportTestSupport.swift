import CrimeGraph
import CrimeGraphIO
import CrimeGraphReport
import Foundation

/// Shared inputs for the report tests: the repository, the Sihanoukville graph and the standard
/// report of it with three focus entities.
enum ReportTestSupport {
    /// The package root, from this file: `<root>/Tests/CrimeGraphReportTests/<file>`.
    static let repository: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static let sihanoukvillePath = "Graphs/sihanoukville-2022.yaml"

    /// The build folder the tests run from (`.build`, `.build-report`…), found from the running
    /// test binary; `<root>/.build` when that fails.
    static let buildFolder: URL = {
        let executable = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0]
        var url = URL(fileURLWithPath: executable)
        while url.path.count > repository.path.count {
            if url.deletingLastPathComponent().standardizedFileURL.path == repository.standardizedFileURL.path,
                url.lastPathComponent.hasPrefix(".build")
            {
                return url
            }
            url.deleteLastPathComponent()
        }
        return repository.appendingPathComponent(".build")
    }()

    static func sihanoukville() throws -> Graph {
        try GraphLoader.load([repository.appendingPathComponent(sihanoukvillePath).path]).graph
    }

    static let focusNames = ["Hun Sen", "Galaxy World", "Keo Vanthan"]

    /// The standard report, figures not yet rendered.
    static func standardReport(_ graph: Graph) throws -> Report {
        let focus = try focusNames.map { try graph.resolve($0) }
        return ReportBuilder.build(graph, options: ReportOptions(focus: focus, files: [sihanoukvillePath]))
    }

    /// Gives every figure a stand-in picture so output does not depend on Graphviz.
    static func withPlaceholderFigures(_ report: Report) -> Report {
        var copy = report
        copy.updateFigures { figure in
            figure.svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 10 10\"></svg>"
            figure.png = [0x89, 0x50, 0x4E, 0x47]
        }
        return copy
    }

    /// A fresh temporary folder.
    static func temporaryFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("crimegraph-report-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// The JSON data block of an HTML report.
    static func dataBlock(_ html: String) -> String? {
        let opening = "<script type=\"application/json\" id=\"report-data\">"
        guard let start = html.range(of: opening), let end = html.range(of: "</script>", range: start.upperBound..<html.endIndex) else {
            return nil
        }
        return String(html[start.upperBound..<end.lowerBound])
    }
}
