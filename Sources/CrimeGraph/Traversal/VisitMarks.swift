/// Per-entity marks for a search that touches a small part of a large graph: whether an entity
/// was reached in the current search, and where in the search's own arrays it sits.
///
/// Clearing an array of a million marks before every search would cost more than a search
/// that reaches a few hundred entities, so a mark counts only when its stamp equals the
/// current generation: starting a new search is one increment (and a full clear once every
/// 2³² − 1 searches). Marks are pooled with the graph (``Graph/borrowVisitMarks()``), so a
/// program that runs many small searches allocates them once per thread, not once per search.
package struct VisitMarks: Sendable {
    private var stamps: [UInt32]
    private var positions: [UInt32]
    private var generation: UInt32 = 0

    /// Marks for `count` entities, none set.
    init(count: Int) {
        stamps = Array(repeating: 0, count: count)
        positions = Array(repeating: 0, count: count)
    }

    /// Clears every mark.
    mutating func startOver() {
        if generation == .max {
            for index in stamps.indices { stamps[index] = 0 }
            generation = 0
        }
        generation += 1
    }

    /// The position recorded for `entity` in this search, or nil when it is not marked.
    @inline(__always)
    package func position(of entity: Int) -> Int? {
        stamps[entity] == generation ? Int(positions[entity]) : nil
    }

    /// Marks `entity`, recording `position`.
    @inline(__always)
    package mutating func mark(_ entity: Int, at position: Int) {
        stamps[entity] = generation
        positions[entity] = UInt32(truncatingIfNeeded: position)
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
