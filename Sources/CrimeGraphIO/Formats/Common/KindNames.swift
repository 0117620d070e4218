import CrimeGraph

/// Turns the labels other tools use for types (`Person`, `Drug Dealer`, `HOLDS_POST`,
/// `works for`) into CrimeGraph kinds, which are lowercase slugs.
enum KindNames {
    /// `Drug Dealer` → `drug_dealer`, `Person` → `person`; nil when nothing usable is left.
    static func slug(_ text: String, separator: String = "_") -> String? {
        if EntityKind.isSlug(text) { return text }
        let words = TextFolding.fold(text).split(separator: " ").map { $0.filter(\.isASCII) }.filter { !$0.isEmpty }
        let joined = words.joined(separator: separator)
        return EntityKind.isSlug(joined) ? joined : nil
    }

    /// An entity kind from a foreign label, or `fallback`.
    static func entityKind(_ text: String?, fallback: EntityKind) -> EntityKind {
        guard let text, let slug = slug(text) else { return fallback }
        return EntityKind(rawValue: slug)
    }

    /// A relation kind from a foreign label, or `fallback`.
    static func relationKind(_ text: String?, fallback: RelationKind) -> RelationKind {
        guard let text, let slug = slug(text) else { return fallback }
        return RelationKind(rawValue: slug)
    }

    /// `holds_post` → `HoldsPost` (Neo4j labels).
    static func pascalCase(_ kind: String) -> String {
        kind.split(whereSeparator: { $0 == "_" || $0 == "-" || $0 == "." }).map { word in
            word.prefix(1).uppercased() + word.dropFirst()
        }.joined()
    }

    /// `holds_post` → `HOLDS_POST` (Neo4j relationship types).
    static func upperSnakeCase(_ kind: String) -> String {
        kind.uppercased().map { $0 == "-" || $0 == "." ? "_" : $0 }.reduce(into: "") { $0.append($1) }
    }
}
