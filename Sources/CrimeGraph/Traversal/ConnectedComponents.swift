/// A partition of the entities into connected components.
public struct ConnectedComponents: Sendable {
    /// Per entity, its component number. Components are numbered by size, largest first (ties:
    /// the one with the lowest entity index first).
    public let componentOf: [UInt32]
    /// Per component number, its number of entities.
    public let sizes: [Int]

    /// The number of components (an isolated entity is a component of its own).
    public var count: Int { sizes.count }

    /// The members of component `number`, ascending.
    public func members(of number: Int) -> [Int] {
        componentOf.indices.filter { componentOf[$0] == UInt32(number) }
    }
}

extension Graph {
    /// Weakly connected components: entities joined by relationships in either direction.
    /// - Complexity: O(n + m); iterative.
    public func connectedComponents() -> ConnectedComponents {
        let none = UInt32.max
        var label = [UInt32](repeating: none, count: entityCount)
        var sizes: [Int] = []
        var queue: [UInt32] = []
        queue.reserveCapacity(entityCount)
        undirected.targets.withUnsafeBufferPointer { targets in
            undirected.offsets.withUnsafeBufferPointer { offsets in
                for start in 0..<entityCount where label[start] == none {
                    let component = UInt32(sizes.count)
                    label[start] = component
                    queue.removeAll(keepingCapacity: true)
                    queue.append(UInt32(start))
                    var head = 0
                    while head < queue.count {
                        let node = Int(queue[head])
                        head += 1
                        for slot in Int(offsets[node])..<Int(offsets[node + 1]) {
                            let neighbor = Int(targets[slot])
                            if label[neighbor] == none {
                                label[neighbor] = component
                                queue.append(UInt32(neighbor))
                            }
                        }
                    }
                    sizes.append(queue.count)
                }
            }
        }
        // Renumber by size, largest first; ties keep discovery order (lowest first entity).
        let order = sizes.indices.sorted { sizes[$0] != sizes[$1] ? sizes[$0] > sizes[$1] : $0 < $1 }
        var renumber = [UInt32](repeating: 0, count: sizes.count)
        for (rank, old) in order.enumerated() { renumber[old] = UInt32(rank) }
        for index in label.indices { label[index] = renumber[Int(label[index])] }
        return ConnectedComponents(componentOf: label, sizes: order.map { sizes[$0] })
    }
}
