import CrimeGraph

/// One written name of an entity (its name or an alias), prepared for comparison once so that
/// scoring a candidate pair never folds or tokenizes text again. A class: scoring passes
/// variants around millions of times, and one reference costs less than copying ten arrays.
final class NameVariant: Sendable {
    /// The name as written.
    let text: String
    /// Whether this is an alias rather than the entity's name.
    let isAlias: Bool
    /// ``TextFolding/fold(_:)`` of the text.
    let folded: String
    /// The words of the name without honorifics, legal-form words and fillers.
    let core: [String]
    /// The words left out of ``core``, in order.
    let dropped: [String]
    /// ``core`` sorted.
    let sortedCore: [String]
    /// The ``Transliteration/key(_:)`` of each word of ``core``.
    let keys: [String]
    /// ``keys`` sorted.
    let sortedKeys: [String]
    /// ``keys`` as scalars, for edit distances.
    let keyScalars: [[Unicode.Scalar]]
    /// Per word of ``core``, whether it is a number or Roman numeral (which match only exactly).
    let numberLike: [Bool]
    /// First letters of the words of ``core``, when it has at least two.
    let initials: String?
    /// Hashes of ``folded``, ``core``, ``sortedCore``, ``keys`` and ``sortedKeys``: unequal
    /// hashes settle most comparisons without comparing text.
    let fingerprints: [Int]

    /// Prepares `text` for an entity of `kind`; nil when nothing usable remains: an empty name,
    /// or a person's alias naming a role ("the minister", "Chinese ambassador to Cambodia"),
    /// which many people hold in turn.
    init?(_ text: String, kind: EntityKind, isAlias: Bool) {
        let folded = TextFolding.fold(text)
        let tokens = folded.split(separator: " ").map(String.init)
        guard !tokens.isEmpty else { return nil }
        var start = 0
        var end = tokens.count
        if kind == .person {
            while end - start > 1, NameWords.honorifics.contains(tokens[start]) { start += 1 }
            if isAlias, tokens.contains(where: NameWords.roles.contains) { return nil }
        }
        if kind == .company || kind == .organization {
            if end - start > 1, tokens[start] == "the" { start += 1 }
            while end - start > 1, NameWords.legalForms.contains(tokens[end - 1]) { end -= 1 }
        }
        var core: [String] = []
        var dropped = Array(tokens[..<start]) + Array(tokens[end...])
        for token in tokens[start..<end] {
            if NameWords.fillers.contains(token) { dropped.append(token) } else { core.append(token) }
        }
        if core.isEmpty {
            core = Array(tokens[start..<end])
            dropped = Array(tokens[..<start]) + Array(tokens[end...])
        }
        self.text = text
        self.isAlias = isAlias
        self.folded = folded
        self.core = core
        self.dropped = dropped
        self.sortedCore = core.sorted()
        self.keys = core.map(Transliteration.key)
        self.sortedKeys = keys.sorted()
        self.keyScalars = keys.map { Array($0.unicodeScalars) }
        self.numberLike = core.map(NameWords.isNumberLike)
        self.fingerprints = [folded.hashValue, core.hashValue, sortedCore.hashValue, keys.hashValue, sortedKeys.hashValue]
        if core.count >= 2 {
            var letters = ""
            for word in core { if let first = word.first { letters.append(first) } }
            self.initials = letters
        } else {
            self.initials = nil
        }
    }

    /// Every usable variant of an entity: its name first, then its aliases.
    static func all(name: String, aliases: [String], kind: EntityKind) -> [NameVariant] {
        var result: [NameVariant] = []
        var seen = Set<String>()
        if let variant = NameVariant(name, kind: kind, isAlias: false) {
            result.append(variant)
            seen.insert(variant.text)
        }
        for alias in aliases where seen.insert(alias).inserted {
            if let variant = NameVariant(alias, kind: kind, isAlias: true) { result.append(variant) }
        }
        return result
    }
}
