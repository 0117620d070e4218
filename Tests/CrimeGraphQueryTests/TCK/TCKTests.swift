import Foundation
import Testing

@testable import CrimeGraphQuery

/// Runs the openCypher TCK scenarios of the target folders, prints a table per folder
/// (passed / in scope / total, skips by reason), writes it beside the test binary as
/// `tck-summary.md`, and checks the targets: the clause folders pass entirely, and 80% of all
/// target scenarios pass.
///
/// The TCK is read from `../shared/opencypher-tck` beside the repository (or `$TCK_ROOT`).
/// Without it the test says so and passes, except under `CI=true`, where a missing TCK is a
/// failure. `TCK_FILTER=text` prints every scenario whose file or name contains `text` with its
/// outcome; `TCK_FOLDERS=expressions/map,useCases` (or `all`) runs other folders instead, without
/// checking the targets.
@Suite("openCypher TCK")
struct TCKTests {
    static var location: String {
        if let root = ProcessInfo.processInfo.environment["TCK_ROOT"] { return root }
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<4 { url.deleteLastPathComponent() }
        return url.deletingLastPathComponent().appendingPathComponent("shared/opencypher-tck").path
    }

    static var root: String? {
        FileManager.default.fileExists(atPath: location + "/features") ? location : nil
    }

    @Test func targetFolders() throws {
        guard let root = TCKTests.root else {
            Requirement.missing("the openCypher TCK: \(TCKTests.location) does not exist")
            return
        }
        let environment = ProcessInfo.processInfo.environment
        let filter = environment["TCK_FILTER"]
        let folders = try environment["TCK_FOLDERS"].map { try TCKTests.folders($0, root: root) } ?? TCKScope.folders
        let runner = TCKRunner(root: root)
        let started = ContinuousClock.now
        var summaries: [TCKSummary] = []
        for folder in folders {
            var summary = TCKSummary(folder: folder)
            for scenario in try TCKTests.scenarios(in: folder, root: root) {
                let outcome = runner.run(scenario)
                summary.record(scenario, outcome)
                if let filter, scenario.file.contains(filter) || scenario.name.contains(filter) {
                    print("\(scenario.file) \(scenario.name): \(outcome)")
                }
            }
            summaries.append(summary)
        }
        let elapsed = ContinuousClock.now - started
        let report = TCKSummary.report(summaries, elapsed: elapsed)
        print(report)
        let output = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("tck-summary.md")
        try? report.write(to: output, atomically: true, encoding: .utf8)
        print("TCK summary written to \(output.path)")
        guard environment["TCK_FOLDERS"] == nil else { return }

        for summary in summaries where TCKScope.clauseFolders.contains(summary.folder) {
            #expect(summary.passed == summary.inScope, "\(summary.folder): \(summary.passed) of \(summary.inScope) in scope pass")
            #expect(summary.skipped.isEmpty || summary.inScope > 0, "\(summary.folder) has nothing in scope")
        }
        let passed = summaries.map(\.passed).reduce(0, +)
        let total = summaries.map(\.total).reduce(0, +)
        #expect(Double(passed) >= 0.8 * Double(total), "\(passed) of \(total) target scenarios pass")
    }

    /// The folders named in `TCK_FOLDERS`: a comma-separated list, or `all` for every folder
    /// that holds feature files.
    static func folders(_ list: String, root: String) throws -> [String] {
        guard list == "all" else { return list.split(separator: ",").map(String.init) }
        let features = "\(root)/features"
        var result: [String] = []
        for group in try FileManager.default.contentsOfDirectory(atPath: features).sorted() {
            for folder in try FileManager.default.contentsOfDirectory(atPath: "\(features)/\(group)").sorted() {
                result.append("\(group)/\(folder)")
            }
        }
        return result
    }

    /// The scenarios of a folder's feature files, in file order.
    static func scenarios(in folder: String, root: String) throws -> [GherkinScenario] {
        let directory = "\(root)/features/\(folder)"
        let files = try FileManager.default.contentsOfDirectory(atPath: directory).filter { $0.hasSuffix(".feature") }
        return try files.sorted { $0.localizedStandardCompare($1) == .orderedAscending }.flatMap { file in
            try GherkinReader.scenarios(inFile: "\(directory)/\(file)", relativeName: "\(folder)/\(file)")
        }
    }
}
