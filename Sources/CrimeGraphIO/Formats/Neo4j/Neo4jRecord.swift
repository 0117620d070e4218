import CrimeGraph

/// The fields every entity and relationship has in Neo4j, then its properties.
enum Neo4jRecord {
    static let entityFields = ["id", "name", "kind", "aliases", "tags", "date", "date_start", "date_end", "citations"]
    static let relationshipFields = ["id", "kind", "date", "date_start", "date_end", "weight", "citations"]

    /// A property key as a Neo4j key: `property.KEY` when it collides with a field.
    static func key(_ key: String, fields: [String]) -> String {
        fields.contains(key) || key.hasPrefix(ElementDecoder.propertyPrefix) ? ElementDecoder.propertyPrefix + key : key
    }

    /// An entity's values in order (absent ones left out).
    static func entity(_ graph: Graph, _ index: Int) -> [(key: String, value: Neo4jValue)] {
        var values: [(key: String, value: Neo4jValue)] = [
            ("id", .string(graph.id(of: index))), ("name", .string(graph.name(of: index))), ("kind", .string(graph.kind(of: index).rawValue)),
        ]
        let aliases = graph.aliases(of: index)
        if !aliases.isEmpty { values.append(("aliases", .strings(aliases))) }
        let tags = graph.tags(of: index)
        if !tags.isEmpty { values.append(("tags", .strings(tags))) }
        dated(graph.date(ofEntity: index), into: &values)
        let citations = graph.citations(ofEntity: index)
        if !citations.isEmpty { values.append(("citations", .string(ElementEncoder.citationsValue(citations).text))) }
        for property in graph.properties(ofEntity: index) {
            values.append((key(property.key, fields: entityFields), Neo4jValue(property.value)))
        }
        return values
    }

    /// A relationship's values in order (absent ones left out).
    static func relationship(_ graph: Graph, _ index: Int) -> [(key: String, value: Neo4jValue)] {
        var values: [(key: String, value: Neo4jValue)] = [
            ("id", .string(graph.relationshipID(of: index))), ("kind", .string(graph.relationKind(of: index).rawValue)),
        ]
        dated(graph.date(ofRelationship: index), into: &values)
        if let weight = graph.weight(of: index) { values.append(("weight", weight.isFinite ? .number(weight) : .string(NumberText.exact(weight)))) }
        let citations = graph.citations(ofRelationship: index)
        if !citations.isEmpty { values.append(("citations", .string(ElementEncoder.citationsValue(citations).text))) }
        for property in graph.properties(ofRelationship: index) {
            values.append((key(property.key, fields: relationshipFields), Neo4jValue(property.value)))
        }
        return values
    }

    /// `date` as written (ISO, or the case-file JSON for qualified dates), and the first and
    /// last day as Neo4j dates for range queries.
    private static func dated(_ date: CaseDate?, into values: inout [(key: String, value: Neo4jValue)]) {
        guard let date else { return }
        values.append(("date", .string(ElementEncoder.dateValue(date).text)))
        values.append(("date_start", .date(DateDays.firstDay(of: date))))
        values.append(("date_end", .date(DateDays.lastDay(of: date))))
    }

    /// `holds_post` → `HOLDS_POST`; `person` → `Person`.
    static func type(_ kind: RelationKind) -> String { KindNames.upperSnakeCase(kind.rawValue) }
    static func label(_ kind: EntityKind) -> String { KindNames.pascalCase(kind.rawValue) }
}
