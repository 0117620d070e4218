import Foundation
import Testing
@testable import CrimeGraphRender

/// Inputs that crash, abort or hang Debian 12's Graphviz 2.43, rendered with `dot`: each must
/// end in an image or a `GraphvizError` within the timeout, with this process alive.
@Suite("Graphviz crash collection")
struct GraphvizCrashTests {
    /// What each known file does through the worker (checked on Graphviz 2.43.0).
    enum Expected {
        case image
        case crash(signal: Int32)
        case timeout
    }

    static let expectations: [String: Expected] = [
        // Renders: the worker never calls gvFreeLayout, which is what corrupts the heap.
        "gvfreelayout-clusters-labels.dot": .image,
        "segfault-19.dot": .crash(signal: SIGSEGV),
        "segfault-32.dot": .crash(signal: SIGSEGV),
        "segfault-47.dot": .crash(signal: SIGSEGV),
        "segfault-63.dot": .crash(signal: SIGSEGV),
        "abort-assert-39.dot": .crash(signal: SIGABRT),
        "hang-35.dot": .timeout,
    ]

    /// The collection is there (skipped without it, failed under `CI=true`) and holds files.
    @Test func collectionIsPresent() {
        let folder = GraphvizTestSupport.crashFolderExists ? GraphvizTestSupport.crashFolder : nil
        guard Requirement.present(folder, "../shared/graphviz-crashes is absent; nothing to check") != nil else { return }
        #expect(!GraphvizTestSupport.crashFiles.isEmpty, "../shared/graphviz-crashes holds no .dot file")
    }

    @Test(
        "a crash file ends in an image or a clear error",
        .enabled(if: GraphvizTestSupport.crashFolderExists, "../shared/graphviz-crashes is absent on this machine"),
        arguments: GraphvizTestSupport.crashFiles)
    func crashFile(name: String) throws {
        let dot = try String(contentsOf: GraphvizTestSupport.crashFolder.appendingPathComponent(name), encoding: .utf8)
        let expected = Self.expectations[name]
        // Only the hang waits for its timeout; the others end within milliseconds, so their
        // generous limit matters only on a badly overloaded machine.
        let timeout: Duration = if case .timeout = expected { .seconds(10) } else { .seconds(120) }
        let renderer = GraphvizRenderer(timeout: timeout)

        let result = Result { () throws(GraphvizError) in
            try renderer.render(dot: dot, engine: .dot, format: .svg)
        }
        switch (expected, result) {
        case (.image?, .success(let svg)), (nil, .success(let svg)):
            #expect(GraphvizTestSupport.nodeGroupCount(inSVG: svg) ?? 0 > 0)
        case (.crash(let signal)?, .failure(.crashed(let actual, let stage, let engine, let diagnostics))):
            #expect(actual == signal)
            #expect(stage == .layout)
            #expect(engine == .dot)
            let error = GraphvizError.crashed(signal: actual, stage: stage, engine: engine, diagnostics: diagnostics)
            #expect(error.description.contains("while laying out the graph with dot"))
            #expect(error.description.contains(SignalNames.name(of: signal) ?? "?"))
            #expect(!error.description.contains("Warning"))
        case (.timeout?, .failure(.timedOut(let limit, let stage, _, _))):
            #expect(limit == .seconds(10))
            #expect(stage == .layout)
        case (nil, .failure):
            break  // A new file: any GraphvizError is acceptable.
        default:
            Issue.record("\(name): expected \(String(describing: expected)), got \(result)")
        }
    }
}
