import CrimeGraph

/// Combines relationships once their ends are renamed to the entities that absorbed them.
///
/// - Relationships with the same written id are one relationship: they must tie the same
///   entities with the same kind (after renaming), or it is an error naming both places.
/// - A relationship without a written id joins an earlier one with the same from, kind and to
///   when their dates and weights agree or one lacks them; it stays separate when it repeats the
///   same triple within one file, as an author writes two meetings of the same people.
/// - A `same_as` relationship between two records that became one is dropped: the merge did
///   what it said. Any other relationship that now ties an entity to itself is kept and
///   reported.
/// - Joined relationships keep every citation, and their properties combine as
///   ``PropertyCombiner`` says.
struct RelationshipCombiner {
    /// One relationship as read, with the file it came from.
    struct Input {
        var relationship: Relationship
        var file: Int
    }

    /// The relationships after combining.
    struct Output {
        var relationships: [Relationship]
        /// `same_as` relationships between records that became one.
        var dropped: [Relationship]
        /// Ids of relationships that now tie an entity to itself.
        var selfLoops: [String]
        /// Written ids used for two different ties.
        var diagnostics: [Diagnostic]
        /// Joined relationships whose property values disagreed.
        var conflicts: [KeptConflict]
    }

    private struct Record {
        var input: Input
        /// `FROM--KIND--TO` before renaming.
        var originalTriple: String
    }

    private struct Accumulated {
        var relationship: Relationship
        var records: [Record]
    }

    /// Combines `inputs` in order, renaming ends through `mapping` (absorbed id → keeper id).
    /// - Complexity: O(m · g) for m relationships and g relationships sharing one triple.
    static func combine(_ inputs: [Input], mapping: [String: String]) -> Output {
        var accumulated: [Accumulated] = []
        var byExplicitID: [String: Int] = [:]
        var byTriple: [String: [Int]] = [:]
        var output = Output(relationships: [], dropped: [], selfLoops: [], diagnostics: [], conflicts: [])
        for input in inputs {
            var relationship = input.relationship
            let original = Relationship.generatedID(from: relationship.from, kind: relationship.kind, to: relationship.to)
            let from = mapping[relationship.from] ?? relationship.from
            let to = mapping[relationship.to] ?? relationship.to
            if from == to, from != relationship.from || to != relationship.to, relationship.kind == "same_as" {
                output.dropped.append(relationship)
                continue
            }
            relationship.from = from
            relationship.to = to
            if relationship.hasGeneratedID {
                relationship.id = Relationship.generatedID(from: from, kind: relationship.kind, to: to)
            }
            let triple = Relationship.generatedID(from: from, kind: relationship.kind, to: to)
            let renamed = Record(input: Input(relationship: relationship, file: input.file), originalTriple: original)
            if !relationship.hasGeneratedID, let index = byExplicitID[relationship.id] {
                let first = accumulated[index].relationship
                if first.from != from || first.to != to || first.kind != relationship.kind {
                    output.diagnostics.append(Diagnostic(at: relationship.origin ?? SourceLocation(file: "<input>"),
                        "relationship '\(relationship.id)' ties \(from) —\(relationship.kind)→ \(to) here but \(first.from) —\(first.kind)→ \(first.to) at \(place(first.origin)); one id cannot name two relationships"))
                    continue
                }
                accumulated[index].records.append(renamed)
                continue
            }
            if let index = byTriple[triple]?.first(where: { joins(accumulated[$0], renamed) }) {
                if !relationship.hasGeneratedID, accumulated[index].relationship.hasGeneratedID {
                    accumulated[index].relationship.id = relationship.id
                    accumulated[index].relationship.hasGeneratedID = false
                    byExplicitID[relationship.id] = index
                }
                accumulated[index].records.append(renamed)
                continue
            }
            if !relationship.hasGeneratedID { byExplicitID[relationship.id] = accumulated.count }
            byTriple[triple, default: []].append(accumulated.count)
            accumulated.append(Accumulated(relationship: relationship, records: [renamed]))
        }
        for entry in accumulated {
            let (combined, conflicting) = combined(entry)
            if !conflicting.isEmpty { output.conflicts.append(KeptConflict(id: combined.id, element: .relationship, fields: conflicting)) }
            if combined.from == combined.to, entry.records.contains(where: { $0.originalTriple != Relationship.generatedID(from: combined.from, kind: combined.kind, to: combined.to) }) {
                output.selfLoops.append(combined.id)
            }
            output.relationships.append(combined)
        }
        renumberRepeats(&output.relationships)
        return output
    }

    /// Whether `input` may join `entry`: dates and weights agree or one lacks them, two written
    /// ids are never joined, and a triple repeated within one file stays repeated.
    private static func joins(_ entry: Accumulated, _ candidate: Record) -> Bool {
        let first = entry.relationship
        let second = candidate.input.relationship
        if !first.hasGeneratedID && !second.hasGeneratedID { return false }
        if let a = first.date, let b = second.date, a != b { return false }
        if let a = first.weight, let b = second.weight, a != b { return false }
        return !entry.records.contains { $0.input.file == candidate.input.file && $0.originalTriple == candidate.originalTriple }
    }

    private static func combined(_ entry: Accumulated) -> (Relationship, [String]) {
        guard entry.records.count > 1 else { return (entry.relationship, []) }
        var relationship = entry.relationship
        let records = entry.records.map(\.input.relationship)
        relationship.date = records.lazy.compactMap(\.date).first
        relationship.weight = records.lazy.compactMap(\.weight).first
        var citations: [Citation] = []
        for record in records { citations = CitationSet.union(citations, record.citations) }
        relationship.citations = citations
        let properties = PropertyCombiner.combine(records.map {
            PropertyCombiner.Input(properties: $0.properties, citations: $0.citations)
        })
        relationship.properties = properties.properties
        return (relationship, properties.conflictingKeys)
    }

    /// Generated ids of repeated triples get `--2`, `--3`, … as the graph numbers them; the
    /// writer leaves generated ids out, so this only matters for messages and the report.
    private static func renumberRepeats(_ relationships: inout [Relationship]) {
        var seen: [String: Int] = [:]
        for index in relationships.indices where relationships[index].hasGeneratedID {
            let id = relationships[index].id
            let count = seen[id, default: 0] + 1
            seen[id] = count
            if count > 1 { relationships[index].id = "\(id)--\(count)" }
        }
    }

    static func place(_ origin: SourceLocation?) -> String { origin.map(\.description) ?? "an earlier file" }
}
