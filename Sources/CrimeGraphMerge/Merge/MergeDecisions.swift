import CrimeGraph

/// A reviewable record of which entities are the same and which are not, so that a merge can
/// be checked by a person and replayed exactly (`crimegraph merge … --map decisions.yaml`).
///
/// The file format (YAML or JSON) is documented in `docs/merge.md`:
/// ```yaml
/// decisions_version: 1
/// merge:
///   - keep: sar-kheng
///     absorb: [samdech-kralahom-sar-kheng]
///     score: 0.93
///     reasons: ["same name without 'samdech kralahom': 'sar kheng'"]
/// distinct:
///   - ids: [sar-kheng, sar-sokha]
/// pending:
///   - {keep: galaxy-world, absorb: [galaxy-world-casino], score: 0.72}
/// ```
public struct MergeDecisions: Sendable, Hashable {
    /// The version of the format this library reads and writes.
    public static let version = 1

    /// One entity absorbing others.
    public struct Merge: Sendable, Hashable {
        /// The id that stays.
        public var keep: String
        /// The ids it absorbs.
        public var absorb: [String]
        /// The duplicate score, for the reviewer; merging does not read it.
        public var score: Double?
        /// Why, for the reviewer; merging does not read them.
        public var reasons: [String]
        /// Where the entry is written.
        public var origin: SourceLocation?
        /// Where `keep` is written.
        public var keepOrigin: SourceLocation?
        /// Where each of `absorb` is written, parallel to it.
        public var absorbOrigins: [SourceLocation?]

        /// Creates an entry.
        public init(keep: String, absorb: [String], score: Double? = nil, reasons: [String] = [],
                    origin: SourceLocation? = nil, keepOrigin: SourceLocation? = nil, absorbOrigins: [SourceLocation?] = []) {
            self.keep = keep
            self.absorb = absorb
            self.score = score
            self.reasons = reasons
            self.origin = origin
            self.keepOrigin = keepOrigin
            self.absorbOrigins = absorbOrigins
        }
    }

    /// Entities a reviewer judged different: no automatic acceptance merges them.
    public struct Distinct: Sendable, Hashable {
        /// Two or more ids, pairwise different entities.
        public var ids: [String]
        /// The duplicate score, for the reviewer.
        public var score: Double?
        /// Why they looked alike, or why they are not, for the reviewer.
        public var reasons: [String]
        /// Where the entry is written.
        public var origin: SourceLocation?
        /// Where each id is written, parallel to ``ids``.
        public var idOrigins: [SourceLocation?]

        /// Creates an entry.
        public init(ids: [String], score: Double? = nil, reasons: [String] = [], origin: SourceLocation? = nil,
                    idOrigins: [SourceLocation?] = []) {
            self.ids = ids
            self.score = score
            self.reasons = reasons
            self.origin = origin
            self.idOrigins = idOrigins
        }
    }

    /// Accepted merges, applied in order.
    public var merges: [Merge]
    /// Pairs judged different.
    public var distinct: [Distinct]
    /// Candidates not yet reviewed: merging ignores them.
    public var pending: [Merge]
    /// The file the decisions were read from.
    public var path: String?

    /// Creates decisions.
    public init(merges: [Merge] = [], distinct: [Distinct] = [], pending: [Merge] = [], path: String? = nil) {
        self.merges = merges
        self.distinct = distinct
        self.pending = pending
        self.path = path
    }

    /// Draft decisions from duplicate candidates: those scoring at least `acceptAbove` become
    /// merges (the first id keeps), the rest pending review.
    public static func draft(from candidates: [DuplicateCandidate], acceptAbove: Double? = nil) -> MergeDecisions {
        var decisions = MergeDecisions()
        for candidate in candidates {
            let entry = Merge(keep: candidate.first, absorb: [candidate.second], score: candidate.score,
                              reasons: candidate.reasons.map(\.text))
            if let acceptAbove, candidate.score >= acceptAbove {
                decisions.merges.append(entry)
            } else {
                decisions.pending.append(entry)
            }
        }
        return decisions
    }
}
