import CrimeGraph
import CrimeGraphIO
import CrimeGraphMerge
import Foundation

/// Paths of the merge fixtures (`Tests/Fixtures/merge`) and loaders shared by the suites.
enum MergeFixtures {
    static let repository: String = {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<3 { url.deleteLastPathComponent() }
        return url.path
    }()

    static func path(_ name: String) -> String { repository + "/Tests/Fixtures/merge/" + name }

    /// The case split across three files.
    static var caseFiles: [String] { ["case-a.yaml", "case-b.yaml", "case-c.yaml"].map(path) }

    static func union() throws -> CaseUnion { try CaseUnion.load(caseFiles) }

    static func graph(_ file: String) throws -> Graph { try GraphLoader.load([file]).graph }

    static var sihanoukville: String { repository + "/Graphs/sihanoukville-2022.yaml" }
}
