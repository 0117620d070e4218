import CrimeGraph

/// Writes case files in schema v1, as JSON or YAML, deterministically: the same case file gives
/// the same bytes. Generated relationship ids and empty fields are left out, so a file read and
/// written back keeps its shape.
public enum CaseFileEncoder {
    /// The case file as a JSON document.
    public static func json(_ file: CaseFile) -> String { value(file).serialized() + "\n" }

    /// The case file as a YAML document.
    public static func yaml(_ file: CaseFile) -> String { YAMLWriter.document(value(file)) }

    /// The case file as an ordered JSON value (the shared structure of both formats).
    public static func value(_ file: CaseFile) -> JSONValue {
        var members: [JSONValue.Member] = [.init("schema_version", .integer(CaseFile.schemaVersion))]
        if let title = file.title { members.append(.init("title", .string(title))) }
        if let description = file.description { members.append(.init("description", .string(description))) }
        if !file.isDirected { members.append(.init("directed", false)) }
        if let meaning = file.weightMeaning { members.append(.init("weight_meaning", .string(meaning.rawValue))) }
        if !file.kinds.isEmpty { members.append(.init("kinds", .array(file.kinds.map(declaration)))) }
        if !file.relationKinds.isEmpty { members.append(.init("relation_kinds", .array(file.relationKinds.map(declaration)))) }
        members.append(.init("sources", .array(file.sources.map(source))))
        members.append(.init("entities", .array(file.entities.map(entity))))
        members.append(.init("relationships", .array(file.relationships.map(relationship))))
        return .object(members)
    }

    static func declaration(_ declaration: CaseFile.KindDeclaration) -> JSONValue {
        .object(["id": .string(declaration.id), "description": declaration.description.map(JSONValue.string)])
    }

    static func source(_ source: Source) -> JSONValue {
        .object([
            "id": .string(source.id), "title": .string(source.title), "publisher": .string(source.publisher),
            "date": source.date.map(date), "file": source.file.map(JSONValue.string), "url": source.url.map(JSONValue.string),
            "accessed": source.accessed.map(date), "reliability": source.reliability.map { .string($0.description) },
            "language": source.language.map(JSONValue.string), "notes": source.notes.map(JSONValue.string),
        ])
    }

    /// An entity in schema v1.
    public static func entity(_ entity: Entity) -> JSONValue {
        .object([
            "id": .string(entity.id), "kind": .string(entity.kind.rawValue), "name": .string(entity.name),
            "aliases": entity.aliases.isEmpty ? nil : .array(entity.aliases.map(JSONValue.string)),
            "tags": entity.tags.isEmpty ? nil : .array(entity.tags.map(JSONValue.string)),
            "date": entity.date.map(date), "properties": properties(entity.properties),
            "cite": citations(entity.citations),
        ])
    }

    /// A relationship in schema v1 (a generated id is left out).
    public static func relationship(_ relationship: Relationship) -> JSONValue {
        .object([
            "id": relationship.hasGeneratedID ? nil : .string(relationship.id), "from": .string(relationship.from),
            "kind": .string(relationship.kind.rawValue), "to": .string(relationship.to),
            "date": relationship.date.map(date), "weight": relationship.weight.map(JSONValue.double),
            "properties": properties(relationship.properties), "cite": citations(relationship.citations),
        ])
    }

    /// `2022-09-19/2022-09-22`, or the map form when the date has a qualifier or wording.
    public static func date(_ date: CaseDate) -> JSONValue {
        guard date.needsMapForm else { return .string(date.iso) }
        return .object([
            "from": .string(date.start.description), "to": date.end.map { .string($0.description) },
            "qualifier": date.qualifier.map { .string($0.rawValue) }, "text": date.text.map(JSONValue.string),
        ])
    }

    static func properties(_ properties: PropertyList) -> JSONValue? {
        guard !properties.isEmpty else { return nil }
        return .object(properties.map { .init($0.key, propertyValue($0.value)) })
    }

    /// A property value in schema v1.
    public static func propertyValue(_ value: PropertyValue) -> JSONValue {
        switch value {
        case .string(let text): return .string(text)
        case .integer(let number): return .integer(number)
        case .number(let number): return .number(number)
        case .boolean(let flag): return .boolean(flag)
        case .list(let values): return .array(values.map(propertyValue))
        case .quantity(let quantity):
            return .object([
                "value": quantity.value.map(JSONValue.double), "unit": quantity.unit.map(JSONValue.string),
                "qualifier": quantity.qualifier == .exact ? nil : .string(quantity.qualifier.rawValue),
                "text": quantity.text.map(JSONValue.string), "cite": citations(quantity.citations),
            ])
        }
    }

    /// Citations as a list of `{source, paragraph, quote}`; nil when there are none.
    public static func citations(_ citations: [Citation]) -> JSONValue? {
        guard !citations.isEmpty else { return nil }
        return .array(citations.map { citation in
            .object([
                "source": .string(citation.source), "paragraph": citation.paragraph.map(JSONValue.integer),
                "quote": citation.quote.map(JSONValue.string),
            ])
        })
    }
}
