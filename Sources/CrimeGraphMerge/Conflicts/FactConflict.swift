import CrimeGraph

/// Figures or dates of one fact that disagree across sources or paragraphs.
public struct FactConflict: Hashable, Sendable {
    /// What disagrees.
    public enum Kind: String, Sendable, Hashable, CaseIterable {
        /// Several figures for one property that cannot all be true ("469" and "470").
        case figures
        /// A whole's figure against the sum of its parts' (`part_of`) figures: "nearly 900"
        /// against 469 + 414.
        case sum
        /// Dates of one event that do not overlap: two dates kept side by side by a merge, a
        /// relationship dated outside the event it is part of, a part outside its whole.
        case dates
        /// A stated length in days against the length of the date range ("three-day" against
        /// September 19–22).
        case duration
    }

    /// One side of a disagreement: who says what, where.
    public struct Claim: Hashable, Sendable {
        /// The entity or relationship id the claim is made on.
        public let subject: String
        /// The property key, or `date`.
        public let field: String
        /// The claim as stated: "≈ 900 people (nearly 900)", "2022-09-19/2022-09-22".
        public let statement: String
        /// Its number, for figures.
        public let value: Double?
        /// Where it is stated.
        public let citations: [Citation]

        /// Creates a claim.
        public init(subject: String, field: String, statement: String, value: Double? = nil, citations: [Citation]) {
            self.subject = subject
            self.field = field
            self.statement = statement
            self.value = value
            self.citations = citations
        }
    }

    /// What disagrees.
    public let kind: Kind
    /// The entity or relationship id of the fact.
    public let subject: String
    /// The fact's name: an entity's name, or `from —kind→ to`.
    public let subjectName: String
    /// The disagreement in one sentence.
    public let summary: String
    /// The sides, the whole first for sums.
    public let claims: [Claim]

    /// Creates a conflict.
    public init(kind: Kind, subject: String, subjectName: String, summary: String, claims: [Claim]) {
        self.kind = kind
        self.subject = subject
        self.subjectName = subjectName
        self.summary = summary
        self.claims = claims
    }
}

/// Finds the facts of a graph whose figures or dates disagree.
public enum ConflictFinder {
    /// Every conflict of `graph`: figures, sums, dates and durations, by the order of the fact's
    /// entity (relationships after entities), then by kind.
    /// - Complexity: O(n + m + q²) for q figures of one property.
    public static func find(in graph: Graph) -> [FactConflict] {
        var found: [(order: Int, conflict: FactConflict)] = []
        for index in 0..<graph.entityCount {
            let name = graph.name(of: index)
            let id = graph.id(of: index)
            let owner = graph.citations(ofEntity: index)
            for conflict in FigureConflicts.find(graph.properties(ofEntity: index), subject: id, name: name, ownerCitations: owner) {
                found.append((index, conflict))
            }
            for conflict in SumConflicts.find(whole: index, in: graph) { found.append((index, conflict)) }
            for conflict in DateConflicts.find(entity: index, in: graph) { found.append((index, conflict)) }
        }
        for edge in 0..<graph.relationshipCount {
            let id = graph.relationshipID(of: edge)
            let name = "\(graph.id(of: graph.source(of: edge))) —\(graph.relationKind(of: edge))→ \(graph.id(of: graph.target(of: edge)))"
            let order = graph.entityCount + edge
            for conflict in FigureConflicts.find(graph.properties(ofRelationship: edge), subject: id, name: name,
                                                 ownerCitations: graph.citations(ofRelationship: edge)) {
                found.append((order, conflict))
            }
            for conflict in DateConflicts.find(relationship: edge, in: graph) { found.append((order, conflict)) }
        }
        let kinds = FactConflict.Kind.allCases
        return found.enumerated().sorted { a, b in
            let left = (a.element.order, kinds.firstIndex(of: a.element.conflict.kind) ?? 0, a.offset)
            let right = (b.element.order, kinds.firstIndex(of: b.element.conflict.kind) ?? 0, b.offset)
            return left < right
        }.map(\.element.conflict)
    }
}
