import FuzzTargets

/// `fuzz-ftm`: libFuzzer on ``FuzzTarget/ftm`` (see Fuzz/run.sh for the flags).
@main
enum FuzzEntry {
    static func main() { FuzzTarget.ftm.runLibFuzzer() }
}
