import CrimeGraph
import CrimeGraphIO

/// Writes ``MergeDecisions`` as YAML (or JSON) that reads back as the same decisions.
public enum DecisionsWriter {
    /// The decisions as a YAML document with a comment explaining how to review it.
    public static func yaml(_ decisions: MergeDecisions) -> String {
        header + YAMLWriter.document(value(decisions))
    }

    /// The decisions as a JSON document.
    public static func json(_ decisions: MergeDecisions) -> String { value(decisions).serialized() + "\n" }

    /// The decisions as an ordered JSON value.
    public static func value(_ decisions: MergeDecisions) -> JSONValue {
        var members: [JSONValue.Member] = [.init("decisions_version", .integer(MergeDecisions.version))]
        members.append(.init("merge", .array(decisions.merges.map(merge))))
        members.append(.init("distinct", .array(decisions.distinct.map(distinct))))
        members.append(.init("pending", .array(decisions.pending.map(merge))))
        return .object(members)
    }

    static let header = """
        # CrimeGraph merge decisions (docs/merge.md). Replay with:
        #   crimegraph merge FILE... --map THIS-FILE -o OUT.yaml
        # merge:    each 'keep' id absorbs its 'absorb' ids (aliases, properties, citations all kept).
        # distinct: ids that are different entities; --accept-above never merges them.
        # pending:  candidates not yet reviewed, ignored by merge: move each to merge or distinct.
        # 'score' and 'reasons' are for the reviewer; merge does not read them.

        """

    private static func merge(_ entry: MergeDecisions.Merge) -> JSONValue {
        .object([
            "keep": .string(entry.keep), "absorb": .array(entry.absorb.map(JSONValue.string)),
            "score": entry.score.map(JSONValue.double), "reasons": entry.reasons.isEmpty ? nil : .array(entry.reasons.map(JSONValue.string)),
        ])
    }

    private static func distinct(_ entry: MergeDecisions.Distinct) -> JSONValue {
        .object([
            "ids": .array(entry.ids.map(JSONValue.string)), "score": entry.score.map(JSONValue.double),
            "reasons": entry.reasons.isEmpty ? nil : .array(entry.reasons.map(JSONValue.string)),
        ])
    }
}
