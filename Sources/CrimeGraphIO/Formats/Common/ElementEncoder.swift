import CrimeGraph

/// The attributes writers give entities and relationships, by the conventions
/// ``ElementDecoder`` reads back: reserved names for the fields, one attribute per property
/// (prefixed `property.` when its key is a reserved name), JSON for lists, quantities,
/// citations and qualified dates.
enum ElementEncoder {
    /// Names that carry entity fields.
    static let reservedForEntities: Set<String> = ["id", "kind", "type", "name", "label", "aliases", "tags", "date", "cite"]
    /// Names that carry relationship fields.
    static let reservedForRelationships: Set<String> = ["id", "kind", "type", "relation", "label", "date", "weight", "cite"]

    /// Which fields to write as attributes (formats hold some natively: GEXF's node label).
    struct Fields: OptionSet, Sendable {
        let rawValue: Int
        static let name = Fields(rawValue: 1)
        static let kind = Fields(rawValue: 2)
        static let weight = Fields(rawValue: 4)
        static let all: Fields = [.name, .kind, .weight]
    }

    /// The attributes of entity `index`, in a fixed order: kind, name, aliases, tags, date,
    /// cite, then the properties in their order.
    static func entityAttributes(_ graph: Graph, _ index: Int, fields: Fields = .all) -> [(name: String, value: ForeignValue)] {
        var result: [(name: String, value: ForeignValue)] = []
        if fields.contains(.kind) { result.append(("kind", .string(graph.kind(of: index).rawValue))) }
        if fields.contains(.name) { result.append(("name", .string(graph.name(of: index)))) }
        let aliases = graph.aliases(of: index)
        if !aliases.isEmpty { result.append(("aliases", stringList(aliases))) }
        let tags = graph.tags(of: index)
        if !tags.isEmpty { result.append(("tags", stringList(tags))) }
        if let date = graph.date(ofEntity: index) { result.append(("date", dateValue(date))) }
        let citations = graph.citations(ofEntity: index)
        if !citations.isEmpty { result.append(("cite", citationsValue(citations))) }
        for property in graph.properties(ofEntity: index) {
            result.append((propertyName(property.key, reserved: reservedForEntities), ForeignValue(property.value)))
        }
        return result
    }

    /// The attributes of relationship `index` (its id and ends are the format's own): kind,
    /// date, weight, cite, then the properties.
    static func relationshipAttributes(_ graph: Graph, _ index: Int, fields: Fields = .all) -> [(name: String, value: ForeignValue)] {
        var result: [(name: String, value: ForeignValue)] = []
        if fields.contains(.kind) { result.append(("kind", .string(graph.relationKind(of: index).rawValue))) }
        if let date = graph.date(ofRelationship: index) { result.append(("date", dateValue(date))) }
        if fields.contains(.weight), let weight = graph.weight(of: index) { result.append(("weight", .number(weight))) }
        let citations = graph.citations(ofRelationship: index)
        if !citations.isEmpty { result.append(("cite", citationsValue(citations))) }
        for property in graph.properties(ofRelationship: index) {
            result.append((propertyName(property.key, reserved: reservedForRelationships), ForeignValue(property.value)))
        }
        return result
    }

    /// A property key as an attribute name: `property.KEY` when `KEY` is reserved or already
    /// starts with the prefix.
    static func propertyName(_ key: String, reserved: Set<String>) -> String {
        reserved.contains(key) || key.hasPrefix(ElementDecoder.propertyPrefix) ? ElementDecoder.propertyPrefix + key : key
    }

    /// `2022-09-19/2022-09-22` as text, or the case-file map form as JSON.
    static func dateValue(_ date: CaseDate) -> ForeignValue {
        date.needsMapForm ? .json(CaseFileEncoder.date(date).serialized(pretty: false)) : .string(date.iso)
    }

    /// Citations as a JSON list of `{source, paragraph, quote}`.
    static func citationsValue(_ citations: [Citation]) -> ForeignValue {
        .json((CaseFileEncoder.citations(citations) ?? .array([])).serialized(pretty: false))
    }

    /// A JSON list of strings.
    static func stringList(_ items: [String]) -> ForeignValue {
        .json(JSONValue.array(items.map(JSONValue.string)).serialized(pretty: false))
    }

    /// CrimeGraph's graph header: the graph's title, description, directedness, weight meaning,
    /// declared kinds and sources as a case file without entities, in compact JSON.
    static func header(_ graph: Graph, sources: [Source]) -> String {
        let file = CaseFile(
            title: graph.title, description: graph.description, isDirected: graph.isDirected, weightMeaning: graph.weightMeaning,
            kinds: graph.declaredKinds.keys.sorted().map {
                CaseFile.KindDeclaration(id: $0.rawValue, description: graph.declaredKinds[$0].flatMap { $0.isEmpty ? nil : $0 })
            },
            relationKinds: graph.declaredRelationKinds.keys.sorted().map {
                CaseFile.KindDeclaration(id: $0.rawValue, description: graph.declaredRelationKinds[$0].flatMap { $0.isEmpty ? nil : $0 })
            },
            sources: sources)
        guard case .object(let members) = CaseFileEncoder.value(file) else { return "{}" }
        let kept = members.filter { member in
            if member.key == "entities" || member.key == "relationships" { return false }
            if member.key == "sources", case .array(let items) = member.value { return !items.isEmpty }
            return true
        }
        return JSONValue.object(kept).serialized(pretty: false)
    }

    /// Whether the header says anything beyond the schema version and directedness.
    static func headerIsEmpty(_ graph: Graph, sources: [Source]) -> Bool {
        graph.title == nil && graph.description == nil && graph.weightMeaning == nil && graph.declaredKinds.isEmpty
            && graph.declaredRelationKinds.isEmpty && sources.isEmpty
    }
}
