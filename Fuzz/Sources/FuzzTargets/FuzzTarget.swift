import CrimeGraph
import CrimeGraphIO

/// A fuzz target: the public CrimeGraph entry point an input is fed to.
///
/// Every target runs the same calls as the main test suite's corpus replay
/// (`Tests/CrimeGraphIOTests/FuzzCorpusReplayTests.swift` and, for `query`,
/// `Tests/CrimeGraphQueryTests/QueryFuzzCorpusReplayTests.swift`): an input may be refused with
/// diagnostics or read, never crash, hang or exhaust memory.
public enum FuzzTarget: String, CaseIterable, Sendable {
    case caseFileYAML = "casefile-yaml"
    case caseFileJSON = "casefile-json"
    case csv
    case matrix
    case graphML = "graphml"
    case gexf
    case ftm
    case dot
    case query

    /// The reader's format; nil for the query target.
    public var format: FileFormat? {
        switch self {
        case .caseFileYAML: return .yaml
        case .caseFileJSON: return .json
        case .csv: return .csv
        case .matrix: return .matrix
        case .graphML: return .graphML
        case .gexf: return .gexf
        case .ftm: return .followTheMoney
        case .dot: return .dot
        case .query: return nil
        }
    }

    /// Feeds one input to the target; traps (so libFuzzer records a crash) when a property fails.
    public func run(_ bytes: [UInt8]) {
        if let format {
            ReaderFuzzing.run(bytes, format: format)
        } else {
            QueryFuzzing.run(bytes)
        }
    }
}
