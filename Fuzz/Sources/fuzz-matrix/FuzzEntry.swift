import FuzzTargets

/// `fuzz-matrix`: libFuzzer on ``FuzzTarget/matrix`` (see Fuzz/run.sh for the flags).
@main
enum FuzzEntry {
    static func main() { FuzzTarget.matrix.runLibFuzzer() }
}
