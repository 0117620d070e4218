import ArgumentParser
import CrimeGraph
import CrimeGraphIO
import CrimeGraphMerge
import Foundation

/// Reading for `duplicates` and `merge`: files combined by id, records of one id in several
/// files joined instead of refused (see `CaseUnion`).
enum MergeLoading {
    static func union(_ files: [String], options: ReadOptions) throws -> CaseUnion {
        do {
            let union = try CaseUnion.load(files, options: options)
            Terminal.printDiagnostics(union.warnings)
            return union
        } catch {
            Terminal.printDiagnostics(error.diagnostics)
            let errors = error.diagnostics.filter { $0.severity == .error }.count
            throw CommandFailure("\(errors) error\(errors == 1 ? "" : "s") in the input; nothing was merged")
        }
    }

    /// A score option's value, checked to lie in 0…1.
    static func checkScore(_ value: Double?, _ name: String) throws {
        if let value, !(0...1).contains(value) { throw ValidationError("\(name) must be between 0 and 1") }
    }

    /// Kinds named by `--kind`, checked against the graph.
    static func kinds(_ names: [String], in graph: Graph) throws -> Set<EntityKind>? {
        guard !names.isEmpty else { return nil }
        try KindCheck.entityKinds(names, in: graph)
        return Set(names.map(EntityKind.init(rawValue:)))
    }
}

/// JSON and text pieces shared by the merge commands.
enum MergePresent {
    static func reasons(_ reasons: [MatchReason]) -> JSONValue {
        .array(reasons.map { .object(["code": .string($0.code.rawValue), "text": .string($0.text), "weight": .double($0.weight)]) })
    }

    /// `+0.93`, `-0.25`.
    static func signed(_ value: Double) -> String {
        let text = String(format: "%.2f", abs(value))
        return (value < 0 ? "-" : "+") + text
    }

    /// `0.93`.
    static func score(_ value: Double) -> String { String(format: "%.2f", value) }
}
