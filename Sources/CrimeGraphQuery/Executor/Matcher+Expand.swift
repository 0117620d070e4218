extension Matcher {
    /// One neighbour list to follow and whether it is the second list of an undirected step
    /// (which then skips self-loops, already met in the first).
    struct Lists {
        var first: NeighborLists
        var second: NeighborLists?
    }

    /// The neighbour lists an expansion follows: outgoing when it walks the relationship's
    /// direction, incoming against it, both for an undirected pattern (or graph).
    func lists(for relationship: Int, forward: Bool) -> Lists {
        var direction = spec.relationships[relationship].direction
        if topology.isUndirected { direction = .both }
        switch (direction, forward) {
        case (.right, true), (.left, false): return Lists(first: topology.outgoing, second: nil)
        case (.right, false), (.left, true): return Lists(first: topology.incoming, second: nil)
        case (.both, _): return Lists(first: topology.outgoing, second: topology.incoming)
        }
    }

    /// Whether relationship `edge` leads from `start` to `other` as the pattern allows, for a
    /// relationship bound before the match.
    func endsOf(_ relationship: Int, edge: Int, from start: Int, forward: Bool) -> [Int] {
        let source = Int(topology.sources[edge])
        let target = Int(topology.targets[edge])
        var direction = spec.relationships[relationship].direction
        if topology.isUndirected { direction = .both }
        switch (direction, forward) {
        case (.right, true), (.left, false): return source == start ? [target] : []
        case (.right, false), (.left, true): return target == start ? [source] : []
        case (.both, _):
            if source == start && target == start { return [start] }
            if source == start { return [target] }
            if target == start { return [source] }
            return []
        }
    }

    /// Follows one relationship from `start`.
    func expandSingle(
        _ index: Int, _ relationship: Int, _ start: Int, to node: Int, forward: Bool, _ row: inout [Value]
    ) throws(QueryError) -> Bool {
        let slot = spec.relationships[relationship].slot
        if spec.relationships[relationship].boundBefore {
            guard case .relationship(let edge) = row[slot], !usedEdges.contains(edge),
                try relationshipMatches(relationship, edge, row)
            else { return true }
            for other in endsOf(relationship, edge: edge, from: start, forward: forward) {
                edgesOf[relationship] = [edge]
                usedEdges.append(edge)
                let result = try arrive(index, at: other, node: node, &row)
                usedEdges.removeLast()
                if !result { return false }
            }
            return true
        }
        let lists = self.lists(for: relationship, forward: forward)
        for (list, isSecond) in [(lists.first, false), (lists.second, true)] {
            guard let list else { continue }
            let range = list.range(of: start)
            for position in range {
                try context.tick()
                let edge = Int(list.edges[position])
                let other = Int(list.targets[position])
                if other == start {
                    // A self-loop appears in both lists, and twice in an undirected graph's list.
                    if isSecond || list.edges[range.lowerBound..<position].contains(UInt32(edge)) { continue }
                }
                guard !usedEdges.contains(edge), try relationshipMatches(relationship, edge, row) else { continue }
                row[slot] = .relationship(edge)
                edgesOf[relationship] = [edge]
                usedEdges.append(edge)
                let result = try arrive(index, at: other, node: node, &row)
                usedEdges.removeLast()
                if !result { return false }
            }
        }
        row[slot] = .null
        return true
    }
}
