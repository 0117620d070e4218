import Foundation
import Testing

/// Paths of the repository and the shared folder beside it, found from this source file.
enum Fixtures {
    static let repository: String = {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<3 { url.deleteLastPathComponent() }
        return url.path
    }()

    static func path(_ relative: String) -> String { repository + "/" + relative }

    /// `../shared/NAME` beside the repository, or nil after reporting it missing: the test then
    /// returns, skipped — or failed under `CI=true` (see ``Requirement``).
    static func shared(_ name: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) -> String? {
        let path = URL(fileURLWithPath: repository).deletingLastPathComponent().appendingPathComponent("shared/\(name)").path
        return Requirement.present(
            FileManager.default.fileExists(atPath: path) ? path : nil, "../shared/\(name) is absent", sourceLocation: sourceLocation)
    }

    static let sihanoukville = path("Graphs/sihanoukville-2022.yaml")
}
