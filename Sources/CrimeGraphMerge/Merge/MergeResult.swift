import CrimeGraph
import CrimeGraphIO
import Foundation

/// One entity that absorbed others.
public struct MergeGroup: Hashable, Sendable {
    /// The id kept.
    public let keeper: String
    /// The ids absorbed, in load order.
    public let absorbed: [String]
    /// Whether a decisions entry (rather than a score alone) made the group.
    public let isFromDecisions: Bool
    /// The candidates accepted by score that made or grew the group.
    public let accepted: [DuplicateCandidate]
}


/// A merged case and the account of how it was made.
public struct MergeResult: Sendable {
    /// The merged case. Its sources' `file` paths are absolute; ``relocated(to:)`` makes them
    /// relative to where the file is written.
    public let caseFile: CaseFile
    /// The entities that absorbed others, in output order.
    public let groups: [MergeGroup]
    /// Ids whose records in several files were combined (before any absorption).
    public let combinedIDs: [String]
    /// Entities and relationships whose records disagreed, with the fields kept side by side.
    public let conflicts: [KeptConflict]
    /// `same_as` relationships between records that became one, dropped.
    public let droppedRelationships: [String]
    /// Relationships that now tie an entity to itself, kept.
    public let selfLoops: [String]
    /// Every decision the merge applied, written out so that `--map` replays it exactly.
    public let decisions: MergeDecisions
    /// Warnings from reading the inputs.
    public let warnings: [Diagnostic]

    /// The merged case with source files named relative to `destination`'s folder.
    public func relocated(to destination: String) -> CaseFile {
        var copy = caseFile
        let folder = URL(fileURLWithPath: destination).deletingLastPathComponent().path
        copy.sources = caseFile.sources.map { source in
            guard let file = source.file, file.hasPrefix("/") else { return source }
            var moved = source
            moved.file = SourceText.relativePath(of: file, from: folder)
            return moved
        }
        copy.path = destination
        return copy
    }
}

