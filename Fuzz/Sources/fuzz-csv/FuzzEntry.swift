import FuzzTargets

/// `fuzz-csv`: libFuzzer on ``FuzzTarget/csv`` (see Fuzz/run.sh for the flags).
@main
enum FuzzEntry {
    static func main() { FuzzTarget.csv.runLibFuzzer() }
}
