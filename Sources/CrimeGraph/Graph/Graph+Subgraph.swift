extension Graph {
    /// The graph restricted to some entities and the relationships among them.
    ///
    /// Entities keep their ids and details and relationships keep their ids (a repeated
    /// generated id keeps its `--N` suffix), so a view can be cross-referenced with the whole.
    /// - Parameters:
    ///   - keep: the indices of the entities to keep; order does not matter.
    ///   - includeRelationship: further filter on relationships between kept entities.
    /// - Complexity: O(n + m) plus the cost of copying the kept details.
    public func subgraph(keeping keep: some Sequence<Int>, includeRelationship: (Int) -> Bool = { _ in true }) -> Graph {
        var kept = [Bool](repeating: false, count: entityCount)
        for index in keep where index >= 0 && index < entityCount { kept[index] = true }
        var builder = GraphBuilder()
        builder.title = title
        builder.description = description
        builder.isDirected = isDirected
        builder.weightMeaning = weightMeaning
        builder.files = files
        builder.declaredKinds = declaredKinds
        builder.declaredRelationKinds = declaredRelationKinds
        for source in sources { builder.add(source) }
        for index in 0..<entityCount where kept[index] { builder.add(entity(at: index)) }
        for edge in 0..<relationshipCount
        where kept[source(of: edge)] && kept[target(of: edge)] && includeRelationship(edge) {
            var relationship = relationship(at: edge)
            if relationship.hasGeneratedID && generatedIDRanks[UInt32(edge)] != nil {
                relationship.hasGeneratedID = false
            }
            builder.add(relationship)
        }
        // Everything copied came from a valid graph, so building cannot fail.
        do { return try builder.build() } catch { return self }
    }
}
