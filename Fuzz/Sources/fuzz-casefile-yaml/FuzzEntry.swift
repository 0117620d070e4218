import FuzzTargets

/// `fuzz-casefile-yaml`: libFuzzer on ``FuzzTarget/caseFileYAML`` (see Fuzz/run.sh for the flags).
@main
enum FuzzEntry {
    static func main() { FuzzTarget.caseFileYAML.runLibFuzzer() }
}
