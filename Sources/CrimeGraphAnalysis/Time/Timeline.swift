import CrimeGraph

/// Dated facts in order: events and outcomes with their participants, dated relationships.
public enum Timeline {
    /// One dated fact.
    public struct Entry: Sendable {
        /// What is dated.
        public enum Subject: Hashable, Sendable {
            /// A dated entity (event, outcome…).
            case entity(Int)
            /// A dated relationship.
            case relationship(Int)
        }

        /// When.
        public let date: CaseDate
        /// The dated entity or relationship.
        public let subject: Subject
        /// For an entity: the relationships that link it to others (who took part, what was
        /// found, where), in relationship order. Empty for a relationship.
        public let links: [Int]
    }

    /// Every dated entity and relationship, sorted by first possible day (a month before the days
    /// in it, a range before the single days it starts with), then entities before
    /// relationships, then by index — so partial and qualified dates sort sensibly.
    /// - Complexity: O(n + m + d log d) for d dated facts.
    public static func entries(_ graph: Graph, kinds: Set<EntityKind>? = nil) -> [Entry] {
        var entries: [Entry] = []
        for entity in 0..<graph.entityCount {
            guard let date = graph.date(ofEntity: entity) else { continue }
            if let kinds, !kinds.contains(graph.kind(of: entity)) { continue }
            let links = graph.undirected.relationships(of: entity).map(Int.init)
            entries.append(Entry(date: date, subject: .entity(entity), links: Array(Set(links)).sorted()))
        }
        for relationship in 0..<graph.relationshipCount {
            guard let date = graph.date(ofRelationship: relationship) else { continue }
            if let kinds, !kinds.contains(graph.kind(of: graph.source(of: relationship))),
                !kinds.contains(graph.kind(of: graph.target(of: relationship)))
            {
                continue
            }
            entries.append(Entry(date: date, subject: .relationship(relationship), links: []))
        }
        func rank(_ subject: Entry.Subject) -> (Int, Int) {
            switch subject {
            case .entity(let index): return (0, index)
            case .relationship(let index): return (1, index)
            }
        }
        return entries.sorted { a, b in
            if a.date != b.date { return a.date < b.date }
            return rank(a.subject) < rank(b.subject)
        }
    }
}
