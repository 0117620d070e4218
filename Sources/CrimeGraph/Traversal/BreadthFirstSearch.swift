/// A path through the graph: entities joined by the relationships between them.
public struct GraphPath: Hashable, Sendable {
    /// The entities in order, from the start to the end.
    public let entities: [Int]
    /// The relationships in order; `relationships[i]` joins `entities[i]` and `entities[i + 1]`.
    public let relationships: [Int]

    /// Creates a path; `relationships` has one element fewer than `entities`.
    public init(entities: [Int], relationships: [Int]) {
        precondition(relationships.count + 1 == entities.count || (entities.isEmpty && relationships.isEmpty))
        self.entities = entities
        self.relationships = relationships
    }

    /// The number of relationships.
    public var length: Int { relationships.count }
}

/// The result of a breadth-first search: who was reached, how deep, and through what.
public struct BreadthFirstSearch: Sendable {
    /// Where the search started.
    public let origin: Int
    /// Entities in the order they were reached, the origin first.
    public let order: [Int]
    /// Per entity, its distance in relationships from the origin; -1 if not reached.
    public let depth: [Int32]
    /// Per entity, the relationship it was first reached through; `UInt32.max` for the origin
    /// and for entities not reached.
    public let parentRelationship: [UInt32]
    /// Per entity, the entity it was first reached from.
    let parentEntity: [UInt32]

    /// Whether `entity` was reached.
    public func reached(_ entity: Int) -> Bool { depth[entity] >= 0 }

    /// The path the search found from the origin to `entity` (a shortest one), or nil if
    /// `entity` was not reached.
    public func path(to entity: Int) -> GraphPath? {
        guard depth[entity] >= 0 else { return nil }
        var entities = [entity]
        var relationships: [Int] = []
        var current = entity
        while current != origin {
            relationships.append(Int(parentRelationship[current]))
            current = Int(parentEntity[current])
            entities.append(current)
        }
        return GraphPath(entities: entities.reversed(), relationships: relationships.reversed())
    }
}

extension Graph {
    /// Explores the graph breadth first from `origin`.
    ///
    /// Neighbours are visited in relationship order, so results are deterministic.
    /// - Complexity: O(n + m) time, O(n) extra space; iterative, no recursion.
    public func breadthFirstSearch(from origin: Int, options: TraversalOptions = TraversalOptions()) -> BreadthFirstSearch {
        let masks = TraversalMasks(options, in: self)
        let adjacency = adjacency(options.direction)
        let none = UInt32.max
        var depth = [Int32](repeating: -1, count: entityCount)
        var parentRelationship = [UInt32](repeating: none, count: entityCount)
        var parentEntity = [UInt32](repeating: none, count: entityCount)
        var order: [Int] = [origin]
        depth[origin] = 0
        let limit = options.maxDepth ?? Int.max
        var head = 0
        while head < order.count {
            let node = order[head]
            head += 1
            let nextDepth = depth[node] + 1
            if Int(nextDepth) > limit { continue }
            for slot in adjacency.range(of: node) {
                let neighbor = Int(adjacency.targets[slot])
                guard depth[neighbor] < 0, masks.allows(entity: neighbor) else { continue }
                let edge = Int(adjacency.edges[slot])
                guard masks.allows(relationship: edge) else { continue }
                depth[neighbor] = nextDepth
                parentRelationship[neighbor] = UInt32(edge)
                parentEntity[neighbor] = UInt32(node)
                order.append(neighbor)
            }
        }
        return BreadthFirstSearch(
            origin: origin, order: order, depth: depth, parentRelationship: parentRelationship, parentEntity: parentEntity)
    }

    /// A shortest path (fewest relationships) from `start` to `end`, or nil if there is none.
    ///
    /// Among equally short paths, the one through earlier relationships is returned.
    /// - Complexity: O(n + m).
    public func shortestPath(from start: Int, to end: Int, options: TraversalOptions = TraversalOptions()) -> GraphPath? {
        breadthFirstSearch(from: start, options: options).path(to: end)
    }
}
