import CrimeGraph
import CrimeGraphIO
import Foundation

/// How ``CaseMerger`` decides which entities are the same.
public struct MergeOptions: Sendable {
    /// Reviewed decisions (a decisions file), applied first.
    public var decisions: MergeDecisions
    /// Also merge duplicate candidates scoring at least this, unless the decisions mark them
    /// distinct; nil merges only what the decisions say.
    public var acceptAbove: Double?
    /// How duplicates are searched when ``acceptAbove`` is set; candidates scoring at least its
    /// minimum but below ``acceptAbove`` are listed as pending in the replayable decisions.
    public var duplicates: DuplicateOptions

    /// Creates options.
    public init(decisions: MergeDecisions = MergeDecisions(), acceptAbove: Double? = nil,
                duplicates: DuplicateOptions = DuplicateOptions()) {
        self.decisions = decisions
        self.acceptAbove = acceptAbove
        self.duplicates = duplicates
    }
}

/// Merges case files: union by id, then absorption of the entities decided or accepted as the
/// same, keeping every alias, property value and citation and recording the absorbed ids.
public enum CaseMerger {
    /// Merges the combined files of `union` as `options` decide.
    /// - Throws: `DiagnosticsError` naming the decisions file's line for every bad decision.
    /// - Complexity: O(n + m) plus duplicate search (see ``DuplicateFinder``) when accepting by score.
    public static func merge(_ union: CaseUnion, options: MergeOptions = MergeOptions()) throws(DiagnosticsError) -> MergeResult {
        let graph = union.graph
        var candidates: [DuplicateCandidate] = []
        if let acceptAbove = options.acceptAbove {
            var search = options.duplicates
            search.minimumScore = min(search.minimumScore, acceptAbove)
            candidates = DuplicateFinder.find(in: graph, options: search).candidates
        }
        let plan = try MergePlan.build(options.decisions, graph: graph, candidates: candidates, acceptAbove: options.acceptAbove)

        var mapping: [String: String] = [:]
        var groupOf: [Int: Int] = [:]
        for (position, group) in plan.groups.enumerated() {
            groupOf[group.keeper] = position
            for member in group.absorbed {
                mapping[graph.id(of: member)] = graph.id(of: group.keeper)
                groupOf[member] = position
            }
        }
        var entities: [Entity] = []
        var conflicts = union.conflicts.filter { $0.element == .entity && mapping[$0.id] == nil }
        var placed = Set<Int>()
        for (index, entity) in union.caseFile.entities.enumerated() {
            guard let position = groupOf[index] else {
                entities.append(entity)
                continue
            }
            guard placed.insert(position).inserted else { continue }
            let group = plan.groups[position]
            let records = ([group.keeper] + group.absorbed).map { union.caseFile.entities[$0] }
            let combined = EntityCombiner.combine(records, absorbed: group.absorbed.map(graph.id(of:)))
            if !combined.conflictingFields.isEmpty {
                conflicts.append(KeptConflict(id: combined.entity.id, element: .entity, fields: combined.conflictingFields))
            }
            entities.append(combined.entity)
        }
        var fileNumbers: [String: Int] = [:]
        let inputs = union.caseFile.relationships.enumerated().map { offset, relationship in
            let file = relationship.origin.map { origin in
                if let number = fileNumbers[origin.file] { return number }
                fileNumbers[origin.file] = fileNumbers.count
                return fileNumbers.count - 1
            } ?? -1 - offset
            return RelationshipCombiner.Input(relationship: relationship, file: file)
        }
        let relationships = RelationshipCombiner.combine(inputs, mapping: mapping)
        let survivors = Set(relationships.relationships.map(\.id))
        conflicts += union.conflicts.filter { $0.element == .relationship && survivors.contains($0.id) }
        conflicts += relationships.conflicts
        conflicts = KeptConflict.coalesced(conflicts)

        var caseFile = union.caseFile
        caseFile.entities = entities
        caseFile.relationships = relationships.relationships
        var builder = GraphBuilder()
        builder.add(caseFile)
        do throws(DiagnosticsError) {
            _ = try builder.build()
        } catch {
            throw DiagnosticsError(relationships.diagnostics + error.diagnostics)
        }
        if !relationships.diagnostics.isEmpty { throw DiagnosticsError(relationships.diagnostics) }

        let groups = plan.groups.map { group in
            MergeGroup(keeper: graph.id(of: group.keeper), absorbed: group.absorbed.map(graph.id(of:)),
                       isFromDecisions: !group.explicit.isEmpty, accepted: group.accepted)
        }
        return MergeResult(
            caseFile: caseFile, groups: groups, combinedIDs: union.combinedIDs, conflicts: conflicts,
            droppedRelationships: relationships.dropped.map(\.id), selfLoops: relationships.selfLoops,
            decisions: replayable(groups, options: options, candidates: candidates), warnings: union.warnings)
    }

    /// The decisions that reproduce `groups`: one merge entry per group, the distinct entries
    /// given, and as pending the candidates neither merged nor marked distinct.
    private static func replayable(_ groups: [MergeGroup], options: MergeOptions, candidates: [DuplicateCandidate]) -> MergeDecisions {
        var decisions = MergeDecisions()
        var groupOf: [String: Int] = [:]
        for (position, group) in groups.enumerated() {
            for id in [group.keeper] + group.absorbed { groupOf[id] = position }
            let given = options.decisions.merges.filter { entry in entry.keep == group.keeper || group.absorbed.contains(entry.keep) }
            var reasons = given.flatMap(\.reasons)
            for candidate in group.accepted {
                reasons.append("\(candidate.first) ~ \(candidate.second) (\(candidate.score)): "
                               + candidate.reasons.map(\.text).joined(separator: "; "))
            }
            let score = given.isEmpty ? group.accepted.map(\.score).min() : given.count == 1 ? given[0].score : nil
            decisions.merges.append(MergeDecisions.Merge(keep: group.keeper, absorb: group.absorbed, score: score, reasons: reasons))
        }
        decisions.distinct = options.decisions.distinct.map {
            MergeDecisions.Distinct(ids: $0.ids, score: $0.score, reasons: $0.reasons)
        }
        let distinctPairs = Set(options.decisions.distinct.flatMap { entry in
            entry.ids.flatMap { a in entry.ids.filter { $0 != a }.map { "\(a)\u{1F}\($0)" } }
        })
        var pending: [MergeDecisions.Merge] = options.decisions.pending.map {
            MergeDecisions.Merge(keep: $0.keep, absorb: $0.absorb, score: $0.score, reasons: $0.reasons)
        }
        for candidate in candidates {
            if let a = groupOf[candidate.first], a == groupOf[candidate.second] { continue }
            if distinctPairs.contains("\(candidate.first)\u{1F}\(candidate.second)") { continue }
            if pending.contains(where: { $0.keep == candidate.first && $0.absorb == [candidate.second] }) { continue }
            pending.append(MergeDecisions.Merge(keep: candidate.first, absorb: [candidate.second], score: candidate.score,
                                                reasons: candidate.reasons.map(\.text)))
        }
        decisions.pending = pending
        return decisions
    }
}
