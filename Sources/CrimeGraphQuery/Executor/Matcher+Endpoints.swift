extension Matcher {
    /// `*0..max` or `*1..max` when only the distinct end nodes matter (the analyzer's
    /// `markEndpointOnlyExpansions`): each node within `max` hops once, breadth first, and the
    /// start when `min` is 0 or a closed trail of length at most `max` returns to it.
    /// - Complexity: O(n' + m') for the n' nodes and m' relationships within `max` hops,
    ///   where enumerating trails costs their number, exponential in `max` around hubs.
    func expandToEndpoints(
        _ index: Int, _ relationship: Int, _ start: Int, to node: Int, forward: Bool, _ row: inout [Value]
    ) throws(QueryError) -> Bool {
        let pattern = spec.relationships[relationship]
        guard let (minimum, maximum) = pattern.length else { return true }
        row[pattern.slot] = .null
        edgesOf[relationship] = []
        if minimum == 0, !(try arrive(index, at: start, node: node, &row)) { return false }
        guard maximum != 0 else { return true }
        let search = try reach(relationship, from: start, forward: forward, within: maximum, row)
        if minimum == 1, let closed = search.closedTrail, maximum.map({ closed <= $0 }) ?? true,
            !(try arrive(index, at: start, node: node, &row))
        {
            return false
        }
        for other in search.reached where other != start {
            if !(try arrive(index, at: other, node: node, &row)) { return false }
        }
        return true
    }

    /// What a breadth-first search from a node finds.
    struct Reach {
        /// The nodes reached, in the order found (the start first).
        var reached: [Int] = []
        /// The length of the shortest closed trail through the start, if one was seen.
        var closedTrail: Int?
    }

    /// Breadth-first search over the relationships pattern `relationship` allows, up to
    /// `maximum` hops (nil: no limit), measuring the shortest closed trail through `start`.
    ///
    /// A closed trail (no relationship twice) through the start contains a cycle through it,
    /// so the shortest one is the shortest cycle. Following directions, that is a path to a node
    /// with a relationship back to the start, plus that relationship. Ignoring them, every node
    /// is labelled with the first relationship of its search-tree path; a relationship outside
    /// the tree joining two differently labelled nodes u and v (the start has a label of its
    /// own) closes a cycle of d(u) + d(v) + 1, and the shortest cycle has such a relationship
    /// on it, so the least of these is its length. A self-loop on the start is a trail of one.
    func reach(_ relationship: Int, from start: Int, forward: Bool, within maximum: Int?, _ row: [Value]) throws(QueryError) -> Reach {
        let lists = self.lists(for: relationship, forward: forward)
        let allLists = [lists.first] + (lists.second.map { [$0] } ?? [])
        let undirected = allLists.count > 1
        var result = Reach(reached: [start])
        /// A reached node: its distance, the relationship it was reached by, its branch.
        struct Visit {
            var distance: Int32
            var treeEdge: Int32
            var branch: Int32
        }
        var visits = IndexTable(capacity: 64, filler: Visit(distance: 0, treeEdge: -1, branch: -1))
        visits.insert(start, Visit(distance: 0, treeEdge: -1, branch: -1))
        var head = 0
        func closes(_ length: Int) {
            if result.closedTrail.map({ length < $0 }) ?? true { result.closedTrail = length }
        }
        while head < result.reached.count {
            let here = result.reached[head]
            head += 1
            guard let visit = visits[here] else { continue }
            let depth = Int(visit.distance)
            if let maximum, depth >= maximum { continue }
            for list in allLists {
                for position in list.range(of: here) {
                    try context.tick()
                    let edge = Int32(truncatingIfNeeded: list.edges[position])
                    let other = Int(list.targets[position])
                    guard try relationshipMatches(relationship, Int(edge), row) else { continue }
                    if other == start && here == start {
                        closes(1)
                        continue
                    }
                    if let known = visits[other] {
                        if !undirected {
                            if other == start { closes(depth + 1) }
                        } else if known.treeEdge != edge && visit.treeEdge != edge && known.branch != visit.branch {
                            closes(depth + Int(known.distance) + 1)
                        }
                        continue
                    }
                    visits.insert(other, Visit(distance: Int32(depth + 1), treeEdge: edge, branch: here == start ? edge : visit.branch))
                    result.reached.append(other)
                }
            }
        }
        return result
    }
}
