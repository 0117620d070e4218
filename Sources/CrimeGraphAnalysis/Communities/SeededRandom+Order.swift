extension SeededRandom {
    /// A uniform integer in `0..<bound` (Lemire's multiply-high method without rejection; the
    /// bias, below `bound / 2⁶⁴`, is irrelevant here). Written out rather than taken from the
    /// standard library so that the sequence for a seed can never change with the toolchain.
    /// - Precondition: `bound > 0`.
    mutating func index(below bound: Int) -> Int {
        Int(truncatingIfNeeded: UInt64(bound).multipliedFullWidth(by: next()).high)
    }

    /// `0..<count` in a random order (Fisher–Yates, from the last position down).
    /// - Complexity: O(count).
    mutating func permutation(of count: Int) -> [Int32] {
        var order = (0..<count).map { Int32($0) }
        var position = count - 1
        while position > 0 {
            order.swapAt(position, index(below: position + 1))
            position -= 1
        }
        return order
    }
}
