import Foundation
import Testing

/// What a test needs from the machine — a tool, a built binary, data in `../shared` — and what
/// happens when it is missing: the test prints why and passes, except under `CI=true`, where the
/// missing requirement is a recorded failure, so CI cannot go green by skipping.
///
/// One file, `Tests/Support/Requirement.swift`, linked into each test target that uses it.
enum Requirement {
    /// Whether a missing requirement fails the test: the environment has `CI=true`.
    static var isCI: Bool { ProcessInfo.processInfo.environment["CI"] == "true" }

    /// Reports that `what` is missing (say what to install or fetch): a printed skip, or a
    /// failure under `CI=true`. The caller then returns without checking anything.
    static func missing(_ what: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        if isCI {
            Issue.record("\(what) (CI=true, so this fails instead of skipping)", sourceLocation: sourceLocation)
        } else {
            print("skipped: \(what)")
        }
    }

    /// `value`, or nil after reporting `what` as ``missing(_:sourceLocation:)``.
    static func present<Value>(
        _ value: Value?, _ what: @autoclosure () -> String, sourceLocation: Testing.SourceLocation = #_sourceLocation
    ) -> Value? {
        if value == nil { missing(what(), sourceLocation: sourceLocation) }
        return value
    }
}
