import FuzzTargets

/// `fuzz-gexf`: libFuzzer on ``FuzzTarget/gexf`` (see Fuzz/run.sh for the flags).
@main
enum FuzzEntry {
    static func main() { FuzzTarget.gexf.runLibFuzzer() }
}
