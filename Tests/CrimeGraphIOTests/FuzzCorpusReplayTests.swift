import CrimeGraph
import CrimeGraphIO
import Foundation
import Testing

/// Every committed fuzz input — `Fuzz/Corpus/TARGET` and the crashes found and fixed,
/// `Fuzz/Regressions/TARGET` — replayed through the calls the fuzz targets make
/// (`Fuzz/Sources/FuzzTargets/ReaderFuzzing.swift`), as ordinary tests: CI checks them without
/// libFuzzer. The query target's inputs are replayed by `QueryFuzzCorpusReplayTests`.
@Suite("Fuzz corpus replay")
struct FuzzCorpusReplayTests {
    /// The reader targets and the format each feeds.
    static let readerTargets: [String: FileFormat] = [
        "casefile-yaml": .yaml, "casefile-json": .json, "csv": .csv, "matrix": .matrix, "graphml": .graphML,
        "gexf": .gexf, "ftm": .followTheMoney, "dot": .dot,
    ]
    /// Formats whose output must read back, as in the fuzz targets.
    static let readBack: [FileFormat] = [.json, .yaml, .graphML, .gexf, .dot, .followTheMoney]
    /// Inputs are named in a folder that does not exist, so a case file's relative source paths
    /// resolve nowhere and the outcome does not depend on the working folder.
    static let folder = "/nonexistent/crimegraph-fuzz/"

    static let fuzzFolder = Fixtures.path("Fuzz")

    /// The corpus and regression inputs of `target`, by path.
    static func inputs(_ target: String) -> [String] {
        ["Corpus", "Regressions"].flatMap { folder -> [String] in
            let path = "\(fuzzFolder)/\(folder)/\(target)"
            let names = (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []
            return names.filter { !$0.hasPrefix(".") }.sorted().map { "\(path)/\($0)" }
        }
    }

    @Test func everyFuzzTargetIsReplayed() throws {
        let targets = try FileManager.default.contentsOfDirectory(atPath: fuzzFolderPath("Corpus")).filter { !$0.hasPrefix(".") }
        #expect(Set(targets) == Set(Self.readerTargets.keys).union(["query"]))
        for target in targets {
            #expect(!Self.inputs(target).isEmpty, "Fuzz/Corpus/\(target) holds no input")
        }
    }

    /// The replay checks what the fuzz targets check.
    @Test func matchesTheFuzzTargets() throws {
        let target = try String(contentsOfFile: "\(Self.fuzzFolder)/Sources/FuzzTargets/ReaderFuzzing.swift", encoding: .utf8)
        #expect(target.contains("static let readBack: [FileFormat] = [.json, .yaml, .graphML, .gexf, .dot, .followTheMoney]"))
        #expect(target.contains("static let folder = \"\(Self.folder)\""))
        #expect(target.contains("if output == .followTheMoney && loaded.graph.entityCount == 0 { continue }"))
        #expect(target.contains("copy.file = nil") && target.contains("WriteOptions(sources: sources)"))
        let targets = try String(contentsOfFile: "\(Self.fuzzFolder)/Sources/FuzzTargets/FuzzTarget.swift", encoding: .utf8)
        for (name, format) in Self.readerTargets {
            #expect(targets.contains("\"\(name)\"") || targets.contains("case \(name)\n"), "\(name)")
            #expect(targets.contains("return .\(Self.caseName(format))"), "\(name) → \(format)")
        }
    }

    private static func caseName(_ format: FileFormat) -> String {
        switch format {
        case .graphML: return "graphML"
        case .followTheMoney: return "followTheMoney"
        case .neo4jAdmin: return "neo4jAdmin"
        default: return format.rawValue
        }
    }

    private func fuzzFolderPath(_ name: String) -> String { "\(Self.fuzzFolder)/\(name)" }

    @Test("every corpus and regression input reads or is refused, and what reads writes and reads back",
          .timeLimit(TestBuild.limit(minutes: 10)), arguments: readerTargets.keys.sorted())
    func replay(target: String) throws {
        let format = try #require(Self.readerTargets[target])
        for path in Self.inputs(target) {
            let bytes = try #require(FileManager.default.contents(atPath: path)).map { $0 }
            Self.replay(bytes, format: format, input: path)
        }
    }

    /// What `ReaderFuzzing.run` does, recording an issue where the fuzz target would trap.
    static func replay(_ bytes: [UInt8], format: FileFormat, input: String) {
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
                Issue.record("\(input): what the \(output.name) writer wrote does not read back: \(error)")
            }
        }
    }
}
