import Foundation
import Testing
@testable import CrimeGraphRender

/// The worker binary itself, run directly, and the renderer's handling of workers that break
/// the protocol.
@Suite("Graphviz worker protocol")
struct GraphvizWorkerProtocolTests {
    /// Whether `pid` is gone or a zombie. `kill` only queues `SIGKILL`; on a loaded machine the
    /// process may take a moment to be scheduled and die, so this looks again for up to 60 s
    /// (a bound on liveness, not a timing assertion: it normally answers at once).
    static func dies(_ pid: pid_t) -> Bool {
        for _ in 0..<1200 {
            guard let state = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8) else { return true }
            if state.contains(") Z ") || state.contains(") X ") { return true }
            usleep(50_000)
        }
        return false
    }

    /// Runs the real worker with `arguments` and `input`.
    func runWorker(_ arguments: [String], input: String = "digraph { a -> b }") throws -> ProcessOutcome {
        let worker = try GraphvizRenderer().locateWorker()
        let child = try ChildProcess.spawn(executable: worker, arguments: arguments, environment: [:])
        return try child.exchange(input: Array(input.utf8), deadline: .now + .seconds(120))
    }

    /// The JSON object a failing worker writes on stdout.
    func failureJSON(_ outcome: ProcessOutcome) -> [String: String]? {
        let object = try? JSONSerialization.jsonObject(with: Data(outcome.standardOutput))
        return object as? [String: String]
    }

    @Test("an unknown engine exits 2 with a request error in JSON", arguments: ["gtk", "osage", ""])
    func unknownEngine(engine: String) throws {
        let outcome = try runWorker(["--engine", engine, "--format", "svg"])
        #expect(outcome.termination == .exited(2))
        let json = failureJSON(outcome)
        #expect(json?["stage"] == "request")
        #expect(json?["message"]?.contains("unknown engine") == true)
    }

    @Test("an unknown format exits 2 with a request error in JSON", arguments: ["x11", "xlib", "gtk", "png:gd"])
    func unknownFormat(format: String) throws {
        let outcome = try runWorker(["--engine", "dot", "--format", format])
        #expect(outcome.termination == .exited(2))
        #expect(failureJSON(outcome)?["stage"] == "request")
    }

    @Test("invalid DOT exits 2 with a parse error in JSON")
    func invalidDOT() throws {
        let outcome = try runWorker(["--engine", "dot", "--format", "svg"], input: "digraph {\n a -> \n}")
        #expect(outcome.termination == .exited(2))
        #expect(failureJSON(outcome)?["stage"] == "parse")
        #expect(failureJSON(outcome)?["message"]?.contains("syntax error") == true)
    }

    @Test("--version names the protocol and the Graphviz version")
    func version() throws {
        let outcome = try runWorker(["--version"])
        #expect(outcome.termination == .exited(0))
        #expect(String(decoding: outcome.standardOutput, as: UTF8.self).hasPrefix("crimegraph-graphviz protocol 1"))
    }

    @Test("stdout holds only the image; progress goes to stderr")
    func stdoutIsClean() throws {
        let outcome = try runWorker(["--engine", "dot", "--format", "svg"])
        #expect(outcome.termination == .exited(0))
        #expect(outcome.standardOutput.starts(with: Array("<?xml".utf8)))
        #expect(String(decoding: outcome.standardError, as: UTF8.self).contains("crimegraph-graphviz: stage render"))
    }

    @Test("a worker that exits without reading a large input is reported, and SIGPIPE does not kill us")
    func workerIgnoringInput() throws {
        let folder = try GraphvizTestSupport.makeTemporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let script = try GraphvizTestSupport.makeScript("echo 'library noise' >&2; exit 1", in: folder)
        let renderer = GraphvizRenderer(workerPath: script)
        let dot = String(repeating: "// padding\n", count: 800_000)
        #expect {
            try renderer.render(dot: dot, engine: .dot, format: .svg)
        } throws: { error in
            guard case .workerFailed(exitCode: 1?, _, let diagnostics) = error as? GraphvizError else { return false }
            return diagnostics == "library noise"
        }
    }

    @Test("exit 2 without readable JSON is a worker failure")
    func unreadableFailure() throws {
        let folder = try GraphvizTestSupport.makeTemporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let script = try GraphvizTestSupport.makeScript("cat >/dev/null; echo 'not json'; exit 2", in: folder)
        #expect {
            try GraphvizRenderer(workerPath: script).render(dot: "digraph {}", engine: .dot, format: .svg)
        } throws: { error in
            guard case .workerFailed(exitCode: 2?, _, _) = error as? GraphvizError else { return false }
            return true
        }
    }

    @Test("on timeout the worker's whole process group is killed")
    func timeoutKillsProcessGroup() throws {
        let folder = try GraphvizTestSupport.makeTemporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        // The fake worker starts a grandchild, reports its pid on stderr, and waits forever.
        let script = try GraphvizTestSupport.makeScript("sleep 300 & echo \"grandchild $!\" >&2; wait", in: folder)
        let renderer = GraphvizRenderer(workerPath: script, timeout: .seconds(5))
        let result = Result { () throws(GraphvizError) in
            try renderer.render(dot: "digraph {}", engine: .dot, format: .svg)
        }
        guard case .failure(.timedOut(let limit, nil, .dot, let diagnostics)) = result else {
            Issue.record("expected a timeout, got \(result)")
            return
        }
        #expect(limit == .seconds(5))
        let grandchild = diagnostics.split(separator: " ").last.flatMap { pid_t($0) }
        try #require(grandchild != nil)
        if let grandchild {
            #expect(Self.dies(grandchild), "grandchild \(grandchild) survived the timeout")
        }
    }
}
