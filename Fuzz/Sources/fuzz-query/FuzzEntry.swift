import FuzzTargets

/// `fuzz-query`: libFuzzer on ``FuzzTarget/query`` (see Fuzz/run.sh for the flags).
@main
enum FuzzEntry {
    static func main() { FuzzTarget.query.runLibFuzzer() }
}
