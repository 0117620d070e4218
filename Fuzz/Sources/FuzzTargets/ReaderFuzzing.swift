import CrimeGraph
import CrimeGraphIO

/// Reads an input in one format; whatever reads must then be written by every writer, and
/// what a lossless writer wrote must read back without an error.
enum ReaderFuzzing {
    /// Formats whose output must read back (CSV writes two files, a matrix of an empty graph is
    /// empty, Cypher is write-only).
    static let readBack: [FileFormat] = [.json, .yaml, .graphML, .gexf, .dot, .followTheMoney]
    /// Inputs are named in a folder that does not exist, so a case file's relative source paths
    /// resolve nowhere and the outcome does not depend on the working folder.
    static let folder = "/nonexistent/crimegraph-fuzz/"

    static func run(_ bytes: [UInt8], format: FileFormat) {
        guard let loaded = try? GraphLoader.load(bytes: bytes, named: Self.folder + "fuzz-input" + (format.extensions.first ?? ".csv"), format: format)
        else { return }
        // Without the sources' text files, what reads back does not depend on files on disk.
        let sources = loaded.graph.sources.map { source in
            var copy = source
            copy.file = nil
            return copy
        }
        for output in FileFormat.allCases {
            let export = output.write(loaded.graph, options: WriteOptions(sources: sources))
            guard readBack.contains(output), let file = export.files.first else { continue }
            // FtM has no header: an empty graph is an empty file, which reads as a mistake.
            if output == .followTheMoney && loaded.graph.entityCount == 0 { continue }
            do {
                _ = try GraphLoader.load(bytes: file.bytes, named: Self.folder + "fuzz-output" + (output.extensions.first ?? ""), format: output)
            } catch {
                FuzzFailure.fail("what the \(output.name) writer wrote does not read back:\n\(error)\n--- written:\n\(String(decoding: file.bytes.prefix(4_000), as: UTF8.self))")
            }
        }
    }
}
