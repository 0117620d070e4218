import CrimeGraph

/// One FollowTheMoney entity as read from a line: id, schema and properties (name → values).
struct FtMEntity {
    var id = ""
    var schema = ""
    var schemaLocation: SourceLocation
    var properties: [(name: String, values: [String])] = []
    let origin: SourceLocation

    init(origin: SourceLocation) {
        self.origin = origin
        schemaLocation = origin
    }

    /// Reads `{"id": …, "schema": …, "properties": {name: [values]}}`; other keys (`caption`,
    /// `datasets`, `referents`, …) are ignored.
    /// - Returns: a problem, or nil.
    mutating func decode(_ root: DocumentNode, line: Int) -> Diagnostic? {
        func at(_ node: DocumentNode) -> SourceLocation { SourceLocation(file: origin.file, line: line, column: node.location.column) }
        guard case .mapping(let pairs) = root.value else { return Diagnostic(at: at(root), "an entity must be a JSON object") }
        var sawID = false
        var sawSchema = false
        for pair in pairs {
            switch pair.key.scalarText {
            case "id":
                guard let text = pair.value.scalarText, !text.isEmpty else { return Diagnostic(at: at(pair.value), "the entity's id must be a non-empty string") }
                id = text
                sawID = true
            case "schema":
                guard let text = pair.value.scalarText, !text.isEmpty else { return Diagnostic(at: at(pair.value), "the entity's schema must be a string") }
                schema = text
                schemaLocation = at(pair.value)
                sawSchema = true
            case "properties":
                guard case .mapping(let fields) = pair.value.value else {
                    return Diagnostic(at: at(pair.value), "'properties' must be an object of lists")
                }
                for field in fields {
                    guard let name = field.key.scalarText else { continue }
                    switch field.value.value {
                    case .scalar(let text, _): if !field.value.isNull { properties.append((name, [text])) }
                    case .sequence(let items):
                        var values: [String] = []
                        for item in items {
                            guard let text = item.scalarText else { return Diagnostic(at: at(item), "property '\(name)': values must be strings") }
                            values.append(text)
                        }
                        if !values.isEmpty { properties.append((name, values)) }
                    case .mapping: return Diagnostic(at: at(field.value), "property '\(name)': values must be a list of strings")
                    }
                }
            default: break
            }
        }
        if !sawID { return Diagnostic(at: at(root), "the entity has no id") }
        if !sawSchema { return Diagnostic(at: at(root), "entity '\(id)' has no schema") }
        return nil
    }

    private func take(_ name: String, from list: inout [(name: String, values: [String])]) -> [String] {
        guard let index = list.firstIndex(where: { $0.name == name }) else { return [] }
        return list.remove(at: index).values
    }

    /// The entity this node schema entity is.
    func entity(options: ReadOptions) -> Entity {
        var rest = properties
        var kind = FtMSchema.nodes[schema] ?? options.defaultKind
        var tags: [String] = []
        var keywords: [String] = []
        for keyword in take("keywords", from: &rest) {
            if keyword.hasPrefix(FtMSchema.kindKeywordPrefix), let slug = KindNames.slug(String(keyword.dropFirst(FtMSchema.kindKeywordPrefix.count))) {
                kind = EntityKind(rawValue: slug)
            } else if EntityKind.isSlug(keyword) {
                tags.append(keyword)
            } else {
                keywords.append(keyword)
            }
        }
        var names = take("name", from: &rest)
        let fallbacks = ["title", "fileName", "full", "username", "caption"]
        if names.isEmpty, let name = fallbacks.lazy.compactMap({ fallback in self.properties.first { $0.name == fallback }?.values.first }).first {
            names = [name]
        }
        let name = names.first ?? id
        for redundant in ["fileName", "full", "username"] {
            if let index = rest.firstIndex(where: { $0.name == redundant }), rest[index].values == [name] { rest.remove(at: index) }
        }
        var entity = Entity(id: id, kind: kind, name: name, aliases: Array(names.dropFirst()) + take("alias", from: &rest), tags: tags, origin: origin)
        if FtMSchema.intervals.contains(schema) { entity.date = takeDate(from: &rest) }
        if !keywords.isEmpty { rest.append(("keywords", keywords)) }
        for (key, values) in rest { entity.properties[key] = Self.value(values) }
        if FtMSchema.schemaOfKind[kind] != schema { entity.properties["ftm_schema"] = .string(schema) }
        return entity
    }

    /// The date an Interval's `date`, or `startDate` and `endDate`, give; nil (and the values
    /// left as properties) when they are not ISO dates.
    private func takeDate(from rest: inout [(name: String, values: [String])]) -> CaseDate? {
        let single = rest.first { $0.name == "date" }?.values
        let starts = rest.first { $0.name == "startDate" }?.values
        let ends = rest.first { $0.name == "endDate" }?.values
        if let starts, starts.count == 1, single == nil, let start = ElementDecoder.isoDate(starts[0]), start.end == nil {
            var date = start
            if let ends {
                guard ends.count == 1, let end = ElementDecoder.isoDate(ends[0]), end.end == nil, end.lastDay >= start.firstDay else { return nil }
                date.end = end.start
                _ = take("endDate", from: &rest)
            }
            _ = take("startDate", from: &rest)
            return date
        }
        if let single, single.count == 1, starts == nil, ends == nil, let date = ElementDecoder.isoDate(single[0]) {
            _ = take("date", from: &rest)
            return date
        }
        return nil
    }

    /// The relationships an edge schema entity stands for (one per source–target pair).
    func relationships(_ edge: FtMSchema.Edge, options: ReadOptions, diagnostics: inout [Diagnostic]) -> [Relationship] {
        var rest = properties
        let sources = take(edge.source, from: &rest)
        let targets = take(edge.target, from: &rest)
        guard !sources.isEmpty, !targets.isEmpty else {
            let missing = sources.isEmpty ? edge.source : edge.target
            diagnostics.append(Diagnostic(at: origin, "\(schema) '\(id)' has no '\(missing)'"))
            return []
        }
        var kind = edge.kind
        // An UnknownLink's first role, when it is a slug, is the relation kind (CrimeGraph writes
        // it there); any other roles stay the property `role`.
        if schema == "UnknownLink", let index = rest.firstIndex(where: { $0.name == "role" }), let first = rest[index].values.first,
            EntityKind.isSlug(first)
        {
            kind = RelationKind(rawValue: first)
            rest[index].values.removeFirst()
            if rest[index].values.isEmpty { rest.remove(at: index) }
        }
        let date = takeDate(from: &rest)
        var properties = PropertyList()
        for (key, values) in rest { properties[key] = Self.value(values) }
        var result: [Relationship] = []
        for source in sources {
            for target in targets {
                let (from, to) = edge.reversed ? (target, source) : (source, target)
                let rank = result.count + 1
                var explicit: String? = rank == 1 ? id : "\(id)--\(rank)"
                if let given = explicit, FtMIDs.isGenerated(given, from: from, kind: kind, to: to) { explicit = nil }
                result.append(Relationship(id: explicit, from: from, to: to, kind: kind, date: date, properties: properties, origin: origin))
            }
        }
        return result
    }

    /// One value as a string, several as a list.
    static func value(_ values: [String]) -> PropertyValue {
        values.count == 1 ? .string(values[0]) : .list(values.map(PropertyValue.string))
    }

    /// The strings of a property value.
    static func strings(_ value: PropertyValue) -> [String] {
        switch value {
        case .list(let items): return items.map(\.description)
        default: return [value.description]
        }
    }
}
