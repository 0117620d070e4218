import CrimeGraph

/// Combines several records of one real entity into one, keeping every name, alias, tag,
/// property value, date and citation.
///
/// - The first record gives the id, kind and name; every other distinct name becomes an alias,
///   after the first record's aliases and in record order (records of one id that name it
///   differently are reported as a `name` conflict).
/// - Tags and citations are unioned in order.
/// - Properties combine as ``PropertyCombiner`` says.
/// - The first record's date is the date; each other date that differs is kept in the property
///   `alternative_dates` as `"ISO [citations of its record]"`.
/// - With absorbed ids, the property `absorbed_ids` lists them (with any an input already had).
enum EntityCombiner {
    /// The property listing the ids a merged entity absorbed.
    static let absorbedKey = "absorbed_ids"
    /// The property keeping the dates that differed from the entity's date.
    static let alternativeDatesKey = "alternative_dates"

    /// The combined entity, and the fields whose values disagreed.
    struct Output {
        var entity: Entity
        var conflictingFields: [String]
    }

    /// Combines `records` (first is kept), recording `absorbed` ids.
    /// - Complexity: O(r · (a + p² + c)) for r records of a aliases, p properties, c citations.
    static func combine(_ records: [Entity], absorbed: [String]) -> Output {
        guard var entity = records.first else {
            return Output(entity: Entity(id: "", kind: .person, name: ""), conflictingFields: [])
        }
        if records.count == 1 && absorbed.isEmpty { return Output(entity: entity, conflictingFields: []) }
        var conflicts: [String] = []
        // Records of one id (not absorbed ones, whose names differ by design) that name it differently.
        if absorbed.isEmpty, records.contains(where: { $0.name != entity.name }) { conflicts.append("name") }
        var names = Set([entity.name])
        var aliases: [String] = []
        var tags: [String] = []
        var citations: [Citation] = []
        for record in records {
            for alias in [record.name] + record.aliases where names.insert(alias).inserted { aliases.append(alias) }
            for tag in record.tags where !tags.contains(tag) { tags.append(tag) }
            citations = CitationSet.union(citations, record.citations)
        }
        // The first record's aliases come first, then the other names in record order.
        entity.aliases = aliases
        entity.tags = tags
        entity.citations = citations

        let excluded: Set<String> = [absorbedKey, alternativeDatesKey]
        let combined = PropertyCombiner.combine(
            records.map { PropertyCombiner.Input(properties: $0.properties, citations: $0.citations) }, excluding: excluded)
        var properties = combined.properties
        conflicts += combined.conflictingKeys

        var alternatives: [String] = []
        for record in records {
            for value in strings(record.properties[alternativeDatesKey]) where !alternatives.contains(value) {
                alternatives.append(value)
            }
        }
        entity.date = records.lazy.compactMap(\.date).first
        if let date = entity.date {
            for record in records {
                guard let other = record.date, other != date else { continue }
                let text = "\(other.iso) [\(CitationSet.short(record.citations))]"
                if !alternatives.contains(text) { alternatives.append(text) }
            }
        }
        if !alternatives.isEmpty {
            conflicts.append("date")
            properties[alternativeDatesKey] = .list(alternatives.map(PropertyValue.string))
        }

        var absorbedIDs: [String] = []
        for record in records {
            for id in strings(record.properties[absorbedKey]) where !absorbedIDs.contains(id) { absorbedIDs.append(id) }
        }
        for id in absorbed where !absorbedIDs.contains(id) && id != entity.id { absorbedIDs.append(id) }
        if !absorbedIDs.isEmpty { properties[absorbedKey] = .list(absorbedIDs.map(PropertyValue.string)) }
        entity.properties = properties
        return Output(entity: entity, conflictingFields: conflicts)
    }

    /// The texts of a string or list-of-strings value.
    static func strings(_ value: PropertyValue?) -> [String] {
        guard let value else { return [] }
        return PropertyCombiner.flatten(value).compactMap { item in
            if case .string(let text) = item { return text }
            return nil
        }
    }
}
