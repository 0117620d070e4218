import FuzzTargets

/// `fuzz-casefile-json`: libFuzzer on ``FuzzTarget/caseFileJSON`` (see Fuzz/run.sh for the flags).
@main
enum FuzzEntry {
    static func main() { FuzzTarget.caseFileJSON.runLibFuzzer() }
}
