/// Orders the matching of a pattern: each comma-separated part starts from its most selective
/// node (one already bound, one found by an indexed property such as `id` or `name`, the ends
/// of a bound relationship, the smallest label), then expands along the part's relationships
/// over the graph's adjacency arrays, testing each WHERE conjunct as soon as the slots it reads
/// are bound.
enum MatchPlanner {
    /// The steps for `spec` on `graph`.
    /// - Complexity: O(p² · k) for p parts of k elements, plus one label count per label.
    static func plan(_ spec: PatternSpec, graph: any PropertyGraph) -> [MatchStep] {
        var planner = State(spec: spec, graph: graph)
        planner.emitReadyPredicates()
        var remaining = Array(spec.parts.indices)
        while !remaining.isEmpty {
            let costs = remaining.map { part in spec.parts[part].nodes.map { planner.cost(of: $0).cost }.min() ?? Int.max }
            let best = costs.indices.min { costs[$0] < costs[$1] } ?? 0
            planner.plan(part: remaining.remove(at: best))
        }
        planner.emitReadyPredicates(final: true)
        return planner.steps
    }

    struct State {
        let spec: PatternSpec
        let graph: any PropertyGraph
        var steps: [MatchStep] = []
        var bound = Set<Int>()
        var pending: [Int]

        init(spec: PatternSpec, graph: any PropertyGraph) {
            self.spec = spec
            self.graph = graph
            pending = Array(spec.predicates.indices)
            for node in spec.nodes where node.boundBefore { bound.insert(node.slot) }
            for relationship in spec.relationships where relationship.boundBefore { bound.insert(relationship.slot) }
        }

        /// Adds the filters whose slots are all bound.
        mutating func emitReadyPredicates(final: Bool = false) {
            pending.removeAll { index in
                let predicate = spec.predicates[index]
                guard final || predicate.slots.isSubset(of: bound) else { return false }
                steps.append(.filter(predicate.expression))
                return true
            }
        }

        /// How expensive it is to start from a node, and where its candidates come from.
        func cost(of node: Int) -> (cost: Int, source: CandidateSource) {
            let spec = self.spec.nodes[node]
            if bound.contains(spec.slot) { return (0, .all) }
            for (key, value) in spec.properties where graph.nodes(withProperty: key, equalTo: .null) != nil {
                return (1, .property(key: key, value: value))
            }
            for predicate in self.spec.predicates where predicate.slots == [spec.slot] {
                if let (key, value) = MatchPlanner.indexedEquality(predicate.expression, slot: spec.slot),
                    graph.nodes(withProperty: key, equalTo: .null) != nil
                {
                    return (1, .property(key: key, value: value))
                }
            }
            for part in self.spec.parts {
                guard let position = part.nodes.firstIndex(of: node) else { continue }
                for neighbour in [position - 1, position] where part.relationships.indices.contains(neighbour) {
                    let relationship = self.spec.relationships[part.relationships[neighbour]]
                    if relationship.boundBefore && !relationship.variableLength {
                        return (2, .endpoints(relationshipSlot: relationship.slot))
                    }
                }
            }
            if let label = spec.labels.min(by: { graph.estimatedCount(ofLabel: $0) < graph.estimatedCount(ofLabel: $1) }) {
                return (2 + graph.estimatedCount(ofLabel: label), .label(label))
            }
            return (3 + graph.nodes.count, .all)
        }

        /// Binds a node: a check when already bound, otherwise a scan.
        mutating func start(at node: Int) {
            let slot = spec.nodes[node].slot
            if bound.contains(slot) {
                steps.append(.check(node: node))
            } else {
                steps.append(.scan(node: node, candidates: cost(of: node).source))
                bound.insert(slot)
            }
            emitReadyPredicates()
        }

        mutating func plan(part index: Int) {
            let part = spec.parts[index]
            if part.shortest != nil {
                start(at: part.nodes[0])
                start(at: part.nodes[1])
                let relationship = spec.relationships[part.relationships[0]]
                var pathSlots: Set<Int> = [relationship.slot]
                if let path = part.pathSlot { pathSlots.insert(path) }
                let predicates = spec.predicates.filter { $0.readsPaths && !$0.slots.isDisjoint(with: pathSlots) }.map(\.expression)
                steps.append(.shortest(part: index, predicates: predicates))
                bound.insert(relationship.slot)
            } else {
                let anchor = part.nodes.indices.min { cost(of: part.nodes[$0]).cost < cost(of: part.nodes[$1]).cost } ?? 0
                start(at: part.nodes[anchor])
                for position in (anchor + 1)..<max(anchor + 1, part.nodes.count) {
                    expand(part.relationships[position - 1], from: part.nodes[position - 1], to: part.nodes[position], forward: true)
                }
                for position in stride(from: anchor - 1, through: 0, by: -1) {
                    expand(part.relationships[position], from: part.nodes[position + 1], to: part.nodes[position], forward: false)
                }
            }
            if let path = part.pathSlot {
                steps.append(.bindPath(part: index))
                bound.insert(path)
            }
            emitReadyPredicates()
        }

        mutating func expand(_ relationship: Int, from: Int, to: Int, forward: Bool) {
            steps.append(.expand(relationship: relationship, from: from, to: to, forward: forward))
            bound.insert(spec.relationships[relationship].slot)
            bound.insert(spec.nodes[to].slot)
            emitReadyPredicates()
        }
    }

    /// `n.key = value` or `value = n.key` where `n` is `slot`: the key and the value.
    static func indexedEquality(_ expression: BoundExpression, slot: Int) -> (String, BoundExpression)? {
        guard case .binary(.equal, let left, let right) = expression else { return nil }
        if case .property(.slot(slot), let key) = left {
            var slots = Set<Int>()
            right.collectSlots(into: &slots)
            if !slots.contains(slot) { return (key, right) }
        }
        if case .property(.slot(slot), let key) = right {
            var slots = Set<Int>()
            left.collectSlots(into: &slots)
            if !slots.contains(slot) { return (key, left) }
        }
        return nil
    }
}
