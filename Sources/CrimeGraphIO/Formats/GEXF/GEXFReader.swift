import CrimeGraph

/// Reads GEXF 1.1, 1.2 and 1.3 (Gephi, NetworkX) streaming: declared attributes and their
/// defaults, node labels, edge weights, labels and 1.3 edge kinds, directed, undirected and
/// mutual edges; nested nodes are flattened.
///
/// Time: a node's or edge's `start`/`end` and its `<spells>` (with a `date` or `dateTime` time
/// format) become its date, spanning every spell; several spells are kept as the property
/// `spells`. CrimeGraph's own exact `date` attribute, when present, wins. Numeric time formats
/// stay properties. `viz` presentation elements are not read.
/// - Complexity: O(n) in the file's size; edges are held until the end of the file.
struct GEXFReader: XMLGraphReader {
    static let rootElement = "gexf"
    static let formatName = "GEXF"

    var tokenizer: XMLTokenizer
    var decoder: ElementDecoder

    private struct Attribute {
        var title: String
        var type: String
        var defaultValue: String?
        var isJSON: Bool
    }

    private struct OpenElement {
        var id: String
        var label: String?
        var source = ""
        var target = ""
        var kind: String?
        var weight: String?
        var type: String?
        var values: [(id: String, value: String, location: SourceLocation)] = []
        var spells: [(start: String?, end: String?)] = []
        var location: SourceLocation
    }

    private var nodeAttributes: [String: Attribute] = [:]
    private var edgeAttributes: [String: Attribute] = [:]
    private var attributeClass = "node"
    private var pendingAttribute: (id: String, attribute: Attribute)?
    private var capture: String?
    var text = ""
    private var directed = false
    private var timeFormat = "date"
    private var openNodes: [OpenElement] = []
    private var openEdge: OpenElement?
    private var edges: [Relationship] = []
    private var metaDescription: String?
    private var metaTitle: String?
    private var headerSeen = false
    private var mutual = false

    init(_ input: InputText, options: ReadOptions) {
        tokenizer = XMLTokenizer(input)
        decoder = ElementDecoder(file: input.file, options: options)
    }

    mutating func finish(_ builder: inout GraphBuilder) {
        if !headerSeen {
            builder.setTitle(metaTitle)
            builder.setDescription(metaDescription)
        }
        for edge in edges {
            for end in [edge.from, edge.to] where builder.index(ofEntity: end) == nil {
                builder.addEntity(id: end, kind: decoder.options.defaultKind)
            }
            builder.add(edge)
        }
        if mutual {
            decoder.warning(SourceLocation(file: tokenizer.file), "mutual edges are read as one relationship each, in their written direction")
        }
    }

    private mutating func startCapture(_ what: String) {
        capture = what
        text = ""
        tokenizer.wantsText = true
    }

    mutating func start(_ tag: XMLStartTag, _ builder: inout GraphBuilder) throws(Diagnostic) {
        switch tag.localName {
        case "description", "title", "crimegraph":
            if openNodes.isEmpty && openEdge == nil { startCapture(tag.localName) }
        case "graph":
            directed = tag.attribute("defaultedgetype")?.lowercased() == "directed"
            timeFormat = (tag.attribute("timeformat") ?? "date").lowercased()
            builder.setDirected(directed, declaredIn: tokenizer.file)
        case "attributes":
            attributeClass = tag.attribute("class") ?? "node"
        case "attribute":
            guard let id = tag.attribute("id") else {
                throw tokenizer.failure(at: tag.offset, "<attribute> without an id")
            }
            pendingAttribute = (id, Attribute(
                title: tag.attribute("title") ?? id, type: (tag.attribute("type") ?? "string").lowercased(), defaultValue: nil,
                isJSON: id.hasSuffix(GraphMLKey.jsonSuffix)))
        case "default":
            if pendingAttribute != nil { startCapture("default") }
        case "node":
            let location = tokenizer.location(at: tag.offset)
            guard let id = tag.attribute("id"), !id.isEmpty else { throw Diagnostic(at: location, "<node> without an id") }
            var node = OpenElement(id: id, label: tag.attribute("label"), location: location)
            if tag.attribute("start") != nil || tag.attribute("end") != nil { node.spells.append((tag.attribute("start"), tag.attribute("end"))) }
            if let parent = openNodes.last { node.values.append(("\u{0}pid", parent.id, location)) }
            openNodes.append(node)
        case "edge":
            let location = tokenizer.location(at: tag.offset)
            guard let source = tag.attribute("source"), let target = tag.attribute("target") else {
                throw Diagnostic(at: location, "<edge> needs both 'source' and 'target'")
            }
            var edge = OpenElement(
                id: tag.attribute("id") ?? "", label: tag.attribute("label"), source: source, target: target, kind: tag.attribute("kind"),
                weight: tag.attribute("weight"), type: tag.attribute("type")?.lowercased(), location: location)
            if tag.attribute("start") != nil || tag.attribute("end") != nil { edge.spells.append((tag.attribute("start"), tag.attribute("end"))) }
            openEdge = edge
        case "attvalue":
            let location = tokenizer.location(at: tag.offset)
            guard let id = tag.attribute("for") ?? tag.attribute("id"), let value = tag.attribute("value") else {
                decoder.error(location, "<attvalue> needs 'for' and 'value'")
                return
            }
            let table = openEdge != nil ? edgeAttributes : nodeAttributes
            guard table[id] != nil else {
                decoder.error(location, "<attvalue for=\"\(id)\"> names no declared \(openEdge != nil ? "edge" : "node") attribute")
                return
            }
            if openEdge != nil { openEdge?.values.append((id, value, location)) } else if !openNodes.isEmpty { openNodes[openNodes.count - 1].values.append((id, value, location)) }
        case "spell", "slice":
            let spell = (tag.attribute("start"), tag.attribute("end"))
            if openEdge != nil { openEdge?.spells.append(spell) } else if !openNodes.isEmpty { openNodes[openNodes.count - 1].spells.append(spell) }
        default:
            break
        }
    }

    mutating func end(_ local: String, _ builder: inout GraphBuilder) {
        if let what = capture, local == what {
            capture = nil
            tokenizer.wantsText = false
            switch what {
            case "description": metaDescription = text.trimmingWhitespace().isEmpty ? nil : String(text.trimmingWhitespace())
            case "title": metaTitle = text.trimmingWhitespace().isEmpty ? nil : String(text.trimmingWhitespace())
            case "crimegraph":
                headerSeen = true
                decoder.applyHeader(text, at: nil, to: &builder)
            case "default": pendingAttribute?.attribute.defaultValue = text
            default: break
            }
            return
        }
        switch local {
        case "attribute":
            if let pending = pendingAttribute {
                if attributeClass == "edge" { edgeAttributes[pending.id] = pending.attribute } else { nodeAttributes[pending.id] = pending.attribute }
            }
            pendingAttribute = nil
        case "node":
            guard let node = openNodes.popLast() else { return }
            var attributes = foreignAttributes(node, table: nodeAttributes)
            if let label = node.label { attributes.append(ForeignAttribute(name: "label", value: .string(label), location: node.location)) }
            builder.add(decoder.entity(id: node.id, attributes: attributes, origin: node.location))
        case "edge":
            guard let edge = openEdge else { return }
            openEdge = nil
            var attributes = foreignAttributes(edge, table: edgeAttributes)
            if let kind = edge.kind, !attributes.contains(where: { $0.name == "kind" }) {
                attributes.insert(ForeignAttribute(name: "kind", value: .string(kind), location: edge.location), at: 0)
            }
            if let label = edge.label { attributes.append(ForeignAttribute(name: "label", value: .string(label), location: edge.location)) }
            var weight: Double?
            if let text = edge.weight {
                weight = NumberParsing.double(text)
                if weight == nil { decoder.error(edge.location, "non-numeric weight '\(ElementDecoder.short(text))'") }
            }
            if edge.type == "mutual" { mutual = true }
            edges.append(decoder.relationship(
                id: edge.id, from: edge.source, to: edge.target, attributes: attributes, weight: weight, origin: edge.location))
        default:
            break
        }
    }

    /// The element's attribute values typed by their declarations, defaults added, times made
    /// a date.
    private mutating func foreignAttributes(_ element: OpenElement, table: [String: Attribute]) -> [ForeignAttribute] {
        var result: [ForeignAttribute] = []
        var grouped: [String: [ForeignValue]] = [:]
        var order: [String] = []
        for (id, value, location) in element.values {
            if id == "\u{0}pid" {
                result.append(ForeignAttribute(name: "parent", value: .string(value), location: location))
                continue
            }
            // NetworkX's multigraph key: its own bookkeeping, which it removes when it reads.
            guard let attribute = table[id], attribute.title != "networkx_key", let typed = typed(value, attribute, location) else { continue }
            if grouped[attribute.title] == nil { order.append(attribute.title) }
            grouped[attribute.title, default: []].append(typed)
        }
        for title in order {
            guard let values = grouped[title], let first = values.first else { continue }
            if values.count == 1 {
                result.append(ForeignAttribute(name: title, value: first, location: element.location))
            } else {
                // A dynamic attribute with several values over time: all of them, as a list.
                let list = values.map(\.jsonText).joined(separator: ",")
                result.append(ForeignAttribute(name: title, value: .json("[" + list + "]"), location: element.location))
            }
        }
        for (_, attribute) in table.sorted(by: { $0.key < $1.key }) where grouped[attribute.title] == nil {
            if let text = attribute.defaultValue, let value = typed(text, attribute, nil) {
                result.append(ForeignAttribute(name: attribute.title, value: value, location: nil))
            }
        }
        if !element.spells.isEmpty { result += timeAttributes(element.spells, location: element.location, hasDate: grouped["date"] != nil) }
        return result
    }

    private mutating func typed(_ text: String, _ attribute: Attribute, _ location: SourceLocation?) -> ForeignValue? {
        switch attribute.type {
        case "integer", "long", "int", "short", "byte":
            if let value = NumberParsing.integer(text) { return .integer(value) }
            decoder.error(location, "'\(ElementDecoder.short(text))' is not a whole number (attribute '\(attribute.title)' is \(attribute.type))")
            return nil
        case "float", "double":
            if let value = NumberParsing.double(text) { return .number(value) }
            decoder.error(location, "'\(ElementDecoder.short(text))' is not a number (attribute '\(attribute.title)' is \(attribute.type))")
            return nil
        case "boolean":
            switch text.lowercased() {
            case "true", "1": return .boolean(true)
            case "false", "0": return .boolean(false)
            default:
                decoder.error(location, "'\(ElementDecoder.short(text))' is not true or false (attribute '\(attribute.title)' is boolean)")
                return nil
            }
        default:
            return attribute.isJSON ? .json(text) : .string(text)
        }
    }

    /// Spells as a date (date time formats) or as `start`/`end` properties (numeric ones).
    private mutating func timeAttributes(_ spells: [(start: String?, end: String?)], location: SourceLocation, hasDate: Bool) -> [ForeignAttribute] {
        var result: [ForeignAttribute] = []
        if timeFormat == "date" || timeFormat == "datetime" {
            let starts = spells.compactMap { $0.start.flatMap(ElementDecoder.isoDate) }
            let ends = spells.compactMap { $0.end.flatMap(ElementDecoder.isoDate) }
            if !hasDate, let first = (starts.isEmpty ? ends : starts).min(by: { $0.firstDay < $1.firstDay }) {
                var date = CaseDate(start: first.start)
                if let last = ends.max(by: { $0.lastDay < $1.lastDay }), last.lastDay > first.lastDay {
                    date.end = last.end ?? last.start
                }
                result.append(ForeignAttribute(name: "date", value: ElementEncoder.dateValue(date), location: location))
            }
            if spells.count > 1 {
                let texts = spells.map { "\($0.start ?? "")/\($0.end ?? "")" }
                result.append(ForeignAttribute(name: "spells", value: ElementEncoder.stringList(texts), location: location))
            }
        } else {
            for (index, spell) in spells.enumerated() {
                let suffix = index == 0 ? "" : "_\(index + 1)"
                for (name, value) in [("start", spell.start), ("end", spell.end)] {
                    guard let value else { continue }
                    let typed: ForeignValue = NumberParsing.double(value).map { .number($0) } ?? .string(value)
                    result.append(ForeignAttribute(name: name + suffix, value: typed, location: location))
                }
            }
        }
        return result
    }
}
