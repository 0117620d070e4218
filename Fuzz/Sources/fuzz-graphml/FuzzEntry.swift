import FuzzTargets

/// `fuzz-graphml`: libFuzzer on ``FuzzTarget/graphML`` (see Fuzz/run.sh for the flags).
@main
enum FuzzEntry {
    static func main() { FuzzTarget.graphML.runLibFuzzer() }
}
