import CrimeGraph

/// Reads FollowTheMoney entities, one JSON object per line, as Aleph, OpenSanctions and the
/// `followthemoney` library write them.
///
/// Node schemata become entities (``FtMSchema/nodes``: Person → person, Company → company,
/// Organization and LegalEntity → organization, PublicBody → agency, Address → location, …);
/// the first `name` is the name, the others and `alias` are aliases; keywords that are slugs
/// are tags; Interval dates (`date`, `startDate`, `endDate`) are the date; every other property
/// (nationality, country, topics, …) is kept under its FtM name. A schema that does not map
/// back from the kind is kept as the property `ftm_schema`.
///
/// Edge schemata become relationships with their dates and properties (Ownership → owns,
/// Directorship → directs, Membership → member_of, Employment → employer employs employee,
/// Family → family_of, Associate and UnknownLink → associated_with, Representation →
/// represents, Occupancy → holds_post, …). A few references between entities also become
/// relationships when both ends are in the file: `addressEntity` (located_in), `parent`
/// (part_of), `owner` (owns), Event `involved` (involved) and `organizer` (participated_in),
/// `mentionedEntities` (mentions).
/// - Complexity: O(n) in the file's size.
enum FtMReader {
    /// References that become relationships: property → (kind, whether the entity is the end).
    static let references: [String: (kind: RelationKind, entityIsTarget: Bool)] = [
        "addressEntity": ("located_in", false), "parent": ("part_of", false), "owner": ("owns", true),
        "involved": ("involved", false), "organizer": ("participated_in", true), "mentionedEntities": ("mentions", false),
    ]

    static func read(_ input: InputText, options: ReadOptions, into builder: inout GraphBuilder) throws(DiagnosticsError) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        var entityIDs = Set<String>()
        var pendingReferences: [(from: String, to: String, kind: RelationKind, origin: SourceLocation, property: String, owner: Int)] = []
        var entities: [Entity] = []
        var relationships: [Relationship] = []
        var lineNumber = 0
        var start = 0
        let bytes = input.bytes
        while start < bytes.count, diagnostics.filter({ $0.severity == .error }).count < CSVReader.errorLimit {
            lineNumber += 1
            var end = start
            while end < bytes.count, bytes[end] != 0x0A { end += 1 }
            defer { start = end + 1 }
            let line = bytes[start..<end]
            if line.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) { continue }
            let origin = SourceLocation(file: input.file, line: lineNumber, column: 1)
            var parser = JSONParser(bytes: Array(line), file: input.file)
            let root: DocumentNode
            do {
                root = try parser.parse()
            } catch {
                diagnostics.append(Diagnostic(at: SourceLocation(file: input.file, line: lineNumber, column: error.location.column),
                    "not a JSON object: \(error.message) (FollowTheMoney files hold one entity per line)"))
                continue
            }
            var entity = FtMEntity(origin: origin)
            if let problem = entity.decode(root, line: lineNumber) {
                diagnostics.append(Diagnostic(at: problem.location, problem.message))
                continue
            }
            if let edge = FtMSchema.edges[entity.schema] {
                relationships += entity.relationships(edge, options: options, diagnostics: &diagnostics)
            } else if FtMSchema.nodes[entity.schema] != nil {
                var made = entity.entity(options: options)
                guard entityIDs.insert(made.id).inserted else {
                    diagnostics.append(Diagnostic(at: origin, "entity '\(made.id)' appears twice in the file"))
                    continue
                }
                for (property, reference) in references {
                    guard let targets = made.properties[property].map(FtMEntity.strings) else { continue }
                    for target in targets {
                        let pair = reference.entityIsTarget ? (target, made.id) : (made.id, target)
                        pendingReferences.append((pair.0, pair.1, reference.kind, origin, property, entities.count))
                    }
                }
                made.origin = origin
                entities.append(made)
            } else if FtMSchema.abstract.contains(entity.schema) {
                diagnostics.append(Diagnostic(at: entity.schemaLocation,
                    "'\(entity.schema)' is an abstract FollowTheMoney schema: no entity has it"))
            } else {
                let known = Array(FtMSchema.nodes.keys) + Array(FtMSchema.edges.keys)
                let hint = Suggestions.closest(to: entity.schema, among: known, limit: 1).first.map { "; did you mean '\($0)'?" } ?? ""
                diagnostics.append(Diagnostic(at: entity.schemaLocation, "unknown FollowTheMoney schema '\(entity.schema)'\(hint)"))
            }
        }
        if diagnostics.contains(where: { $0.severity == .error }) { throw DiagnosticsError(diagnostics) }
        // References whose both ends are here become relationships instead of properties.
        var converted: [Int: Set<String>] = [:]
        for reference in pendingReferences where entityIDs.contains(reference.from) && entityIDs.contains(reference.to) {
            relationships.append(Relationship(from: reference.from, to: reference.to, kind: reference.kind, origin: reference.origin))
            converted[reference.owner, default: []].insert(reference.property)
        }
        for (owner, properties) in converted {
            for property in properties {
                let remaining = FtMEntity.strings(entities[owner].properties[property] ?? .list([])).filter { !entityIDs.contains($0) }
                entities[owner].properties[property] = remaining.isEmpty ? nil : FtMEntity.value(remaining)
            }
        }
        for entity in entities { builder.add(entity) }
        for relationship in relationships { builder.add(relationship) }
        return diagnostics
    }
}
