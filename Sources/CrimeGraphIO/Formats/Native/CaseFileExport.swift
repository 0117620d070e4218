import CrimeGraph

/// Writes any graph as a valid case file (JSON or YAML, schema v1).
///
/// A graph read from a case file writes back unchanged. One read from another format may hold
/// what a case file does not allow, which is made valid and reported: ids, kinds and tags that
/// are not slugs become slugs (`Bill` → `bill`; the original id is kept as the property
/// `original_id`), kinds beyond the built-in ones are declared, numbers that are not finite
/// become text.
enum CaseFileExport {
    static func write(_ graph: Graph, format: FileFormat, options: WriteOptions) -> GraphExport {
        var losses = LossCounter()
        var file = caseFile(graph, losses: &losses)
        if let sources = options.sources { file.sources = sources }
        declareCitedSources(&file, losses: &losses)
        let text = format == .yaml ? CaseFileEncoder.yaml(file) : CaseFileEncoder.json(file)
        return GraphExport(bytes: Array(text.utf8), losses: losses.losses)
    }

    /// The graph as a case file that validates.
    static func caseFile(_ graph: Graph, losses: inout LossCounter) -> CaseFile {
        var file = graph.caseFile()
        var newIDs: [String: String] = [:]
        var used = Set(file.entities.map(\.id).filter(EntityKind.isSlug))
        for index in file.entities.indices {
            let id = file.entities[index].id
            guard !EntityKind.isSlug(id) else { continue }
            let slug = unique(KindNames.slug(id, separator: "-") ?? "entity", in: &used)
            newIDs[id] = slug
            file.entities[index].id = slug
            file.entities[index].properties["original_id"] = .string(id)
            losses.note("entity ids that are not slugs, rewritten (the original kept as property original_id)", example: "\(id) → \(slug)")
        }
        var kinds = Set(file.kinds.map(\.id))
        var relationKinds = Set(file.relationKinds.map(\.id))
        let builtInKinds = Set(EntityKind.builtIn.map(\.key.rawValue))
        let builtInRelationKinds = Set(RelationKind.builtIn.map(\.key.rawValue))
        for index in file.entities.indices {
            var entity = file.entities[index]
            if !EntityKind.isSlug(entity.kind.rawValue) {
                let slug = KindNames.slug(entity.kind.rawValue) ?? "thing"
                losses.note("kinds that are not slugs, rewritten", example: "\(entity.kind) → \(slug)")
                entity.kind = EntityKind(rawValue: slug)
            }
            if !builtInKinds.contains(entity.kind.rawValue), kinds.insert(entity.kind.rawValue).inserted {
                file.kinds.append(CaseFile.KindDeclaration(id: entity.kind.rawValue))
            }
            entity.tags = entity.tags.map { tag in
                if EntityKind.isSlug(tag) { return tag }
                let slug = KindNames.slug(tag, separator: "-") ?? "tag"
                losses.note("tags that are not slugs, rewritten", example: "\(tag) → \(slug)")
                return slug
            }
            if entity.name.trimmingWhitespace().isEmpty {
                losses.note("empty names, replaced by the id", example: entity.id)
                entity.name = entity.id
            }
            entity.properties = finite(entity.properties, owner: entity.id, losses: &losses)
            file.entities[index] = entity
        }
        var usedRelationshipIDs = Set(file.relationships.filter { !$0.hasGeneratedID }.map(\.id).filter(EntityKind.isSlug))
        for index in file.relationships.indices {
            var relationship = file.relationships[index]
            relationship.from = newIDs[relationship.from] ?? relationship.from
            relationship.to = newIDs[relationship.to] ?? relationship.to
            if !EntityKind.isSlug(relationship.kind.rawValue) {
                let slug = KindNames.slug(relationship.kind.rawValue) ?? "associated_with"
                losses.note("relation kinds that are not slugs, rewritten", example: "\(relationship.kind) → \(slug)")
                relationship.kind = RelationKind(rawValue: slug)
            }
            if !builtInRelationKinds.contains(relationship.kind.rawValue), relationKinds.insert(relationship.kind.rawValue).inserted {
                file.relationKinds.append(CaseFile.KindDeclaration(id: relationship.kind.rawValue))
            }
            if !relationship.hasGeneratedID && !EntityKind.isSlug(relationship.id) {
                let slug = unique(KindNames.slug(relationship.id, separator: "-") ?? "relationship", in: &usedRelationshipIDs)
                losses.note("relationship ids that are not slugs, rewritten (the original kept as property original_id)", example: "\(relationship.id) → \(slug)")
                relationship.properties["original_id"] = .string(relationship.id)
                relationship.id = slug
            } else if relationship.hasGeneratedID {
                relationship.id = Relationship.generatedID(from: relationship.from, kind: relationship.kind, to: relationship.to)
            }
            if let weight = relationship.weight, !weight.isFinite {
                losses.note("weights that are not finite numbers", example: relationship.id)
                relationship.weight = nil
            }
            relationship.properties = finite(relationship.properties, owner: relationship.id, losses: &losses)
            file.relationships[index] = relationship
        }
        return file
    }

    private static func unique(_ base: String, in used: inout Set<String>) -> String {
        var candidate = base
        var rank = 2
        while used.contains(candidate) {
            candidate = "\(base)-\(rank)"
            rank += 1
        }
        used.insert(candidate)
        return candidate
    }

    private static func finite(_ properties: PropertyList, owner: String, losses: inout LossCounter) -> PropertyList {
        var result = properties
        for property in properties {
            if case .number(let value) = property.value, !value.isFinite {
                losses.note("numbers that are not finite, written as text", example: "\(owner): \(property.key)")
                result[property.key] = .string(NumberText.exact(value))
            }
            if property.key.isEmpty {
                result[property.key] = nil
            }
        }
        return result
    }
}
