import CrimeGraph

/// Builds entities and relationships from the attributes foreign formats give them, by the
/// conventions every reader shares (`docs/formats.md`, "Attribute names"):
///
/// - `kind` (else `type`) is the kind; `name` (else `label`) the name; `aliases`, `tags`,
///   `date` and `cite` fill those fields; `weight` is an edge's weight;
/// - everything else is a property; a `property.` prefix, which writers add to properties whose
///   key is one of these names, is removed;
/// - values marked as JSON are decoded with the case-file rules (quantities, lists, citations,
///   qualified dates).
struct ElementDecoder {
    let file: String
    let options: ReadOptions
    /// Problems found, in reading order.
    private(set) var diagnostics: [Diagnostic] = []

    init(file: String, options: ReadOptions) {
        self.file = file
        self.options = options
    }

    static let propertyPrefix = "property."

    // MARK: Entities

    /// The entity with `id` described by `attributes`.
    mutating func entity(id: String, attributes: [ForeignAttribute], origin: SourceLocation?) -> Entity {
        var entity = Entity(id: id, kind: options.defaultKind, name: id, origin: origin)
        var kind: String?
        var type: ForeignAttribute?
        var name: String?
        var label: ForeignAttribute?
        for attribute in attributes {
            switch attribute.name {
            case "kind": kind = scalarText(attribute)
            case "type": type = attribute
            case "name": name = scalarText(attribute)
            case "label": label = attribute
            case "aliases": entity.aliases = strings(attribute)
            case "tags": entity.tags = strings(attribute).map { KindNames.slug($0, separator: "-") ?? $0 }
            case "date":
                if let date = date(attribute) { entity.date = date } else { addProperty(attribute, to: &entity.properties) }
            case "cite": entity.citations = citations(attribute)
            default: addProperty(attribute, to: &entity.properties)
            }
        }
        if kind == nil, let type {
            kind = scalarText(type)
        } else if let type {
            addProperty(type, to: &entity.properties)
        }
        entity.kind = KindNames.entityKind(kind, fallback: options.defaultKind)
        if let label {
            let text = scalarText(label)
            if name == nil, let text, !text.isEmpty {
                name = text
            } else if text != name && text != id {
                // A label that repeats the id is GEXF's (and NetworkX's) default, not data.
                addProperty(label, to: &entity.properties)
            }
        }
        if let name, !name.isEmpty { entity.name = name }
        return entity
    }

    // MARK: Relationships

    /// The relationship from `from` to `to` described by `attributes`; `weight` is a weight the
    /// format gives outside its attributes (GEXF, DOT). An `id` in CrimeGraph's generated form
    /// reads back as generated.
    mutating func relationship(
        id: String?, from: String, to: String, attributes: [ForeignAttribute], weight: Double? = nil,
        kind explicitKind: String? = nil, origin: SourceLocation?
    ) -> Relationship {
        var kind = explicitKind
        var fallbacks: [ForeignAttribute] = []
        var date: CaseDate?
        var citations: [Citation] = []
        var properties = PropertyList()
        var weight = weight
        var label: ForeignAttribute?
        for attribute in attributes {
            switch attribute.name {
            case "kind":
                if kind == nil { kind = scalarText(attribute) } else { addProperty(attribute, to: &properties) }
            case "type", "relation": fallbacks.append(attribute)
            case "label": label = attribute
            case "date":
                if let parsed = self.date(attribute) { date = parsed } else { addProperty(attribute, to: &properties) }
            case "cite": citations = self.citations(attribute)
            case "weight":
                if let number = number(attribute) { weight = number }
            default: addProperty(attribute, to: &properties)
            }
        }
        for attribute in fallbacks {
            if kind == nil, let text = scalarText(attribute), !text.isEmpty { kind = text } else { addProperty(attribute, to: &properties) }
        }
        let relationKind = KindNames.relationKind(kind, fallback: options.defaultRelationKind)
        if let label, scalarText(label) != relationKind.rawValue && scalarText(label) != kind {
            addProperty(label, to: &properties)
        }
        var explicitID = id.flatMap { $0.isEmpty ? nil : $0 }
        if let given = explicitID, GeneratedIDs.isGenerated(given, from: from, kind: relationKind, to: to) { explicitID = nil }
        return Relationship(
            id: explicitID, from: from, to: to, kind: relationKind, date: date, weight: weight, properties: properties,
            citations: citations, origin: origin)
    }

    // MARK: Values

    /// A weight from an attribute; a non-numeric one is an error.
    mutating func number(_ attribute: ForeignAttribute) -> Double? {
        switch attribute.value {
        case .integer(let value): return Double(value)
        case .number(let value): return value
        case .string(let text), .json(let text):
            if let value = NumberParsing.double(text) { return value }
            error(attribute.location, "non-numeric weight '\(Self.short(text))'")
            return nil
        case .boolean:
            error(attribute.location, "non-numeric weight '\(attribute.value.text)'")
            return nil
        }
    }

    private mutating func scalarText(_ attribute: ForeignAttribute) -> String? {
        if case .json = attribute.value, let node = json(attribute), case .scalar(let text, _) = node.value { return text }
        return attribute.value.text
    }

    private mutating func strings(_ attribute: ForeignAttribute) -> [String] {
        guard case .json = attribute.value else {
            let text = attribute.value.text
            return text.isEmpty ? [] : [text]
        }
        guard let node = json(attribute) else { return [] }
        switch node.value {
        case .scalar(let text, _): return [text]
        case .sequence(let items): return items.compactMap(\.scalarText)
        case .mapping:
            error(attribute.location, "'\(attribute.name)' must be a list of strings")
            return []
        }
    }

    /// A date: ISO text (a date-time keeps its day), or JSON in the case-file form.
    private mutating func date(_ attribute: ForeignAttribute) -> CaseDate? {
        switch attribute.value {
        case .string(let text) where !text.hasPrefix("{"): return Self.isoDate(text)
        case .string, .json:
            guard let node = json(attribute) else { return nil }
            var decoder = CaseFileDecoder(file: file)
            let date = decoder.date(node, "date")
            absorb(decoder.reader.diagnostics, at: attribute.location)
            return date
        default: return nil
        }
    }

    /// `2022-09-27`, `2022-09`, `2022`, `A/B`, or a date-time whose day is kept.
    static func isoDate(_ text: String) -> CaseDate? {
        if let date = CaseDate(iso: text) { return date }
        let utf8 = Array(text.utf8)
        if utf8.count > 10, utf8[10] == UInt8(ascii: "T") || utf8[10] == UInt8(ascii: " ") {
            return CaseDate(iso: String(decoding: utf8[..<10], as: UTF8.self))
        }
        return nil
    }

    private mutating func citations(_ attribute: ForeignAttribute) -> [Citation] {
        guard let node = json(attribute) else { return [] }
        var decoder = CaseFileDecoder(file: file)
        let citations = decoder.citations(node, "cite").map { citation -> Citation in
            var copy = citation
            copy.origin = attribute.location
            return copy
        }
        absorb(decoder.reader.diagnostics, at: attribute.location)
        return citations
    }

    /// Adds the attribute as a property, decoding JSON values.
    mutating func addProperty(_ attribute: ForeignAttribute, to properties: inout PropertyList) {
        var key = attribute.name
        if key.hasPrefix(Self.propertyPrefix), key.count > Self.propertyPrefix.count {
            key = String(key.dropFirst(Self.propertyPrefix.count))
        }
        if key.isEmpty { key = "value" }
        switch attribute.value {
        case .string(let text): properties[key] = .string(text)
        case .integer(let value): properties[key] = .integer(value)
        case .number(let value): properties[key] = value.isFinite ? .number(value) : .string(NumberText.exact(value))
        case .boolean(let value): properties[key] = .boolean(value)
        case .json:
            guard let node = json(attribute) else { return }
            let location = node.location
            let wrapped = DocumentNode(
                value: .mapping([DocumentNode.Pair(key: DocumentNode(value: .scalar(key, isQuoted: true), location: location), value: node)]),
                location: location)
            var decoder = CaseFileDecoder(file: file)
            decoder.reader.numbersAreText = false
            let decoded = decoder.properties(wrapped, "property '\(key)'")
            absorb(decoder.reader.diagnostics, at: attribute.location)
            if let value = decoded[key] { properties[key] = value }
        }
    }

    /// The JSON text of a value, parsed; a syntax error is reported at the attribute.
    mutating func json(_ attribute: ForeignAttribute) -> DocumentNode? {
        var parser = JSONParser(bytes: Array(attribute.value.text.utf8), file: file)
        do {
            return try parser.parse()
        } catch {
            self.error(attribute.location, "'\(attribute.name)' is not valid JSON (\(error.message))")
            return nil
        }
    }

    /// Decoder messages point inside a JSON value: report them at the attribute instead.
    private mutating func absorb(_ found: [Diagnostic], at location: SourceLocation?) {
        for diagnostic in found {
            diagnostics.append(Diagnostic(diagnostic.severity, at: location ?? SourceLocation(file: file), diagnostic.message))
        }
    }

    mutating func error(_ location: SourceLocation?, _ message: String) {
        diagnostics.append(Diagnostic(at: location ?? SourceLocation(file: file), message))
    }

    mutating func warning(_ location: SourceLocation?, _ message: String) {
        diagnostics.append(Diagnostic(.warning, at: location ?? SourceLocation(file: file), message))
    }

    /// At most 40 characters of `text`, for messages.
    static func short(_ text: String) -> String { text.count > 40 ? String(text.prefix(40)) + "…" : text }

    // MARK: Graph header

    /// Reads CrimeGraph's graph header (a case file without entities, as JSON) and applies its
    /// title, description, weight meaning, declared kinds and sources to `builder`.
    mutating func applyHeader(_ text: String, at location: SourceLocation?, to builder: inout GraphBuilder) {
        do {
            let header = try CaseFileReader.decode(Array(text.utf8), file: file, format: .json)
            builder.setTitle(header.title)
            builder.setDescription(header.description)
            builder.setWeightMeaning(header.weightMeaning, declaredIn: file)
            for declaration in header.kinds { builder.declare(kind: EntityKind(rawValue: declaration.id), description: declaration.description) }
            for declaration in header.relationKinds {
                builder.declare(relationKind: RelationKind(rawValue: declaration.id), description: declaration.description)
            }
            for source in header.sources {
                var source = source
                source.origin = location ?? SourceLocation(file: file)
                builder.add(source)
            }
        } catch {
            absorb(error.diagnostics.map { Diagnostic($0.severity, at: $0.location, "graph header: " + $0.message) }, at: location)
        }
    }
}
