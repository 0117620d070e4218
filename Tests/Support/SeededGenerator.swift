/// SplitMix64: a small seeded generator, so property tests and generated inputs repeat
/// exactly. Shared by the test targets through symlinks (as Requirement and TestBuild are).
struct SeededGenerator: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A number in `0..<bound`: the next value modulo `bound` (a tiny bias, no rejection, so
    /// the sequence is the same wherever it is used).
    mutating func next(below bound: Int) -> Int { Int(next() % UInt64(bound)) }
}
