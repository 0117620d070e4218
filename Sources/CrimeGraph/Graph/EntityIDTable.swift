/// Entity ids interned in one UTF-8 buffer, with an open-addressing hash index.
///
/// A million ids cost about 30 bytes each (their bytes, an end offset and two 8-byte index
/// slots) instead of a `String` per id plus a `[String: UInt32]` entry, and bulk readers look
/// ids up straight from the input's bytes, making a `String` only for an id not seen before.
/// `table[index]` is the id at an index; `table[id]` the index of an id.
struct EntityIDTable: Sendable {
    /// Every id's bytes, back to back.
    private var bytes: [UInt8] = []
    /// Per id, one past its last byte in ``bytes`` (its first is the previous id's end).
    private var ends: [Int] = []
    /// Open addressing, linear probing: 0 is empty, otherwise the id's hash in the high 32 bits
    /// and its index + 1 in the low 32, so that a probe reads one word and compares bytes only
    /// on a matching hash. The count is a power of two at least twice the number of ids.
    private var slots: [UInt64] = []

    /// The number of ids.
    var count: Int { ends.count }

    /// The id at `index`.
    subscript(index: Int) -> String {
        let start = index == 0 ? 0 : ends[index - 1]
        return bytes.withUnsafeBufferPointer { String(decoding: UnsafeBufferPointer(rebasing: $0[start..<ends[index]]), as: UTF8.self) }
    }

    /// The index of `id`, if present.
    subscript(id: String) -> UInt32? {
        var id = id
        return id.withUTF8 { index(of: $0) }
    }

    /// The index of the id whose UTF-8 bytes are `key`, if present.
    /// - Complexity: O(1) on average.
    func index(of key: UnsafeBufferPointer<UInt8>) -> UInt32? {
        guard !slots.isEmpty else { return nil }
        let hash = Self.hash(key)
        return find(key, hash: hash).index
    }

    /// Adds `id` unless present.
    /// - Returns: its index and whether it was added.
    @discardableResult
    mutating func insert(_ id: String) -> (index: UInt32, inserted: Bool) {
        var id = id
        return id.withUTF8 { insert($0) }
    }

    /// Adds the id whose UTF-8 bytes are `key` unless present.
    /// - Returns: its index and whether it was added.
    /// - Complexity: O(1) amortized.
    @discardableResult
    mutating func insert(_ key: UnsafeBufferPointer<UInt8>) -> (index: UInt32, inserted: Bool) {
        if slots.isEmpty || 2 * (count + 1) > slots.count { grow(to: max(16, 2 * slots.count)) }
        let hash = Self.hash(key)
        let found = find(key, hash: hash)
        if let index = found.index { return (index, false) }
        let index = UInt32(count)
        bytes.append(contentsOf: key)
        ends.append(bytes.count)
        slots[found.slot] = UInt64(hash) << 32 | UInt64(index + 1)
        return (index, true)
    }

    /// Adds the ids at `ranges` of `bytes` that are not present, in order, writing every id's
    /// index to `indices` and whether it was added to `inserted`.
    ///
    /// The same as ``insert(_:)`` key by key, but the table words of the whole batch are read
    /// first, independently, so that their cache misses overlap instead of coming one after
    /// another: on a million random ids this halves the time of a bulk load.
    mutating func insert(batch ranges: [Range<Int>], of bytes: UnsafeBufferPointer<UInt8>, indices: inout [UInt32], inserted: inout [Bool]) {
        indices.removeAll(keepingCapacity: true)
        inserted.removeAll(keepingCapacity: true)
        while slots.isEmpty || 2 * (count + ranges.count) > slots.count { grow(to: max(16, 2 * slots.count)) }
        let mask = slots.count - 1
        var sink: UInt64 = 0
        slots.withUnsafeBufferPointer { slots in
            ends.withUnsafeBufferPointer { ends in
                self.bytes.withUnsafeBufferPointer { stored in
                    // First touch: each key's home slot.
                    var homes = [UInt64](repeating: 0, count: ranges.count)
                    for (position, range) in ranges.enumerated() {
                        let hash = Self.hash(UnsafeBufferPointer(rebasing: bytes[range]))
                        homes[position] = slots[Int(hash) & mask]
                        sink &+= homes[position]
                    }
                    // Second touch: the stored bytes of a matching entry.
                    for entry in homes where entry != 0 {
                        let index = Int(UInt32(truncatingIfNeeded: entry)) - 1
                        if index < ends.count {
                            let start = index == 0 ? 0 : ends[index - 1]
                            if start < stored.count { sink &+= UInt64(stored[start]) }
                        }
                    }
                }
            }
        }
        probeSink = sink
        for range in ranges {
            let result = insert(UnsafeBufferPointer(rebasing: bytes[range]))
            indices.append(result.index)
            inserted.append(result.inserted)
        }
    }

    /// Keeps the batch's first reads from being optimized away.
    private var probeSink: UInt64 = 0

    /// Reserves room for `ids` ids of about `averageLength` bytes.
    mutating func reserve(_ ids: Int, averageLength: Int = 12) {
        bytes.reserveCapacity(ids * averageLength)
        ends.reserveCapacity(ids)
        var size = 16
        while size < 2 * ids { size *= 2 }
        if size > slots.count { grow(to: size) }
    }

    /// The slot holding `key`, or the empty slot where it belongs.
    private func find(_ key: UnsafeBufferPointer<UInt8>, hash: UInt32) -> (index: UInt32?, slot: Int) {
        let mask = slots.count - 1
        return slots.withUnsafeBufferPointer { slots in
            ends.withUnsafeBufferPointer { ends in
                bytes.withUnsafeBufferPointer { bytes in
                    var slot = Int(hash) & mask
                    while true {
                        let entry = slots[slot]
                        if entry == 0 { return (nil, slot) }
                        if UInt32(truncatingIfNeeded: entry >> 32) == hash {
                            let index = Int(UInt32(truncatingIfNeeded: entry)) - 1
                            let start = index == 0 ? 0 : ends[index - 1]
                            let length = ends[index] - start
                            if length == key.count && Self.equal(bytes.baseAddress! + start, key.baseAddress, length) {
                                return (UInt32(index), slot)
                            }
                        }
                        slot = (slot + 1) & mask
                    }
                }
            }
        }
    }

    private mutating func grow(to size: Int) {
        var table = [UInt64](repeating: 0, count: size)
        let mask = size - 1
        for entry in slots where entry != 0 {
            var slot = Int(entry >> 32) & mask
            while table[slot] != 0 { slot = (slot + 1) & mask }
            table[slot] = entry
        }
        slots = table
    }

    /// Whether `length` bytes at `a` and `b` are equal (short ids: a word at a time, no call).
    @inline(__always)
    private static func equal(_ a: UnsafePointer<UInt8>, _ b: UnsafePointer<UInt8>?, _ length: Int) -> Bool {
        guard length > 0, let b else { return true }
        let left = UnsafeRawPointer(a)
        let right = UnsafeRawPointer(b)
        var offset = 0
        while offset + 8 <= length {
            if left.loadUnaligned(fromByteOffset: offset, as: UInt64.self) != right.loadUnaligned(fromByteOffset: offset, as: UInt64.self) {
                return false
            }
            offset += 8
        }
        while offset < length {
            if left.load(fromByteOffset: offset, as: UInt8.self) != right.load(fromByteOffset: offset, as: UInt8.self) { return false }
            offset += 1
        }
        return true
    }

    /// A fast 32-bit hash of short byte strings (8 bytes per multiply, then a final mix).
    static func hash(_ key: UnsafeBufferPointer<UInt8>) -> UInt32 {
        var h: UInt64 = 0x9E37_79B9_7F4A_7C15 ^ UInt64(key.count)
        guard let base = key.baseAddress else { return UInt32(truncatingIfNeeded: h) }
        let raw = UnsafeRawPointer(base)
        var offset = 0
        while offset + 8 <= key.count {
            let word = raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self)
            h = (h ^ word) &* 0xFF51_AFD7_ED55_8CCD
            h ^= h >> 32
            offset += 8
        }
        if offset < key.count {
            var word: UInt64 = 0
            for position in offset..<key.count { word = word << 8 | UInt64(key[position]) }
            h = (h ^ word) &* 0xC4CE_B9FE_1A85_EC53
        }
        h ^= h >> 33
        h = h &* 0xFF51_AFD7_ED55_8CCD
        h ^= h >> 29
        return UInt32(truncatingIfNeeded: h)
    }
}

/// Entity names, stored only where they differ from the id (bulk imports name entities by
/// their id, and then the column costs nothing).
struct EntityNameColumn: Sendable {
    private(set) var names = SparseColumn<String>()

    mutating func append(_ name: String, id: String) { names.append(name == id ? nil : name) }
    mutating func appendSameAsID() { names.append(nil) }
}

extension Graph {
    /// Entity names by index: the stored name, or the id where none differs.
    struct Names {
        let ids: EntityIDTable
        let column: EntityNameColumn
        subscript(index: Int) -> String { column.names[index] ?? ids[index] }
    }
}

