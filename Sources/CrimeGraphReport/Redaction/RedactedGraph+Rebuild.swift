import CrimeGraph

extension RedactedGraph {
    /// The graph rebuilt with pseudonyms, masked text and neutral ids, in the same order.
    static func rebuild(_ graph: Graph, pseudonyms: [Int: String], masker: TextMasker) throws(Redaction.Failure) -> Graph {
        var builder = GraphBuilder()
        builder.setTitle(graph.title.map { masker.mask($0) })
        builder.setDescription(graph.description.map { masker.mask($0) })
        builder.setDirected(graph.isDirected, declaredIn: "redaction")
        builder.setWeightMeaning(graph.weightMeaning, declaredIn: "redaction")
        for (kind, description) in graph.declaredKinds.sorted(by: { $0.key < $1.key }) { builder.declare(kind: kind, description: description) }
        for (kind, description) in graph.declaredRelationKinds.sorted(by: { $0.key < $1.key }) {
            builder.declare(relationKind: kind, description: description)
        }
        for source in graph.sources {
            var copy = source
            copy.title = masker.mask(source.title)
            copy.publisher = masker.mask(source.publisher)
            copy.file = source.file.map { masker.mask($0) }
            copy.url = source.url.map { masker.mask($0) }
            copy.notes = source.notes.map { masker.mask($0) }
            copy.date = masker.mask(source.date)
            copy.origin = nil
            builder.add(copy)
        }
        let id = { (entity: Int) in "entity-\(entity + 1)" }
        for index in 0..<graph.entityCount {
            let original = graph.entity(at: index)
            var entity = Entity(
                id: id(index), kind: original.kind, name: pseudonyms[index] ?? masker.mask(original.name), tags: original.tags.map { masker.mask(slug: $0) },
                date: masker.mask(original.date), citations: original.citations.map { masker.mask($0) })
            if pseudonyms[index] == nil {
                entity.aliases = original.aliases.map { masker.mask($0) }
                entity.properties = masker.mask(original.properties)
            }
            _ = builder.add(entity)
        }
        for index in 0..<graph.relationshipCount {
            let original = graph.relationship(at: index)
            builder.add(Relationship(
                id: "relationship-\(index + 1)", from: id(graph.source(of: index)), to: id(graph.target(of: index)), kind: original.kind,
                date: masker.mask(original.date), weight: original.weight, properties: masker.mask(original.properties),
                citations: original.citations.map { masker.mask($0) }))
        }
        // Every element comes from a valid graph under a fresh unique id, so building should not fail.
        do {
            return try builder.build()
        } catch {
            throw Redaction.Failure(description: "redaction failed: \(error.diagnostics.first?.message ?? "the graph could not be rebuilt")")
        }
    }
}
