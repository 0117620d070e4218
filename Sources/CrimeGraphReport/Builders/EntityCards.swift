import CrimeGraph

/// Builds an ``EntityCard`` per entity: properties, relationships both ways and citations,
/// each with its notes.
enum EntityCards {
    static func build(_ composer: inout ReportComposer) -> [EntityCard] {
        let graph = composer.graph
        return (0..<graph.entityCount).map { entity in
            var facts: [EntityCard.Fact] = []
            for property in graph.properties(ofEntity: entity) {
                let cited = property.value.quantities.flatMap(\.citations)
                facts.append(EntityCard.Fact(
                    label: Wording.humanize(property.key), value: Wording.value(property.value),
                    footnotes: composer.footnotes.numbers(for: cited)))
            }
            var links: [EntityCard.Link] = []
            for (outgoing, adjacency) in [(true, graph.outgoing), (false, graph.incoming)] {
                for edge in adjacency.relationships(of: entity).map(Int.init) {
                    let other = outgoing ? graph.target(of: edge) : graph.source(of: edge)
                    let details = graph.properties(ofRelationship: edge).map { "\(Wording.humanize($0.key)): \(Wording.value($0.value))" }
                    links.append(EntityCard.Link(
                        isOutgoing: outgoing, kind: Wording.relation(graph.relationKind(of: edge)), otherID: graph.id(of: other),
                        otherName: graph.name(of: other), otherKind: graph.kind(of: other).rawValue,
                        date: graph.date(ofRelationship: edge)?.description,
                        details: details.isEmpty ? nil : details.joined(separator: "; "),
                        footnotes: composer.footnotes.numbers(for: graph.citations(ofRelationship: edge))))
                }
                // On an undirected graph both lists hold every relationship: show them once.
                if !graph.isDirected { break }
            }
            return EntityCard(
                id: graph.id(of: entity), name: graph.name(of: entity), kind: graph.kind(of: entity).rawValue,
                aliases: graph.aliases(of: entity), tags: graph.tags(of: entity), date: graph.date(ofEntity: entity)?.description,
                facts: facts, links: links, footnotes: composer.footnotes.numbers(for: graph.citations(ofEntity: entity)))
        }
    }
}
