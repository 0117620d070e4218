extension Matcher {
    /// One level of the depth-first walk: a node and where its neighbour lists are read up to.
    struct Frame {
        var node: Int
        /// The relationship that led here (nil at the start).
        var edge: Int?
        var list = 0
        var position: Int
        var end: Int
    }

    /// Follows `*min..max` relationships from `start`: every trail (no relationship twice)
    /// whose length is in range, with an explicit stack so long walks cannot exhaust the
    /// call stack.
    /// - Complexity: O(number of trails explored); unbounded patterns on dense graphs grow
    ///   exponentially, which the query timeout bounds.
    func expandVariableLength(
        _ index: Int, _ relationship: Int, _ start: Int, to node: Int, forward: Bool, _ row: inout [Value]
    ) throws(QueryError) -> Bool {
        let pattern = spec.relationships[relationship]
        guard let (minimum, maximum) = pattern.length else { return true }
        if pattern.boundBefore {
            return try followBoundList(index, relationship, start, to: node, forward: forward, &row)
        }
        if let maximum, maximum < minimum { return true }
        if pattern.endpointsOnly {
            return try expandToEndpoints(index, relationship, start, to: node, forward: forward, &row)
        }
        var trail: [Int] = []

        func finish(at other: Int, _ row: inout [Value]) throws(QueryError) -> Bool {
            let ordered = forward ? trail : trail.reversed()
            row[pattern.slot] = .list(ordered.map(Value.relationship))
            edgesOf[relationship] = ordered
            return try arrive(index, at: other, node: node, &row)
        }

        if minimum == 0, !(try finish(at: start, &row)) { return false }
        guard maximum != 0 else {
            row[pattern.slot] = .null
            return true
        }
        let lists = self.lists(for: relationship, forward: forward)
        let allLists = [lists.first] + (lists.second.map { [$0] } ?? [])
        func frame(_ node: Int, via edge: Int?) -> Frame {
            let range = allLists[0].range(of: node)
            return Frame(node: node, edge: edge, position: range.lowerBound, end: range.upperBound)
        }
        var stack = [frame(start, via: nil)]
        defer {
            for _ in trail { usedEdges.removeLast() }
        }
        while !stack.isEmpty {
            try context.tick()
            let top = stack.count - 1
            if stack[top].position >= stack[top].end {
                if stack[top].list + 1 < allLists.count {
                    stack[top].list += 1
                    let range = allLists[stack[top].list].range(of: stack[top].node)
                    stack[top].position = range.lowerBound
                    stack[top].end = range.upperBound
                    continue
                }
                if stack.removeLast().edge != nil {
                    trail.removeLast()
                    usedEdges.removeLast()
                }
                continue
            }
            let list = allLists[stack[top].list]
            let position = stack[top].position
            stack[top].position += 1
            let edge = Int(list.edges[position])
            let other = Int(list.targets[position])
            let here = stack[top].node
            if other == here {
                let range = list.range(of: here)
                if stack[top].list > 0 || list.edges[range.lowerBound..<position].contains(UInt32(edge)) { continue }
            }
            guard !usedEdges.contains(edge), try relationshipMatches(relationship, edge, row) else { continue }
            trail.append(edge)
            usedEdges.append(edge)
            if trail.count >= minimum, !(try finish(at: other, &row)) { return false }
            if maximum.map({ trail.count < $0 }) ?? true {
                stack.append(frame(other, via: edge))
            } else {
                trail.removeLast()
                usedEdges.removeLast()
            }
        }
        row[pattern.slot] = .null
        return true
    }

    /// `[rs*]` with `rs` bound to a list of relationships: follows exactly those, in order.
    func followBoundList(
        _ index: Int, _ relationship: Int, _ start: Int, to node: Int, forward: Bool, _ row: inout [Value]
    ) throws(QueryError) -> Bool {
        let pattern = spec.relationships[relationship]
        guard case .list(let items) = row[pattern.slot], let (minimum, maximum) = pattern.length else { return true }
        if items.count < minimum || maximum.map({ items.count > $0 }) ?? false { return true }
        var edges: [Int] = []
        for item in items {
            guard case .relationship(let edge) = item else { return true }
            edges.append(edge)
        }
        let walk = forward ? edges : edges.reversed()
        var current = start
        for edge in walk {
            guard !usedEdges.contains(edge), !edges.isEmpty, try relationshipMatches(relationship, edge, row),
                let next = endsOf(relationship, edge: edge, from: current, forward: forward).first
            else { return true }
            current = next
        }
        guard Set(edges).count == edges.count else { return true }
        edgesOf[relationship] = edges
        usedEdges.append(contentsOf: edges)
        defer { usedEdges.removeLast(edges.count) }
        return try arrive(index, at: current, node: node, &row)
    }
}
