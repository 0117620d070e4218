import CrimeGraph

/// Relationship look-ups by kind for outcome chains.
struct ChainLinks {
    let graph: Graph

    init(_ graph: Graph) { self.graph = graph }

    /// Relationships leaving `entity` of these kinds (all kinds when nil), in relationship order.
    func edges(from entity: Int, _ kinds: Set<RelationKind>?) -> [Int] {
        graph.outgoing.relationships(of: entity).map(Int.init).filter { kinds?.contains(graph.relationKind(of: $0)) ?? true }
    }

    /// Relationships arriving at `entity` of these kinds (all kinds when nil).
    func edges(into entity: Int, _ kinds: Set<RelationKind>?) -> [Int] {
        graph.incoming.relationships(of: entity).map(Int.init).filter { kinds?.contains(graph.relationKind(of: $0)) ?? true }
    }

    /// The entities `entity` points to through these kinds.
    func targets(of entity: Int, _ kinds: Set<RelationKind>) -> [Int] { edges(from: entity, kinds).map { graph.target(of: $0) } }

    /// The company, group or place an event is about: see ``OutcomeChainsSection``.
    func anchor(of event: Int, depth: Int = 0) -> Int? {
        let targeted = targets(of: event, ["targeted"])
        if let company = targeted.first(where: { graph.kind(of: $0) == .company }) { return company }
        if let party = targeted.first(where: { [.organization, .person].contains(graph.kind(of: $0)) }) { return party }
        let places = targeted + targets(of: event, ["occurred_in"])
        if let place = places.first(where: { graph.kind(of: $0) == .location }) { return place }
        guard depth < 4 else { return nil }
        for parent in targets(of: event, ["part_of"]) where graph.kind(of: parent) == .event {
            if let anchor = anchor(of: parent, depth: depth + 1) { return anchor }
        }
        return nil
    }

    /// Where an entity is: `located_in` then `part_of` upwards, at most five steps.
    func placeChain(of entity: Int) -> [Int] {
        var chain: [Int] = []
        var current = entity
        for _ in 0..<5 {
            let kinds: Set<RelationKind> = graph.kind(of: current) == .location ? ["part_of"] : ["located_in", "operates_in"]
            guard let next = targets(of: current, kinds).first(where: { graph.kind(of: $0) == .location && !chain.contains($0) && $0 != entity }) else { break }
            chain.append(next)
            current = next
        }
        return chain
    }

    /// Whether `entity` is a result: an outcome, or an event some other event resulted in.
    func isOutcome(_ entity: Int) -> Bool {
        graph.kind(of: entity) == .outcome || !edges(into: entity, ["resulted_in"]).isEmpty
    }

    /// Who took part in the event or in the operation it was part of (`participated_in`).
    func participants(of event: Int) -> [Int] {
        var result: [Int] = []
        var events = [event]
        events += targets(of: event, ["part_of"]).filter { graph.kind(of: $0) == .event }
        for current in events {
            for edge in edges(into: current, ["participated_in"]) where !result.contains(graph.source(of: edge)) {
                result.append(graph.source(of: edge))
            }
        }
        return result
    }
}
