/// The entities within a few relationships of one entity, breadth first: who they are, how
/// far, and through what — sized by what was reached, not by the graph.
///
/// ``Graph/breadthFirstSearch(from:options:)`` keeps a depth and a parent for every entity of
/// the graph, which suits a search that reaches most of it; a neighbourhood keeps them only
/// for the entities it reached, so a 2-hop question on a million-entity graph costs the few
/// hundred entities it touches.
public struct Neighborhood: Sendable {
    /// How the entity at a position was first reached: through which relationship, from the
    /// entity at which position.
    struct Link {
        var relationship: UInt32
        var parent: Int32
    }

    /// Where the search started.
    public let origin: Int
    /// The entities reached, in the order found: the origin first, then depth by depth.
    public let entities: [Int]
    /// Where each depth begins in ``entities``: depth `d` is
    /// `entities[depthStarts[d]..<depthStarts[d + 1]]`; the last element is `entities.count`.
    /// Depth 0 is the origin alone.
    public let depthStarts: [Int]
    /// Per position in ``entities``, how it was reached (the origin's entry is unused).
    let links: [Link]

    /// How many entities were reached, the origin not counted.
    public var reachedCount: Int { entities.count - 1 }

    /// The deepest level reached (0 when only the origin was).
    public var maximumDepth: Int { depthStarts.count - 2 }

    /// The entities at distance `depth` from the origin, in the order found.
    public func entities(atDepth depth: Int) -> ArraySlice<Int> {
        guard depth >= 0, depth + 1 < depthStarts.count else { return [] }
        return entities[depthStarts[depth]..<depthStarts[depth + 1]]
    }

    /// The distance in relationships from the origin of the entity at `position` in
    /// ``entities``.
    public func depth(at position: Int) -> Int {
        precondition(entities.indices.contains(position), "position \(position) is not in the neighbourhood")
        var depth = 0
        while depthStarts[depth + 1] <= position { depth += 1 }
        return depth
    }

    /// The relationship through which the entity at `position` in ``entities`` was first
    /// reached; nil for the origin.
    public func relationship(at position: Int) -> Int? {
        position == 0 ? nil : Int(links[position].relationship)
    }

    /// The path the search found from the origin to the entity at `position` in
    /// ``entities`` (a shortest one).
    public func path(toEntityAt position: Int) -> GraphPath {
        var entities = [self.entities[position]]
        var relationships: [Int] = []
        var current = position
        while current > 0 {
            relationships.append(Int(links[current].relationship))
            current = Int(links[current].parent)
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
    /// for depth in 1...max(1, nearby.maximumDepth) {
    ///     print(depth, nearby.entities(atDepth: depth).map { graph.name(of: $0) })
    /// }
    /// ```
    /// - Complexity: O(n' + m') for the n' entities reached and the m' relationships at them
    ///   (and O(n) once per thread, for the graph's pooled marks); the filters cost O(kinds).
    public func neighborhood(of origin: Int, options: TraversalOptions = TraversalOptions()) -> Neighborhood {
        let masks = TraversalMasks(options, in: self)
        let adjacency = adjacency(options.direction)
        let limit = options.maxDepth ?? Int.max
        var entities = [origin]
        var links = [Neighborhood.Link(relationship: .max, parent: -1)]
        var depthStarts = [0, 1]
        // Room for the first two levels at most (the origin, its relationships, and those of
        // its neighbours), so the arrays do not grow step by step: O(degree) to count.
        var expected = 1 + adjacency.degree(of: origin)
        if limit >= 2 {
            for neighbor in adjacency.neighbors(of: origin) { expected += adjacency.degree(of: Int(neighbor)) }
        }
        expected = min(entityCount, expected)
        entities.reserveCapacity(expected)
        links.reserveCapacity(expected)
        var marks = borrowVisitMarks()
        marks.withStamps { stamps, generation in
            stamps[origin] = generation
            var head = 0
            var depth = 0
            while head < entities.count {
                if head == depthStarts[depth + 1] {
                    // The level just listed is complete: the next entities are one step farther.
                    depth += 1
                    depthStarts.append(entities.count)
                }
                if depth >= limit { break }
                let node = entities[head]
                for slot in adjacency.range(of: node) {
                    let neighbor = Int(adjacency.targets[slot])
                    guard stamps[neighbor] != generation, masks.allows(entity: neighbor) else { continue }
                    let edge = adjacency.edges[slot]
                    guard masks.allows(relationship: Int(edge)) else { continue }
                    stamps[neighbor] = generation
                    entities.append(neighbor)
                    links.append(Neighborhood.Link(relationship: edge, parent: Int32(truncatingIfNeeded: head)))
                }
                head += 1
            }
        }
        returnVisitMarks(marks)
        // A level's end is recorded when the search reaches its first entity, after every
        // entity of it was listed, so the last boundary is the number of entities.
        assert(depthStarts.last == entities.count)
        return Neighborhood(origin: origin, entities: entities, depthStarts: depthStarts, links: links)
    }
}
