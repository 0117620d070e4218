/// The entities within a few relationships of one entity, breadth first: who they are, how
/// far, and through what — sized by what was reached, not by the graph.
///
/// ``Graph/breadthFirstSearch(from:options:)`` keeps a depth and a parent for every entity of
/// the graph, which suits a search that reaches most of it; a neighbourhood keeps them only
/// for the entities it reached, so a 2-hop question on a million-entity graph costs the few
/// hundred entities it touches.
public struct Neighborhood: Sendable {
    /// Where the search started.
    public let origin: Int
    /// The entities reached, in the order found: the origin first, then by depth.
    public let entities: [Int]
    /// Per element of ``entities``, its distance in relationships from the origin.
    public let depths: [Int32]
    /// Per element of ``entities``, the relationship it was first reached through;
    /// `UInt32.max` for the origin.
    public let relationships: [UInt32]
    /// Per element of ``entities``, the position of the entity it was reached from; -1 for
    /// the origin.
    let parents: [Int32]

    /// How many entities were reached, the origin not counted.
    public var reachedCount: Int { entities.count - 1 }

    /// The path the search found from the origin to the entity at `position` in
    /// ``entities`` (a shortest one).
    public func path(toEntityAt position: Int) -> GraphPath {
        var entities = [self.entities[position]]
        var relationships: [Int] = []
        var current = position
        while parents[current] >= 0 {
            relationships.append(Int(self.relationships[current]))
            current = Int(parents[current])
            entities.append(self.entities[current])
        }
        return GraphPath(entities: entities.reversed(), relationships: relationships.reversed())
    }
}

extension Graph {
    /// The entities within `options.maxDepth` relationships of `origin` (all it can reach when
    /// that is nil), breadth first, following the options' direction and filters.
    ///
    /// Neighbours are visited in relationship order, so the result is deterministic and lists
    /// the same entities in the same order as ``breadthFirstSearch(from:options:)``.
    ///
    /// ```swift
    /// let nearby = graph.neighborhood(of: try graph.resolve("gdi"), options: TraversalOptions(maxDepth: 2))
    /// for (entity, depth) in zip(nearby.entities, nearby.depths).dropFirst() {
    ///     print(depth, graph.name(of: entity))
    /// }
    /// ```
    /// - Complexity: O(n' + m') for the n' entities reached and the m' relationships at them
    ///   (and O(n) once per thread, for the graph's pooled marks); the filters cost O(kinds).
    public func neighborhood(of origin: Int, options: TraversalOptions = TraversalOptions()) -> Neighborhood {
        let masks = TraversalMasks(options, in: self)
        let adjacency = adjacency(options.direction)
        let limit = options.maxDepth ?? Int.max
        var entities = [origin]
        var depths: [Int32] = [0]
        var relationships = [UInt32.max]
        var parents: [Int32] = [-1]
        // Room for the first two levels of a typical neighbourhood, so the arrays do not start
        // by growing one element at a time.
        let expected = min(entityCount, 1 + 4 * adjacency.degree(of: origin))
        entities.reserveCapacity(expected)
        depths.reserveCapacity(expected)
        relationships.reserveCapacity(expected)
        parents.reserveCapacity(expected)
        var marks = borrowVisitMarks()
        marks.mark(origin, at: 0)
        var head = 0
        while head < entities.count {
            let node = entities[head]
            let nextDepth = depths[head] + 1
            if Int(nextDepth) > limit { break }
            for slot in adjacency.range(of: node) {
                let neighbor = Int(adjacency.targets[slot])
                guard marks.position(of: neighbor) == nil, masks.allows(entity: neighbor) else { continue }
                let edge = adjacency.edges[slot]
                guard masks.allows(relationship: Int(edge)) else { continue }
                marks.mark(neighbor, at: entities.count)
                entities.append(neighbor)
                depths.append(nextDepth)
                relationships.append(edge)
                parents.append(Int32(truncatingIfNeeded: head))
            }
            head += 1
        }
        returnVisitMarks(marks)
        return Neighborhood(origin: origin, entities: entities, depths: depths, relationships: relationships, parents: parents)
    }
}
