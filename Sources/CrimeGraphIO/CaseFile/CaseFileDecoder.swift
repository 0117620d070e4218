import CrimeGraph

/// Turns a positioned document tree into a ``CaseFile``, reporting every structural problem:
/// wrong types, unknown or missing fields, malformed ids, dates and quantities.
///
/// Semantic checks that need all files together (kinds, references, citations) are
/// ``CaseValidator``'s.
struct CaseFileDecoder {
    var reader = NodeReader()
    let file: String

    init(file: String) { self.file = file }

    static let topLevelFields = [
        "schema_version", "title", "description", "directed", "weight_meaning", "kinds", "relation_kinds",
        "sources", "entities", "relationships",
    ]

    mutating func decode(_ root: DocumentNode) -> CaseFile {
        var caseFile = CaseFile(path: file)
        guard let fields = reader.fields(root, "the case file", allowed: Self.topLevelFields, required: ["schema_version"])
        else { return caseFile }
        if let versionNode = fields["schema_version"], !versionNode.isNull,
            let version = reader.integer(versionNode, "schema_version"), version != CaseFile.schemaVersion
        {
            reader.error(versionNode, "unsupported schema_version \(version): this CrimeGraph reads version \(CaseFile.schemaVersion)")
        }
        caseFile.title = reader.string(fields["title"], "title")
        caseFile.description = reader.string(fields["description"], "description")
        if let directed = fields["directed"] { caseFile.isDirected = reader.boolean(directed, "directed") ?? true }
        caseFile.weightMeaning = reader.choice(fields["weight_meaning"], "weight_meaning", as: WeightMeaning.self)
        caseFile.kinds = declarations(fields["kinds"], "kinds")
        caseFile.relationKinds = declarations(fields["relation_kinds"], "relation_kinds")
        if let node = fields["sources"], let items = reader.list(node, "sources") {
            caseFile.sources = items.compactMap { source($0) }
        }
        if let node = fields["entities"], let items = reader.list(node, "entities") {
            caseFile.entities = items.compactMap { entity($0) }
        }
        if let node = fields["relationships"], let items = reader.list(node, "relationships") {
            caseFile.relationships = items.compactMap { relationship($0) }
        }
        return caseFile
    }

    private mutating func declarations(_ node: DocumentNode?, _ what: String) -> [CaseFile.KindDeclaration] {
        guard let node, let items = reader.list(node, what) else { return [] }
        return items.compactMap { item in
            if case .scalar = item.value { return reader.slug(item, "a kind in \(what)").map { .init(id: $0) } }
            guard let fields = reader.fields(item, "a kind in \(what)", allowed: ["id", "description"], required: ["id"]),
                let id = reader.slug(fields["id"], "kind id")
            else { return nil }
            return .init(id: id, description: reader.string(fields["description"], "description"))
        }
    }

    static let sourceFields = [
        "id", "title", "publisher", "date", "file", "url", "accessed", "reliability", "language", "notes",
    ]

    private mutating func source(_ node: DocumentNode) -> Source? {
        let label = NodeReader.label(node, "source", fallback: "a source")
        guard let fields = reader.fields(node, label, allowed: Self.sourceFields, required: ["id", "title", "publisher"]),
            let id = reader.slug(fields["id"], "source id")
        else { return nil }
        let what = "source '\(id)'"
        var source = Source(
            id: id, title: reader.nonEmptyString(fields["title"], "\(what): title") ?? "",
            publisher: reader.nonEmptyString(fields["publisher"], "\(what): publisher") ?? "unknown",
            origin: node.location)
        source.date = fields["date"].flatMap { date($0, "\(what): date") }
        source.file = reader.nonEmptyString(fields["file"], "\(what): file")
        source.url = reader.nonEmptyString(fields["url"], "\(what): url")
        source.accessed = fields["accessed"].flatMap { date($0, "\(what): accessed") }
        if let gradeNode = fields["reliability"], let grade = reader.string(gradeNode, "\(what): reliability") {
            source.reliability = AdmiraltyCode(grade)
            if source.reliability == nil {
                reader.error(gradeNode, "\(what): reliability '\(grade)' is not an Admiralty code: a letter A–F and a digit 1–6, such as B2")
            }
        }
        source.language = reader.string(fields["language"], "\(what): language")
        source.notes = reader.string(fields["notes"], "\(what): notes")
        return source
    }

    static let entityFields = ["id", "kind", "name", "aliases", "tags", "date", "properties", "cite"]

    private mutating func entity(_ node: DocumentNode) -> Entity? {
        let label = NodeReader.label(node, "entity", fallback: "an entity")
        guard let fields = reader.fields(node, label, allowed: Self.entityFields, required: ["id", "kind", "name"]),
            let id = reader.slug(fields["id"], "entity id")
        else { return nil }
        let what = "entity '\(id)'"
        let kind = reader.slug(fields["kind"], "\(what): kind")
        let name = reader.nonEmptyString(fields["name"], "\(what): name")
        // Read every field even when kind or name is bad, so one run reports everything.
        var entity = Entity(id: id, kind: EntityKind(rawValue: kind ?? "unknown"), name: name ?? id, origin: node.location)
        entity.aliases = reader.strings(fields["aliases"], "\(what): aliases")
        if let tagsNode = fields["tags"] {
            entity.tags = reader.strings(tagsNode, "\(what): tags").filter { tag in
                if EntityKind.isSlug(tag) { return true }
                reader.error(tagsNode, "\(what): tag '\(tag)' is not a valid slug (lowercase letters, digits, '.', '_', '-')")
                return false
            }
        }
        entity.date = fields["date"].flatMap { date($0, "\(what): date") }
        entity.properties = properties(fields["properties"], what)
        entity.citations = citations(fields["cite"], what)
        guard kind != nil, name != nil else { return nil }
        return entity
    }

    /// `relationship a → b` for a relationship without an id.
    static func endsLabel(_ node: DocumentNode) -> String {
        guard case .mapping(let pairs) = node.value else { return "a relationship" }
        let from = pairs.first { $0.key.scalarText == "from" }?.value.scalarText ?? "?"
        let to = pairs.first { $0.key.scalarText == "to" }?.value.scalarText ?? "?"
        return "relationship \(from) → \(to)"
    }

    static let relationshipFields = ["id", "from", "to", "kind", "date", "weight", "properties", "cite"]

    private mutating func relationship(_ node: DocumentNode) -> Relationship? {
        guard
            let fields = reader.fields(
                node, NodeReader.label(node, "relationship", fallback: Self.endsLabel(node)), allowed: Self.relationshipFields,
                required: ["from", "to", "kind"])
        else { return nil }
        let explicitID = fields["id"].flatMap { reader.slug($0, "relationship id") }
        let from = reader.slug(fields["from"], "relationship 'from'")
        let to = reader.slug(fields["to"], "relationship 'to'")
        let kind = reader.slug(fields["kind"], "relationship kind")
        let kindValue = RelationKind(rawValue: kind ?? "unknown")
        let what = "relationship '\(explicitID ?? Relationship.generatedID(from: from ?? "?", kind: kindValue, to: to ?? "?"))'"
        var relationship = Relationship(id: explicitID, from: from ?? "", to: to ?? "", kind: kindValue, origin: node.location)
        relationship.date = fields["date"].flatMap { date($0, "\(what): date") }
        relationship.weight = reader.number(fields["weight"], "\(what): weight")
        relationship.properties = properties(fields["properties"], what)
        relationship.citations = citations(fields["cite"], what)
        guard from != nil, to != nil, kind != nil else { return nil }
        return relationship
    }
}
