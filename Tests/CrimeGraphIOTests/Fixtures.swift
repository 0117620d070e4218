import Foundation

/// Paths of the repository and the shared folder beside it, found from this source file.
enum Fixtures {
    static let repository: String = {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<3 { url.deleteLastPathComponent() }
        return url.path
    }()

    static func path(_ relative: String) -> String { repository + "/" + relative }

    /// `../shared/NAME` beside the repository, or nil (tests then skip, saying so).
    static func shared(_ name: String) -> String? {
        let path = URL(fileURLWithPath: repository).deletingLastPathComponent().appendingPathComponent("shared/\(name)").path
        return FileManager.default.fileExists(atPath: path) ? path : nil
    }

    static let sihanoukville = path("Graphs/sihanoukville-2022.yaml")
}
