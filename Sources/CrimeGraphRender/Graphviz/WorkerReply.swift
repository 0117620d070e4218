import Foundation

/// Reads a finished worker's outcome according to the protocol (see `GraphvizRenderer`):
/// the image on exit 0, a JSON failure on exit 2, anything else a crash or a broken worker.
struct WorkerReply {
    var outcome: ProcessOutcome
    var engine: GraphvizEngine
    var timeout: Duration

    /// The rendered bytes, or the error the outcome stands for.
    func image() throws(GraphvizError) -> [UInt8] {
        let diagnostics = DiagnosticsText(stderr: outcome.standardError)
        switch outcome.termination {
        case .exited(0):
            guard !outcome.standardOutput.isEmpty else {
                throw .workerFailed(exitCode: 0, detail: "it reported success but wrote no image", diagnostics: diagnostics.text)
            }
            return outcome.standardOutput
        case .exited(2):
            throw failure(diagnostics: diagnostics)
        case .exited(let status):
            throw .workerFailed(exitCode: status, detail: Self.explain(status: status, diagnostics), diagnostics: diagnostics.text)
        case .signaled(let signal):
            throw .crashed(signal: signal, stage: diagnostics.lastStage, engine: engine, diagnostics: diagnostics.text)
        case .timedOut:
            throw .timedOut(limit: timeout, stage: diagnostics.lastStage, engine: engine, diagnostics: diagnostics.text)
        }
    }

    /// The `{"stage": …, "message": …}` answer of an exit with status 2.
    private struct FailureAnswer: Decodable {
        var stage: String
        var message: String
    }

    private func failure(diagnostics: DiagnosticsText) -> GraphvizError {
        guard let answer = try? JSONDecoder().decode(FailureAnswer.self, from: Data(outcome.standardOutput)),
              let stage = GraphvizStage(rawValue: answer.stage)
        else {
            return .workerFailed(exitCode: 2, detail: "its error report could not be read", diagnostics: diagnostics.text)
        }
        if stage == .request { return .invalidRequest(message: answer.message) }
        return .graphvizFailed(stage: stage, message: answer.message, diagnostics: diagnostics.text)
    }

    /// A reason for an exit status outside the protocol.
    private static func explain(status: Int32, _ diagnostics: DiagnosticsText) -> String {
        if diagnostics.text.contains("error while loading shared libraries") {
            return "it cannot load the Graphviz libraries (on Debian/Ubuntu: apt install libgvc6)"
        }
        if diagnostics.text.contains("out of memory") {
            return "Graphviz ran out of memory"
        }
        return "unexpected exit status \(status)"
    }
}
