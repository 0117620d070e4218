import CrimeGraph

/// Entity ids as FollowTheMoney accepts them in references: `[0-9a-zA-Z]([0-9a-zA-Z.-]*[0-9a-zA-Z])?`.
enum FtMIDs {
    /// Whether `id` is already acceptable.
    static func isValid(_ id: String) -> Bool {
        guard let first = id.utf8.first, let last = id.utf8.last, isAlphanumeric(first), isAlphanumeric(last) else { return false }
        return id.utf8.allSatisfy { isAlphanumeric($0) || $0 == UInt8(ascii: ".") || $0 == UInt8(ascii: "-") }
    }

    /// `holds_post` → `holds-post`: every other character becomes `-`, and the ends are trimmed
    /// to letters or digits (`x` if nothing is left).
    static func sanitize(_ id: String) -> String {
        if isValid(id) { return id }
        var bytes = id.utf8.map { isAlphanumeric($0) || $0 == UInt8(ascii: ".") ? $0 : UInt8(ascii: "-") }
        while let first = bytes.first, !isAlphanumeric(first) { bytes.removeFirst() }
        while let last = bytes.last, !isAlphanumeric(last) { bytes.removeLast() }
        return bytes.isEmpty ? "x" : String(decoding: bytes, as: UTF8.self)
    }

    /// Whether `id` is the FtM form of the id CrimeGraph generates for this relationship.
    static func isGenerated(_ id: String, from: String, kind: RelationKind, to: String) -> Bool {
        let base = sanitize(Relationship.generatedID(from: from, kind: kind, to: to))
        if id == base { return true }
        guard id.hasPrefix(base + "--") else { return GeneratedIDs.isGenerated(id, from: from, kind: kind, to: to) }
        let rank = id.dropFirst(base.count + 2)
        return rank.allSatisfy(\.isNumber) && (Int(rank) ?? 0) >= 2
    }

    private static func isAlphanumeric(_ byte: UInt8) -> Bool {
        (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")) || (byte | 0x20 >= UInt8(ascii: "a") && byte | 0x20 <= UInt8(ascii: "z"))
    }
}
