import CrimeGraph

/// Relationship ids as written by CrimeGraph: `FROM--KIND--TO`, with `--2`, `--3` for repeats.
enum GeneratedIDs {
    /// Whether `id` is the id CrimeGraph generates for this relationship (with or without a
    /// repeat suffix), so reading it back keeps it generated rather than explicit.
    static func isGenerated(_ id: String, from: String, kind: RelationKind, to: String) -> Bool {
        let base = Relationship.generatedID(from: from, kind: kind, to: to)
        if id == base { return true }
        guard id.hasPrefix(base + "--") else { return false }
        let rank = id.dropFirst(base.count + 2)
        return rank.allSatisfy(\.isNumber) && (Int(rank) ?? 0) >= 2
    }
}
