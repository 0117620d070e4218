extension Matcher {
    /// `shortestPath((a)-[*]-(b))` and `allShortestPaths(…)` between two bound nodes.
    ///
    /// Without predicates on the path, a breadth-first search over the adjacency arrays finds
    /// the shortest length and every predecessor on a shortest path. With WHERE conditions on
    /// the path, paths are enumerated length by length until one length has a path that
    /// passes, so the result is the shortest path satisfying them, as Cypher defines.
    /// - Complexity: O(n + m) for the search; enumerating all shortest paths is proportional
    ///   to their number.
    func shortest(_ index: Int, part: Int, predicates: [BoundExpression], _ row: inout [Value]) throws(QueryError) -> Bool {
        let pattern = spec.parts[part]
        let relationship = pattern.relationships[0]
        let (firstNode, lastNode) = (pattern.nodes[0], pattern.nodes[1])
        guard case .node(let start) = row[spec.nodes[firstNode].slot],
            case .node(let end) = row[spec.nodes[lastNode].slot],
            let (minimum, maximum) = spec.relationships[relationship].length
        else { return true }
        let all = pattern.shortest == .all
        if minimum == 0 && start == end {
            return try bind(index, relationship, [], &row)
        }
        if !predicates.isEmpty {
            return try shortestWithPredicates(index, part, start, end, minimum, maximum, all: all, predicates, &row)
        }
        let lists = self.lists(for: relationship, forward: true)
        let allLists = [lists.first] + (lists.second.map { [$0] } ?? [])
        var distance: [Int: Int] = [start: 0]
        var parents: [Int: [(node: Int, edge: Int)]] = [:]
        var frontier = [start]
        var level = 0
        while !frontier.isEmpty && distance[end] == nil && maximum.map({ level < $0 }) ?? true {
            level += 1
            var next: [Int] = []
            for node in frontier {
                for list in allLists {
                    for position in list.range(of: node) {
                        try context.tick()
                        let edge = Int(list.edges[position])
                        let other = Int(list.targets[position])
                        guard other != node, !usedEdges.contains(edge), try relationshipMatches(relationship, edge, row) else { continue }
                        if let known = distance[other] {
                            if known == level && all { parents[other, default: []].append((node, edge)) }
                            continue
                        }
                        distance[other] = level
                        parents[other] = [(node, edge)]
                        next.append(other)
                    }
                }
            }
            frontier = next
        }
        guard let length = distance[end], length >= minimum, length > 0 else { return true }
        // Walk predecessors back from `end`, iteratively.
        var pending: [(node: Int, edges: [Int])] = [(end, [])]
        while let (node, suffix) = pending.popLast() {
            if node == start {
                if !(try bind(index, relationship, suffix, &row)) { return false }
                if !all { return true }
                continue
            }
            for parent in (all ? parents[node] ?? [] : Array((parents[node] ?? []).prefix(1))) {
                pending.append((parent.node, [parent.edge] + suffix))
            }
        }
        return true
    }

    /// Paths of increasing length until some pass `predicates`.
    func shortestWithPredicates(
        _ index: Int, _ part: Int, _ start: Int, _ end: Int, _ minimum: Int, _ maximum: Int?, all: Bool,
        _ predicates: [BoundExpression], _ row: inout [Value]
    ) throws(QueryError) -> Bool {
        let relationship = spec.parts[part].relationships[0]
        let pathSlot = spec.parts[part].pathSlot
        let limit = min(maximum ?? 15, max(minimum, 1) + 64)
        for length in max(minimum, 1)...max(max(minimum, 1), limit) {
            var found: [[Int]] = []
            try walkTrails(from: start, relationship: relationship, length: length, row) { (trail) throws(QueryError) in
                guard Int(self.pathEnd(start, trail)) == end else { return true }
                var candidate = row
                self.bindValues(relationship, trail, &candidate)
                if let pathSlot, let path = self.buildPath(part, candidate) { candidate[pathSlot] = .path(path) }
                for predicate in predicates where !(try self.context.evaluate(predicate, candidate).isTrue) { return true }
                found.append(trail)
                return all
            }
            guard !found.isEmpty else { continue }
            for trail in found where !(try bind(index, relationship, trail, &row)) { return false }
            return true
        }
        return true
    }

    /// Every trail of exactly `length` relationships from `start`, depth-first and iterative.
    func walkTrails(
        from start: Int, relationship: Int, length: Int, _ row: [Value], _ visit: ([Int]) throws(QueryError) -> Bool
    ) throws(QueryError) {
        let lists = self.lists(for: relationship, forward: true)
        let allLists = [lists.first] + (lists.second.map { [$0] } ?? [])
        var trail: [Int] = []
        var stack: [(node: Int, candidates: [(edge: Int, other: Int)], next: Int)] = []
        func candidates(_ node: Int) -> [(edge: Int, other: Int)] {
            var result: [(edge: Int, other: Int)] = []
            for (number, list) in allLists.enumerated() {
                for position in list.range(of: node) where !(number > 0 && Int(list.targets[position]) == node) {
                    result.append((Int(list.edges[position]), Int(list.targets[position])))
                }
            }
            return result
        }
        stack.append((start, candidates(start), 0))
        while !stack.isEmpty {
            try context.tick()
            let top = stack.count - 1
            guard stack[top].next < stack[top].candidates.count else {
                stack.removeLast()
                if !trail.isEmpty { trail.removeLast() }
                continue
            }
            let (edge, other) = stack[top].candidates[stack[top].next]
            stack[top].next += 1
            guard !trail.contains(edge), !usedEdges.contains(edge), try relationshipMatches(relationship, edge, row) else { continue }
            trail.append(edge)
            if trail.count == length {
                if !(try visit(trail)) { return }
                trail.removeLast()
            } else {
                stack.append((other, candidates(other), 0))
            }
        }
    }

    /// The node a trail from `start` ends at.
    func pathEnd(_ start: Int, _ trail: [Int]) -> Int {
        var current = start
        for edge in trail {
            let source = Int(topology.sources[edge])
            current = source == current ? Int(topology.targets[edge]) : source
        }
        return current
    }

    /// Sets the relationship variable (a list, or one relationship when written without `*`).
    func bindValues(_ relationship: Int, _ edges: [Int], _ row: inout [Value]) {
        let pattern = spec.relationships[relationship]
        row[pattern.slot] = pattern.variableLength ? .list(edges.map(Value.relationship)) : (edges.first.map(Value.relationship) ?? .null)
        edgesOf[relationship] = edges
    }

    /// Binds a found path and runs the next step.
    func bind(_ index: Int, _ relationship: Int, _ edges: [Int], _ row: inout [Value]) throws(QueryError) -> Bool {
        bindValues(relationship, edges, &row)
        usedEdges.append(contentsOf: edges)
        defer { usedEdges.removeLast(edges.count) }
        return try step(index + 1, &row)
    }
}
