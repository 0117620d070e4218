import CrimeGraph
import CrimeGraphIO
import Foundation

/// Paths of the repository and the shared folder beside it, found from this source file.
enum Fixtures {
    static let repository: String = {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<3 { url.deleteLastPathComponent() }
        return url.path
    }()

    static func path(_ relative: String) -> String { repository + "/" + relative }

    static let sihanoukvillePath = path("Graphs/sihanoukville-2022.yaml")

    /// The Sihanoukville case, loaded once.
    static let sihanoukville: Graph = {
        do {
            return try GraphLoader.load([sihanoukvillePath]).graph
        } catch {
            fatalError("the Sihanoukville case file does not load: \(error)")
        }
    }()
}
