import Testing
@testable import CrimeGraphRender

@Suite("Graphviz errors and diagnostics")
struct GraphvizErrorTests {
    @Test("wait statuses decode to exits and signals")
    func waitStatus() {
        #expect(ChildProcess.termination(fromWaitStatus: 0) == .exited(0))
        #expect(ChildProcess.termination(fromWaitStatus: 2 << 8) == .exited(2))
        #expect(ChildProcess.termination(fromWaitStatus: 11) == .signaled(11))
        #expect(ChildProcess.termination(fromWaitStatus: 6 | 0x80) == .signaled(6))  // with core dump bit
    }

    @Test("stderr is cleaned, bounded, and its stage markers read")
    func diagnosticsCleaning() {
        var raw = "crimegraph-graphviz: stage parse\ncrimegraph-graphviz: stage layout\n"
        raw += "Warning: \u{1B}[31mred\u{1B}[0m text\twith tab\u{7}\n"
        raw += String(repeating: "z", count: 1000) + "\n"
        raw += (1...30).map { "line \($0)" }.joined(separator: "\n")
        let cleaned = DiagnosticsText(stderr: Array(raw.utf8) + [0xFF, 0x0A])
        #expect(cleaned.lastStage == .layout)
        #expect(!cleaned.text.contains("stage"))
        #expect(!cleaned.text.contains("\u{1B}"))
        #expect(cleaned.text.split(separator: "\n").count == 21)  // 20 lines and the omission note
        #expect(cleaned.text.hasPrefix("… ("))
        #expect(cleaned.text.split(separator: "\n").allSatisfy { $0.count <= 301 })

        let short = DiagnosticsText(stderr: Array("Warning: \u{1B}[31mred\u{1B}[0m\ttab\n".utf8))
        #expect(short.text == "Warning: red tab")
        #expect(short.lastStage == nil)
    }

    @Test("a crash message names the signal, the step and a way out, but not Graphviz's output")
    func crashMessage() {
        let error = GraphvizError.crashed(signal: 11, stage: .layout, engine: .dot, diagnostics: "Warning: node n1, port b unrecognized")
        #expect(error.description == "Graphviz crashed (SIGSEGV) while laying out the graph with dot; try --engine sfdp or a smaller --focus view.")
        #expect(error.signalName == "SIGSEGV")
        #expect(error.verboseDescription.hasSuffix("\n  Warning: node n1, port b unrecognized"))
    }

    @Test("a timeout message names the limit")
    func timeoutMessage() {
        let error = GraphvizError.timedOut(limit: .seconds(10), stage: .layout, engine: .dot, diagnostics: "")
        #expect(error.description.contains("within 10 s"))
        #expect(error.verboseDescription == error.description)
    }
}
