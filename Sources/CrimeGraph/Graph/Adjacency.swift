/// Which way to follow relationships.
public enum Direction: String, Sendable, Hashable, CaseIterable {
    /// From `from` to `to`.
    case outgoing
    /// From `to` back to `from`.
    case incoming
    /// Either way, as if every relationship were undirected.
    case both
}

/// Neighbour lists in compressed sparse row form: the neighbours of entity `v` are
/// `targets[offsets[v]..<offsets[v + 1]]`, reached through the relationships
/// `edges[offsets[v]..<offsets[v + 1]]`, in relationship order.
///
/// Algorithms read these arrays directly; nothing in an inner loop touches strings or
/// dictionaries.
public struct Adjacency: Sendable {
    /// `count + 1` positions into ``targets`` and ``edges``.
    public let offsets: [UInt32]
    /// Neighbour entity indices.
    public let targets: [UInt32]
    /// Relationship indices, parallel to ``targets``.
    public let edges: [UInt32]

    /// The number of entities the adjacency covers.
    public var count: Int { offsets.count - 1 }

    /// The positions in ``targets`` and ``edges`` that belong to `entity`.
    @inlinable
    public func range(of entity: Int) -> Range<Int> {
        Int(offsets[entity])..<Int(offsets[entity + 1])
    }

    /// How many relationship ends `entity` has in this direction (parallel edges count each).
    @inlinable
    public func degree(of entity: Int) -> Int {
        Int(offsets[entity + 1] &- offsets[entity])
    }

    /// The neighbours of `entity`, one per relationship.
    @inlinable
    public func neighbors(of entity: Int) -> ArraySlice<UInt32> { targets[range(of: entity)] }

    /// The relationships at `entity`, parallel to ``neighbors(of:)``.
    @inlinable
    public func relationships(of entity: Int) -> ArraySlice<UInt32> { edges[range(of: entity)] }

    /// Builds the adjacency of `nodeCount` entities from relationship ends by counting sort.
    ///
    /// With `reversed`, each relationship is listed at its target pointing to its source; with
    /// `symmetric`, at both ends.
    /// - Complexity: O(n + m).
    static func build(
        nodeCount: Int, sources: [UInt32], targets: [UInt32], reversed: Bool = false, symmetric: Bool = false
    ) -> Adjacency {
        let edgeCount = sources.count
        let entries = symmetric ? 2 * edgeCount : edgeCount
        var offsets = [UInt32](repeating: 0, count: nodeCount + 1)
        let cursor = UnsafeMutablePointer<UInt32>.allocate(capacity: nodeCount + 1)
        defer { cursor.deallocate() }
        var neighborArray: [UInt32] = []
        var edgeArray: [UInt32] = []
        (reversed ? targets : sources).withUnsafeBufferPointer { tails in
            (reversed ? sources : targets).withUnsafeBufferPointer { heads in
                offsets.withUnsafeMutableBufferPointer { offsets in
                    for e in 0..<edgeCount {
                        offsets[Int(tails[e]) + 1] &+= 1
                        if symmetric { offsets[Int(heads[e]) + 1] &+= 1 }
                    }
                    for v in 0..<nodeCount { offsets[v + 1] &+= offsets[v] }
                    cursor.update(from: offsets.baseAddress!, count: nodeCount + 1)
                }
                neighborArray = [UInt32](unsafeUninitializedCapacity: entries) { out, count in
                    edgeArray = [UInt32](unsafeUninitializedCapacity: entries) { outEdges, edgeCount2 in
                        for e in 0..<edgeCount {
                            let tail = Int(tails[e])
                            let head = heads[e]
                            let slot = Int(cursor[tail])
                            out[slot] = head
                            outEdges[slot] = UInt32(truncatingIfNeeded: e)
                            cursor[tail] = UInt32(truncatingIfNeeded: slot + 1)
                            if symmetric {
                                let back = Int(head)
                                let slot2 = Int(cursor[back])
                                out[slot2] = UInt32(truncatingIfNeeded: tail)
                                outEdges[slot2] = UInt32(truncatingIfNeeded: e)
                                cursor[back] = UInt32(truncatingIfNeeded: slot2 + 1)
                            }
                        }
                        edgeCount2 = entries
                    }
                    count = entries
                }
            }
        }
        return Adjacency(offsets: offsets, targets: neighborArray, edges: edgeArray)
    }
}
