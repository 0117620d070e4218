import CrimeGraph
import CrimeGraphIO
import Testing

@testable import CrimeGraphMerge

@Suite("Bad merge input")
struct MergeErrorTests {
    private func messages(_ body: () throws -> Void) -> [String] {
        do {
            try body()
            return []
        } catch let error as DiagnosticsError {
            return error.diagnostics.map { $0.description.replacingOccurrences(of: MergeFixtures.path(""), with: "") }
        } catch {
            return ["\(error)"]
        }
    }

    private func merge(decisions file: String) -> [String] {
        messages {
            let decisions = try DecisionsReader.read(path: MergeFixtures.path(file))
            _ = try CaseMerger.merge(try MergeFixtures.union(), options: MergeOptions(decisions: decisions))
        }
    }

    @Test func unknownIDsAreNamedWithFileLineAndSuggestion() {
        #expect(merge(decisions: "bad/decisions-unknown.yaml") == [
            "bad/decisions-unknown.yaml:5:14: error: unknown entity 'samdech-sar-khen': no file being merged defines it; did you mean 'samdech-sar-kheng'?",
        ])
    }

    @Test func cyclesOfAbsorptionsAreRefused() {
        #expect(merge(decisions: "bad/decisions-cycle.yaml") == [
            "bad/decisions-cycle.yaml:7:14: error: absorption cycle: 'samdech-sar-kheng' absorbs 'sar-kheng' (\(MergeFixtures.path(""))bad/decisions-cycle.yaml:7:14), 'sar-kheng' absorbs 'samdech-sar-kheng' (\(MergeFixtures.path(""))bad/decisions-cycle.yaml:5:14); one of them must be the one kept"
                .replacingOccurrences(of: MergeFixtures.path(""), with: ""),
        ])
    }

    @Test func kindsTwoKeepersAndDistinctConflictsAreAllReported() {
        #expect(merge(decisions: "bad/decisions-kinds.yaml") == [
            "bad/decisions-kinds.yaml:5:14: error: cannot merge company 'galaxy-world' into person 'sar-kheng': entities of different kinds are different things",
            "bad/decisions-kinds.yaml:9:14: error: 'wentian-wang' is absorbed by 'wang-wenjie' here and by 'wang-wentian' at bad/decisions-kinds.yaml:7:14; an entity can be absorbed once",
            "bad/decisions-kinds.yaml:11:5: error: 'wang-wentian' and 'wentian-wang' are marked distinct here, but the merges put them together",
        ])
    }

    @Test func oneIDWithTwoKindsInTwoFilesNamesBothPlaces() {
        let found = messages { _ = try CaseUnion.load([MergeFixtures.path("case-a.yaml"), MergeFixtures.path("bad/kind-conflict.yaml")]) }
        #expect(found == [
            "bad/kind-conflict.yaml:6:5: error: entity 'galaxy-world' is a location here but a company at case-a.yaml:47:5; one id cannot name two kinds of thing: give one of them another id",
        ])
    }

    @Test func malformedDecisionFilesAreReportedWithPositions() {
        let text = """
            decisions_version: 2
            merge:
              - keep: Sar Kheng
                absorbs: [x]
            distinct:
              - ids: [only-one]
            """
        let found = messages { _ = try DecisionsReader.decode(text, file: "d.yaml") }
        #expect(found == [
            "d.yaml:1:20: error: decisions_version must be 1, found '2'",
            "d.yaml:4:5: error: merge entry: unknown field 'absorbs'; did you mean 'absorb'?",
            "d.yaml:3:5: error: merge entry: missing required field 'absorb'",
            "d.yaml:6:10: error: distinct entry: 'ids' must name at least two entities",
        ])
    }

    @Test func aliasBombsStop() {
        var text = "a: &a [x, x, x, x, x, x, x, x, x, x]\n"
        for level in 1...6 { text += "l\(level): &l\(level) [" + Array(repeating: level == 1 ? "*a" : "*l\(level - 1)", count: 10).joined(separator: ", ") + "]\n" }
        text += "decisions_version: 1\nmerge:\n  - {keep: a, absorb: *l6}\n"
        let found = messages { _ = try DecisionsReader.decode(text, file: "bomb.yaml") }
        #expect(found.contains { $0.contains("expands to far more values") } || found.contains { $0.contains("unknown field") })
    }
}
