import CrimeGraph

extension Projection {
    /// The property of each projected relationship that lists the shared entities' ids.
    public static let sharedProperty = "shared"

    /// The projection as a graph of its own, so that every other analysis can run on it: the
    /// ONTO entities with all their details (ids, names, aliases, tags, properties,
    /// citations), the source graph's sources, and one undirected `shares_<via>` relationship
    /// per tie, weighted by strength, with the shared entities' ids in the property
    /// ``sharedProperty`` and, as its citations, those of the relationships it rests on (each
    /// end's relationships to the shared entities), so every projected fact stays sourced.
    /// - Throws: the builder's diagnostics; none are expected, since the entities come from one
    ///   valid graph with distinct ids and every relationship names two of them.
    /// - Complexity: O(n_onto + Σ |shared|), plus the builder's O(n + m).
    public func graph() throws(DiagnosticsError) -> Graph {
        var builder = GraphBuilder()
        let origin = "projection"
        let title = source.title.map { "\($0): " } ?? ""
        builder.setTitle("\(title)\(onto) linked by shared \(via)")
        builder.setDescription(
            "Two-mode projection: '\(onto)' entities tied when they share '\(via)' neighbours; weight = "
                + (weighting == .shared ? "the number of shared entities." : "Newman's collaboration weight, the sum of 1/(d − 1) over the shared entities."))
        builder.setDirected(false, declaredIn: origin)
        builder.setWeightMeaning(.strength, declaredIn: origin)
        if let description = source.declaredKinds[onto] { builder.declare(kind: onto, description: description) }
        builder.declare(relationKind: relationKind, description: "\(onto) — \(onto): share at least one \(via) (listed in '\(Projection.sharedProperty)')")
        for sourceRecord in source.sources { builder.add(sourceRecord) }
        builder.reserveCapacity(entities: entities.count, relationships: ties.count)
        for entity in entities {
            var record = source.entity(at: entity)
            record.origin = nil
            builder.add(record)
        }
        let cited = source.sources.isEmpty ? false : (0..<source.relationshipCount).contains { !source.citations(ofRelationship: $0).isEmpty }
        for tie in ties {
            let shared = PropertyValue.list(tie.shared.map { .string(source.id(of: $0)) })
            builder.add(Relationship(
                from: source.id(of: tie.from), to: source.id(of: tie.to), kind: relationKind, weight: tie.weight,
                properties: [Projection.sharedProperty: shared], citations: cited ? citations(of: tie) : []))
        }
        return try builder.build()
    }

    /// The citations of the relationships joining either end of `tie` to a shared entity, in
    /// relationship order, without repeats.
    /// - Complexity: O((d_from + d_to) log |shared|).
    func citations(of tie: ProjectedTie) -> [Citation] {
        var edges: [Int] = []
        for end in [tie.from, tie.to] {
            let range = source.undirected.range(of: end)
            for slot in range where tie.shared.binarySearchContains(Int(source.undirected.targets[slot])) {
                edges.append(Int(source.undirected.edges[slot]))
            }
        }
        edges.sort()
        var seen = Set<Citation>()
        var result: [Citation] = []
        for edge in edges {
            for citation in source.citations(ofRelationship: edge) where seen.insert(citation).inserted { result.append(citation) }
        }
        return result
    }
}

extension Array where Element == Int {
    /// Whether the sorted array contains `value`.
    fileprivate func binarySearchContains(_ value: Int) -> Bool {
        var low = 0
        var high = count
        while low < high {
            let middle = (low + high) / 2
            if self[middle] < value { low = middle + 1 } else { high = middle }
        }
        return low < count && self[low] == value
    }
}
