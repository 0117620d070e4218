/// Per-entity marks for a search that touches a small part of a large graph: whether an entity
/// was reached in the current search.
///
/// Clearing an array of a million marks before every search would cost more than a search
/// that reaches a few hundred entities, so a mark counts only when its stamp equals the
/// current generation: starting a new search is one increment (and a full clear once every
/// 2³² − 1 searches). Marks are pooled with the graph (``Graph/borrowVisitMarks()``), so a
/// program that runs many small searches allocates them once per thread (4 bytes per entity),
/// not once per search.
package struct VisitMarks: Sendable {
    private var stamps: [UInt32]
    private var generation: UInt32 = 0

    /// Marks for `count` entities, none set.
    init(count: Int) { stamps = Array(repeating: 0, count: count) }

    /// Clears every mark.
    mutating func startOver() {
        if generation == .max {
            for index in stamps.indices { stamps[index] = 0 }
            generation = 0
        }
        generation += 1
    }

    /// Runs `body` with the marks as a raw buffer and the current generation: entity `e` is
    /// marked when `stamps[e] == generation`, and marking it is storing the generation there.
    /// A search's inner loop reads and writes the buffer without the array's checks.
    package mutating func withStamps<Result>(
        _ body: (_ stamps: UnsafeMutableBufferPointer<UInt32>, _ generation: UInt32) throws -> Result
    ) rethrows -> Result {
        let generation = generation
        return try stamps.withUnsafeMutableBufferPointer { try body($0, generation) }
    }
}

extension Graph {
    /// Cleared ``VisitMarks`` for this graph's entities, taken from the graph's pool (or made,
    /// O(n) once); hand them back with ``returnVisitMarks(_:)`` when the search is done.
    /// Each concurrent caller gets its own.
    ///
    /// A borrow and a return rather than a `withVisitMarks { }` closure: variables a closure
    /// captures and mutates are boxed and checked for exclusive access on every use, which
    /// in a search's inner loop costs more than the search.
    package func borrowVisitMarks() -> VisitMarks {
        var marks = cache.visitMarks.withLock { $0.popLast() } ?? VisitMarks(count: entityCount)
        marks.startOver()
        return marks
    }

    /// Puts marks from ``borrowVisitMarks()`` back in the pool (kept unless the pool is full).
    package func returnVisitMarks(_ marks: consuming VisitMarks) {
        let kept = marks
        cache.visitMarks.withLock { pool in if pool.count < LookupCache.pooledMarks { pool.append(kept) } }
    }
}
