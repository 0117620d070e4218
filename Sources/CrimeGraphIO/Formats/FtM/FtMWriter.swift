import CrimeGraph

/// Writes FollowTheMoney entities, one JSON object per line, that the `followthemoney`
/// library, Aleph and OpenSanctions tools accept.
///
/// Kinds map to schemata (person → Person, company → Company, organization → Organization,
/// agency → PublicBody, location → Address, event → Event, document → Document, outcome →
/// CourtCase, …; a property `ftm_schema` chooses another); kinds with no schema of their own
/// (offence, nationality, phone, declared kinds) carry the keyword `crimegraph-kind:KIND`,
/// tags are keywords. Relationships become edge entities (owns → Ownership, directs →
/// Directorship, employs → Employment, …; any other kind → UnknownLink with the kind as its
/// `role`), with their dates. Ids FtM cannot hold (`_`, a trailing `-`) are rewritten.
///
/// FtM has no place for citations (the cited sources' URLs and publishers are written as
/// `sourceUrl` and `publisher`), weights, quantities' qualifiers, or properties outside its
/// model: each is listed as lost.
enum FtMWriter {
    static func write(_ graph: Graph, options: WriteOptions) -> GraphExport {
        var losses = LossCounter()
        var ids = [String](repeating: "", count: graph.entityCount)
        var used = Set<String>()
        for index in 0..<graph.entityCount {
            let original = graph.id(of: index)
            var id = FtMIDs.sanitize(original)
            if id != original {
                var rank = 2
                let base = id
                while used.contains(id) || (id != original && graph.index(ofEntity: id) != nil) {
                    id = "\(base)-\(rank)"
                    rank += 1
                }
                losses.note("entity ids FollowTheMoney cannot hold, rewritten", example: "\(original) → \(id)")
            }
            used.insert(id)
            ids[index] = id
        }
        let sources = Dictionary((options.sources ?? graph.sources).map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        var out = ""
        for index in 0..<graph.entityCount {
            out += entity(graph, index, id: ids[index], sources: sources, losses: &losses).serialized(pretty: false) + "\n"
        }
        var relationshipIDs = used
        for index in 0..<graph.relationshipCount {
            out += relationship(graph, index, ids: ids, sources: sources, usedIDs: &relationshipIDs, losses: &losses).serialized(pretty: false) + "\n"
        }
        if graph.title != nil || graph.description != nil || !graph.sources.isEmpty {
            losses.note("the title, description and sources (FtM files hold entities only)", count: 1)
        }
        return GraphExport(bytes: Array(out.utf8), losses: losses.losses)
    }

    private static func entity(_ graph: Graph, _ index: Int, id: String, sources: [String: Source], losses: inout LossCounter) -> JSONValue {
        let kind = graph.kind(of: index)
        let properties = graph.properties(ofEntity: index)
        var schema = FtMSchema.schemaOfKind[kind] ?? "LegalEntity"
        if case .string(let chosen) = properties["ftm_schema"], FtMSchema.nodes[chosen] != nil { schema = chosen }
        var fields = FtMFields(schema: schema)
        let name = graph.name(of: index)
        fields.add("name", [name])
        fields.add("alias", graph.aliases(of: index))
        var keywords = graph.tags(of: index)
        if FtMSchema.nodes[schema] != kind { keywords.append(FtMSchema.kindKeywordPrefix + kind.rawValue) }
        fields.add("keywords", keywords)
        switch schema {
        case "Document": fields.add("fileName", [name])
        case "Address": fields.add("full", [name])
        case "UserAccount": fields.add("username", [name])
        default: break
        }
        if let date = graph.date(ofEntity: index) {
            if FtMSchema.intervals.contains(schema) {
                fields.add(date: date, losses: &losses, owner: graph.id(of: index))
            } else {
                losses.note("dates of entities whose FtM schema has none", example: graph.id(of: index))
            }
        }
        addCitations(graph.citations(ofEntity: index), sources: sources, to: &fields, losses: &losses, owner: graph.id(of: index))
        for property in properties where property.key != "ftm_schema" {
            fields.add(property: property, losses: &losses, owner: graph.id(of: index))
        }
        return fields.json(id: id)
    }

    private static func relationship(
        _ graph: Graph, _ index: Int, ids: [String], sources: [String: Source], usedIDs: inout Set<String>, losses: inout LossCounter
    ) -> JSONValue {
        let kind = graph.relationKind(of: index)
        let from = graph.source(of: index)
        let to = graph.target(of: index)
        var schema = FtMSchema.schemaOfRelationKind[kind] ?? "UnknownLink"
        if kind == "associated_with" { schema = graph.kind(of: from) == .person && graph.kind(of: to) == .person ? "Associate" : "UnknownLink" }
        let owner = graph.relationshipID(of: index)
        guard let edge = FtMSchema.edges[schema] else { return .null }
        var fields = FtMFields(schema: schema)
        let (source, target) = edge.reversed ? (ids[to], ids[from]) : (ids[from], ids[to])
        fields.add(edge.source, [source])
        fields.add(edge.target, [target])
        // UnknownLink's first role is the relation kind; a `role` property follows it.
        if schema == "UnknownLink" { fields.add("role", [kind.rawValue]) }
        if let date = graph.date(ofRelationship: index) { fields.add(date: date, losses: &losses, owner: owner) }
        if graph.weight(of: index) != nil { losses.note("relationship weights", example: owner) }
        addCitations(graph.citations(ofRelationship: index), sources: sources, to: &fields, losses: &losses, owner: owner)
        for property in graph.properties(ofRelationship: index) { fields.add(property: property, losses: &losses, owner: owner) }
        var id = FtMIDs.sanitize(owner)
        var rank = 2
        while usedIDs.contains(id) {
            id = FtMIDs.sanitize(owner) + "-\(rank)"
            rank += 1
        }
        usedIDs.insert(id)
        return fields.json(id: id)
    }

    private static func addCitations(_ citations: [Citation], sources: [String: Source], to fields: inout FtMFields, losses: inout LossCounter, owner: String) {
        guard !citations.isEmpty else { return }
        losses.note("citations (paragraphs and quotes; the cited sources' URLs and publishers are kept)", example: owner)
        var urls: [String] = []
        var publishers: [String] = []
        for citation in citations {
            guard let source = sources[citation.source] else { continue }
            if let url = source.url, !urls.contains(url) { urls.append(url) }
            if source.publisher != "unknown", !publishers.contains(source.publisher) { publishers.append(source.publisher) }
        }
        fields.add("sourceUrl", urls)
        fields.add("publisher", publishers)
    }
}
