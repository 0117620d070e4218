import CrimeGraph
import CrimeGraphIO
import CrimeGraphQuery
import Foundation
import Testing

/// The query fuzz target's committed inputs (`Fuzz/Corpus/query`, `Fuzz/Regressions/query`)
/// run as queries on the fuzz target's graph with its timeout, as ordinary tests: each is
/// answered or refused with a `QueryError`, never a crash.
@Suite("Query fuzz corpus replay")
struct QueryFuzzCorpusReplayTests {
    /// The graph of `Fuzz/Sources/FuzzTargets/QueryFuzzing.swift`.
    static let caseFile = """
        schema_version: 1
        title: Fuzz graph
        entities:
          - {id: a, kind: person, name: Ann, aliases: [A.], tags: [suspect], properties: {age: 41}}
          - {id: b, kind: person, name: Bo, date: 2022-09}
          - {id: c, kind: company, name: Cee Ltd, properties: {fine: {value: 900, unit: USD, qualifier: approximately}}}
          - {id: r, kind: event, name: Raid, date: 2022-09-19/2022-09-22}
          - {id: l, kind: location, name: Town}
        relationships:
          - {from: a, to: c, kind: directs, weight: 2}
          - {from: b, to: c, kind: employs}
          - {from: r, to: c, kind: targeted, date: 2022-09-20}
          - {from: c, to: l, kind: located_in}
          - {from: a, to: b, kind: communicated_with, weight: 5}
          - {from: a, to: a, kind: associated_with}
        """

    static func inputs() -> [String] {
        ["Corpus", "Regressions"].flatMap { folder -> [String] in
            let path = Fixtures.path("Fuzz/\(folder)/query")
            let names = (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []
            return names.filter { !$0.hasPrefix(".") }.sorted().map { "\(path)/\($0)" }
        }
    }

    /// The fuzz target queries the same graph, with the same parameters and timeout.
    @Test func matchesTheFuzzTarget() throws {
        let target = try String(contentsOfFile: Fixtures.path("Fuzz/Sources/FuzzTargets/QueryFuzzing.swift"), encoding: .utf8)
        for line in Self.caseFile.split(separator: "\n") { #expect(target.contains(line), "\(line)") }
        #expect(target.contains("parameters: [\"name\": \"Ann\", \"n\": 2], timeout: .milliseconds(200)"))
    }

    @Test(.timeLimit(TestBuild.limit(minutes: 10)))
    func everyQueryIsAnsweredOrRefused() throws {
        let graph = try GraphLoader.load(bytes: Array(Self.caseFile.utf8), named: "fuzz-graph.yaml", format: .yaml).graph
        let inputs = Self.inputs()
        #expect(!inputs.isEmpty)
        var answered = 0
        for path in inputs {
            let bytes = try #require(FileManager.default.contents(atPath: path))
            let text = String(decoding: bytes, as: UTF8.self)
            if (try? graph.query(text, parameters: ["name": "Ann", "n": 2], timeout: .milliseconds(200))) != nil { answered += 1 }
        }
        // The seeds include the documentation's and the TCK's queries: many must run.
        #expect(answered > 0)
    }
}
