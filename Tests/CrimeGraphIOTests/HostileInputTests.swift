import CrimeGraph
import CrimeGraphIO
import Foundation
import Testing

/// The hostile corpus (`Tests/Fixtures/hostile`, made by `make_hostile.py`): alias and entity
/// bombs, external entities, deep nesting, NUL bytes, invalid UTF-8, enormous numbers,
/// duplicate keys, self-loops, parallel edges, names that are syntax elsewhere. Each input
/// ends in the outcome `expected.json` asserts — a clear error or a correct result — within a
/// time bound, never a crash, hang or memory blow-up.
@Suite("Hostile inputs")
struct HostileInputTests {
    static let folder = Fixtures.path("Tests/Fixtures/hostile")

    /// One asserted outcome.
    struct Outcome: Decodable, Sendable {
        var error: String?
        var entities: Int?
        var relationships: Int?
        var warning: String?
        var queryError: String?

        enum CodingKeys: String, CodingKey {
            case error, entities, relationships, warning
            case queryError = "query_error"
        }
    }

    struct Manifest: Decodable {
        var inputs: [String: Outcome]
    }

    static let manifest: [String: Outcome] = {
        guard let data = FileManager.default.contents(atPath: folder + "/expected.json"),
            let decoded = try? JSONDecoder().decode(Manifest.self, from: data)
        else { return [:] }
        return decoded.inputs
    }()

    /// The inputs the library reads (queries are the CLI tests').
    static let readable: [String] = manifest.filter { $0.value.queryError == nil }.keys.sorted()

    @Test func everyInputHasAnAssertedOutcome() throws {
        #expect(Self.manifest.count > 50)
        let files = try FileManager.default.contentsOfDirectory(atPath: Self.folder)
            .filter { $0 != "expected.json" && $0 != "make_hostile.py" && !$0.hasPrefix(".") }
        #expect(Set(files) == Set(Self.manifest.keys), "files without an outcome, or outcomes without a file")
        for (name, outcome) in Self.manifest {
            let kinds = [outcome.error != nil, outcome.entities != nil, outcome.queryError != nil].filter { $0 }.count
            #expect(kinds == 1, "\(name): give exactly one of error, entities, query_error")
        }
    }

    @Test("each hostile input ends as asserted, in bounded time", .timeLimit(TestBuild.limit(minutes: 5)), arguments: readable)
    func hostileInput(name: String) throws {
        let outcome = try #require(Self.manifest[name])
        let started = ContinuousClock.now
        let result = Result { () throws(DiagnosticsError) in try GraphLoader.load([Self.folder + "/" + name]) }
        let elapsed = ContinuousClock.now - started
        #expect(elapsed < TestBuild.bound(.seconds(60)), "\(name) took \(elapsed)")
        switch result {
        case .success(let loaded):
            if let error = outcome.error { Issue.record("\(name) loaded, but should fail with \"\(error)\"") }
            #expect(loaded.graph.entityCount == outcome.entities, "\(name)")
            #expect(loaded.graph.relationshipCount == outcome.relationships, "\(name)")
            if let warning = outcome.warning {
                #expect(loaded.warnings.contains { $0.message.contains(warning) }, "\(name): \(loaded.warnings)")
            }
        case .failure(let error):
            guard let expected = outcome.error else {
                Issue.record("\(name) should load, but: \(error)")
                return
            }
            #expect(error.diagnostics.contains { $0.severity == .error && $0.message.contains(expected) }, "\(name): \(error)")
            // Every message names the file, and none is a dump of the input.
            for diagnostic in error.diagnostics {
                #expect(diagnostic.location.file.hasSuffix(name))
                #expect(diagnostic.message.utf8.count < 1_000, "\(name): a \(diagnostic.message.utf8.count)-byte message")
            }
        }
    }

    /// The same inputs, from memory (the fuzz targets' entry point), end the same way.
    @Test("bytes in memory read like the file", arguments: readable)
    func fromMemory(name: String) throws {
        let outcome = try #require(Self.manifest[name])
        let format = try #require(FileFormat(path: name))
        let bytes = try #require(FileManager.default.contents(atPath: Self.folder + "/" + name)).map { $0 }
        let loaded = try? GraphLoader.load(bytes: bytes, named: Self.folder + "/" + name, format: format)
        #expect((loaded == nil) == (outcome.error != nil), "\(name)")
        if let loaded { #expect(loaded.graph.entityCount == outcome.entities) }
    }

    /// A source whose `file` is a device, a pipe or a folder is not read.
    @Test func sourceFilesMustBeRegularFiles() throws {
        for file in ["/dev/zero", "/dev/stdin", "/proc/self/fd/0", "/tmp"] {
            #expect(throws: Diagnostic.self) { try SourceText(contentsOf: file) }
        }
    }
}
