extension GraphBuilder {
    // MARK: Case files

    /// Adds everything in a case file: its settings, declared kinds, sources, entities and
    /// relationships.
    public mutating func add(_ file: CaseFile) {
        let name = file.path ?? "<input>"
        files.append(name)
        setTitle(file.title)
        setDescription(file.description)
        setDirected(file.isDirected, declaredIn: name)
        setWeightMeaning(file.weightMeaning, declaredIn: name)
        for declaration in file.kinds { declare(kind: EntityKind(rawValue: declaration.id), description: declaration.description) }
        for declaration in file.relationKinds {
            declare(relationKind: RelationKind(rawValue: declaration.id), description: declaration.description)
        }
        for source in file.sources { add(source) }
        for entity in file.entities { add(entity) }
        for relationship in file.relationships { add(relationship) }
    }

    // MARK: Entities

    /// Adds an entity with all its details. An identical entity from another file is kept once;
    /// a different one with the same id, or any repeat within one file, is an error.
    /// - Returns: the entity's index.
    @discardableResult
    public mutating func add(_ entity: Entity) -> Int {
        if let existing = idIndex[entity.id] {
            let index = Int(existing)
            let first = materializedEntity(index)
            if first.origin?.file == entity.origin?.file {
                report(entity.origin, "duplicate entity id '\(entity.id)' \(place(first.origin))")
            } else if !first.isEquivalent(to: entity) {
                report(entity.origin, "entity '\(entity.id)' is defined differently \(place(first.origin))")
            }
            return index
        }
        let extras = EntityExtras(
            aliases: entity.aliases, tags: entity.tags, date: entity.date, properties: entity.properties,
            citations: entity.citations, origin: entity.origin)
        return append(id: entity.id, name: entity.name, kind: entity.kind, extras: extras.isEmpty ? nil : extras)
    }

    /// Adds an entity by id alone (bulk readers); an id already present returns its index
    /// unchanged.
    /// - Complexity: O(1) on average.
    @discardableResult
    public mutating func addEntity(id: String, name: String? = nil, kind: EntityKind) -> Int {
        if let existing = idIndex[id] { return Int(existing) }
        return append(id: id, name: name ?? id, kind: kind, extras: nil)
    }

    /// The index of the entity whose id has these UTF-8 bytes, adding it if new (bulk readers:
    /// no `String` is made for an id already present).
    /// - Parameters:
    ///   - id: the id's UTF-8 bytes.
    ///   - name: the new entity's name (its id when nil); evaluated only for a new entity.
    ///   - kind: the new entity's kind; evaluated only for a new entity.
    /// - Complexity: O(1) on average.
    public mutating func entityIndex(
        utf8 id: UnsafeBufferPointer<UInt8>, name: @autoclosure () -> String? = nil, kind: @autoclosure () -> EntityKind
    ) -> Int {
        let (index, inserted) = entityIDs.insert(id)
        guard inserted else { return Int(index) }
        if let name = name() {
            entityNames.append(name, id: entityIDs[Int(index)])
        } else {
            entityNames.appendSameAsID()
        }
        entityKindCodes.append(code(for: kind()))
        entityExtras.append(nil)
        return Int(index)
    }

    /// The indices of the entities whose ids are at `ranges` of `bytes`, adding the new ones
    /// (named by their id, of `kind`) in order: ``entityIndex(utf8:name:kind:)`` for a batch of
    /// ids at once, with the cache misses of their lookups overlapped.
    /// - Complexity: O(1) per id on average.
    public mutating func entityIndices(utf8 bytes: UnsafeBufferPointer<UInt8>, ranges: [Range<Int>], kind: EntityKind, into indices: inout [Int]) {
        entityIDs.insert(batch: ranges, of: bytes, indices: &batchIndices, inserted: &batchInserted)
        indices.removeAll(keepingCapacity: true)
        var code: UInt16?
        for (index, inserted) in zip(batchIndices, batchInserted) {
            if inserted {
                entityNames.appendSameAsID()
                if code == nil { code = self.code(for: kind) }
                entityKindCodes.append(code!)
                entityExtras.append(nil)
            }
            indices.append(Int(index))
        }
    }

    private mutating func append(id: String, name: String, kind: EntityKind, extras: EntityExtras?) -> Int {
        let index = Int(entityIDs.insert(id).index)
        entityNames.append(name, id: id)
        entityKindCodes.append(code(for: kind))
        entityExtras.append(extras)
        return index
    }

    func materializedEntity(_ index: Int) -> Entity {
        let extras = entityExtras[index] ?? EntityExtras()
        return Entity(
            id: entityIDs[index], kind: kindTable[Int(entityKindCodes[index])], name: entityNames.names[index] ?? entityIDs[index],
            aliases: extras.aliases, tags: extras.tags, date: extras.date, properties: extras.properties,
            citations: extras.citations, origin: extras.origin)
    }

    // MARK: Relationships

    /// Adds a relationship with all its details. Its ends may be entities added later.
    ///
    /// A relationship with an explicit id already present: kept once if identical and from
    /// another file, an error otherwise. Without an id, an identical relationship from another
    /// file is kept once; any other repeat of the same from–kind–to is a new relationship whose
    /// generated id gets a `--2`, `--3`, … suffix.
    public mutating func add(_ relationship: Relationship) {
        let key = Relationship.generatedID(from: relationship.from, kind: relationship.kind, to: relationship.to)
        if !relationship.hasGeneratedID {
            if let existing = explicitRelationshipIDs[relationship.id] {
                let first = materializedRelationship(existing)
                if first.origin?.file == relationship.origin?.file {
                    report(relationship.origin, "duplicate relationship id '\(relationship.id)' \(place(first.origin))")
                } else if !first.isEquivalent(to: relationship) {
                    report(relationship.origin,
                        "relationship '\(relationship.id)' is defined differently \(place(first.origin))")
                }
                return
            }
        } else if let candidates = generatedKeys[key] {
            for candidate in candidates {
                let first = materializedRelationship(candidate)
                if first.hasGeneratedID, first.isEquivalent(to: relationship),
                    first.origin?.file != relationship.origin?.file
                {
                    return
                }
            }
        }
        let position = edgeSources.count
        let from = idIndex[relationship.from]
        let to = idIndex[relationship.to]
        if from == nil || to == nil {
            pendingEnds[position] = PendingEnds(
                id: relationship.id, from: relationship.from, to: relationship.to, origin: relationship.origin)
        }
        edgeSources.append(from ?? GraphBuilder.pending)
        edgeTargets.append(to ?? GraphBuilder.pending)
        edgeKindCodes.append(code(for: relationship.kind))
        appendWeight(relationship.weight, at: position)
        let extras = RelationshipExtras(
            explicitID: relationship.hasGeneratedID ? nil : relationship.id, date: relationship.date,
            properties: relationship.properties, citations: relationship.citations, origin: relationship.origin)
        edgeExtras.append(extras.isEmpty ? nil : extras)
        if relationship.hasGeneratedID {
            generatedKeys[key, default: []].append(position)
        } else {
            explicitRelationshipIDs[relationship.id] = position
        }
    }

    /// Adds a relationship between entities already added (bulk readers).
    /// - Complexity: O(1) amortized.
    public mutating func addRelationship(from: Int, to: Int, kind: RelationKind, weight: Double? = nil) {
        let position = edgeSources.count
        edgeSources.append(UInt32(from))
        edgeTargets.append(UInt32(to))
        edgeKindCodes.append(code(for: kind))
        appendWeight(weight, at: position)
        edgeExtras.append(nil)
    }

    private mutating func appendWeight(_ weight: Double?, at position: Int) {
        if let weight {
            if edgeWeights.count < position { edgeWeights.append(contentsOf: repeatElement(.nan, count: position - edgeWeights.count)) }
            edgeWeights.append(weight)
        } else if !edgeWeights.isEmpty {
            edgeWeights.append(.nan)
        }
    }

    func materializedRelationship(_ position: Int) -> Relationship {
        let extras = edgeExtras[position]
        let ends = pendingEnds[position]
        let from = ends?.from ?? entityIDs[Int(edgeSources[position])]
        let to = ends?.to ?? entityIDs[Int(edgeTargets[position])]
        let weight = position < edgeWeights.count && !edgeWeights[position].isNaN ? edgeWeights[position] : nil
        return Relationship(
            id: extras?.explicitID, from: from, to: to, kind: relationKindTable[Int(edgeKindCodes[position])],
            date: extras?.date, weight: weight, properties: extras?.properties ?? [:],
            citations: extras?.citations ?? [], origin: extras?.origin)
    }
}
