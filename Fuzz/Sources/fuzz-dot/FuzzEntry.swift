import FuzzTargets

/// `fuzz-dot`: libFuzzer on ``FuzzTarget/dot`` (see Fuzz/run.sh for the flags).
@main
enum FuzzEntry {
    static func main() { FuzzTarget.dot.runLibFuzzer() }
}
