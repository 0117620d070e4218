/// A binary min-heap of (key, node) pairs for Dijkstra's algorithm. Stale entries are left in
/// and skipped by the caller (lazy deletion), which is simpler and, on sparse graphs, as fast
/// as a decrease-key heap.
struct MinHeap {
    private var keys: [Double] = []
    private var nodes: [Int32] = []

    var isEmpty: Bool { keys.isEmpty }

    mutating func removeAll() {
        keys.removeAll(keepingCapacity: true)
        nodes.removeAll(keepingCapacity: true)
    }

    mutating func push(_ key: Double, _ node: Int32) {
        keys.append(key)
        nodes.append(node)
        var child = keys.count - 1
        while child > 0 {
            let parent = (child - 1) / 2
            if keys[parent] < keys[child] || (keys[parent] == keys[child] && nodes[parent] <= nodes[child]) { break }
            keys.swapAt(parent, child)
            nodes.swapAt(parent, child)
            child = parent
        }
    }

    /// Removes and returns the smallest key (ties: smallest node).
    mutating func pop() -> (key: Double, node: Int32)? {
        guard let firstKey = keys.first, let firstNode = nodes.first else { return nil }
        let lastKey = keys.removeLast()
        let lastNode = nodes.removeLast()
        if !keys.isEmpty {
            keys[0] = lastKey
            nodes[0] = lastNode
            var parent = 0
            let count = keys.count
            while true {
                let left = 2 * parent + 1
                if left >= count { break }
                var smallest = left
                let right = left + 1
                if right < count, keys[right] < keys[left] || (keys[right] == keys[left] && nodes[right] < nodes[left]) {
                    smallest = right
                }
                if keys[parent] < keys[smallest] || (keys[parent] == keys[smallest] && nodes[parent] <= nodes[smallest]) { break }
                keys.swapAt(parent, smallest)
                nodes.swapAt(parent, smallest)
                parent = smallest
            }
        }
        return (firstKey, firstNode)
    }
}
