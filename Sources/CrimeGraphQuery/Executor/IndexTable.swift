/// A hash table keyed by node or relationship numbers (non-negative integers), each with a
/// payload: what a breadth-first search has reached, and which nodes a `count(DISTINCT n)`
/// has seen. `IndexTable<Void>` is a set.
///
/// The standard `Dictionary` and `Set` hash every key with SipHash, which guards against keys
/// chosen to collide; these keys are the graph's own dense numbers, so one multiplication
/// (Fibonacci hashing: the top bits of key × 2⁶⁴/φ) spreads them well, and open addressing
/// with linear probing keeps a lookup to one or two cache lines. The table grows at half
/// full. It only grows: nothing is removed while a query runs.
struct IndexTable<Payload> {
    /// Per bucket, its key, or -1 when empty.
    private var keys: [Int]
    private var payloads: [Payload]
    private let filler: Payload
    /// log₂ of the bucket count.
    private var bits: Int
    /// How many keys are held.
    private(set) var count = 0

    /// An empty table with room for `capacity` keys before it grows. `filler` fills the
    /// payloads of empty buckets (it is never returned).
    init(capacity: Int = 8, filler: Payload) {
        var bits = 4
        while 1 << bits < 2 * capacity { bits += 1 }
        self.bits = bits
        self.filler = filler
        keys = Array(repeating: -1, count: 1 << bits)
        payloads = Array(repeating: filler, count: 1 << bits)
    }

    /// The payload of `key`, or nil when the table does not hold it.
    subscript(key: Int) -> Payload? {
        let bucket = find(key)
        return keys[bucket] == key ? payloads[bucket] : nil
    }

    /// Adds `key` with `payload` unless the table holds it already (then nothing changes).
    /// - Returns: Whether the key was added.
    @discardableResult
    mutating func insert(_ key: Int, _ payload: Payload) -> Bool {
        precondition(key >= 0, "IndexTable keys are node or relationship numbers")
        var bucket = find(key)
        if keys[bucket] == key { return false }
        if 2 * (count + 1) > keys.count {
            grow()
            bucket = find(key)
        }
        keys[bucket] = key
        payloads[bucket] = payload
        count += 1
        return true
    }

    /// The bucket holding `key`, or the empty bucket where it would go.
    @inline(__always)
    private func find(_ key: Int) -> Int {
        let mask = keys.count - 1
        var bucket = Int(truncatingIfNeeded: (UInt64(truncatingIfNeeded: key) &* 0x9E37_79B9_7F4A_7C15) >> UInt64(64 - bits))
        while true {
            let held = keys[bucket]
            if held == key || held < 0 { return bucket }
            bucket = (bucket + 1) & mask
        }
    }

    /// Doubles the bucket count and places every key again.
    private mutating func grow() {
        let (oldKeys, oldPayloads) = (keys, payloads)
        bits += 1
        keys = Array(repeating: -1, count: 1 << bits)
        payloads = Array(repeating: filler, count: 1 << bits)
        for (key, payload) in zip(oldKeys, oldPayloads) where key >= 0 {
            let bucket = find(key)
            keys[bucket] = key
            payloads[bucket] = payload
        }
    }
}

extension IndexTable where Payload == Void {
    /// An empty set with room for `capacity` keys before it grows.
    init(capacity: Int = 8) { self.init(capacity: capacity, filler: ()) }

    /// Adds `key` unless the set holds it. - Returns: Whether it was added.
    @discardableResult
    mutating func insert(_ key: Int) -> Bool { insert(key, ()) }
}
