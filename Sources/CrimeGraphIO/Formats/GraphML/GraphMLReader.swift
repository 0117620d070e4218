import CrimeGraph

/// Reads GraphML as NetworkX, igraph, yEd, Gephi and Cytoscape write it, streaming: typed keys
/// and their defaults, directed and undirected graphs, parallel edges, yEd labels; nested graphs
/// are flattened and hyperedges skipped, each with a warning.
///
/// Keys map to entity and relationship fields by name (``ElementDecoder``); a key whose id
/// ends in `.json` holds JSON (CrimeGraph's own lists, quantities and citations), and the graph
/// key `crimegraph` the graph's header (title, sources, declared kinds).
/// - Complexity: O(n) in the file's size; memory holds the edges until the end of the file,
///   because GraphML may name nodes after the edges that use them.
struct GraphMLReader: XMLGraphReader {
    static let rootElement = "graphml"
    static let formatName = "GraphML"

    var tokenizer: XMLTokenizer
    var decoder: ElementDecoder
    private var keys: [String: Int] = [:]
    private var keyList: [GraphMLKey] = []
    private var pendingKey: GraphMLKey?
    private var defaults: [GraphMLKey.Domain: [GraphMLKey]]?

    private struct OpenElement {
        var id: String
        var source = ""
        var target = ""
        var directed: Bool?
        var attributes: [ForeignAttribute] = []
        var location: SourceLocation
        var added = false
    }

    private enum Owner { case node, edge, graph, none }
    private var openNodes: [OpenElement] = []
    private var openEdge: OpenElement?
    private var graphDepth = 0
    private var directed = true
    private var sawGraph = false
    private var edges: [Relationship] = []
    private var edgeDirections: [Bool?] = []

    private var data: (key: Int, owner: Owner, location: SourceLocation, depth: Int)?
    var text = ""
    private var capturingLabel = false
    private var labelDone = false
    private var skipDepth: Int?
    private var notes: Set<String> = []

    init(_ input: InputText, options: ReadOptions) {
        tokenizer = XMLTokenizer(input)
        decoder = ElementDecoder(file: input.file, options: options)
    }

    mutating func finish(_ builder: inout GraphBuilder) {
        if !sawGraph { decoder.warning(SourceLocation(file: tokenizer.file), "the GraphML document has no <graph>") }
        finishEdges(&builder)
    }

    // MARK: Start tags

    mutating func start(_ tag: XMLStartTag, _ builder: inout GraphBuilder) throws(Diagnostic) {
        if skipDepth != nil { return }
        if let current = data {
            // Nested XML inside <data>: yEd's graphics, whose first label names the element.
            if keyList[current.key].yfilesType != nil, !labelDone, tag.localName == "NodeLabel" || tag.localName == "EdgeLabel" {
                capturingLabel = true
                tokenizer.wantsText = true
                text = ""
            }
            return
        }
        switch tag.localName {
        case "key":
            let location = tokenizer.location(at: tag.offset)
            guard let id = tag.attribute("id") else {
                decoder.error(location, "<key> without an id")
                return
            }
            let domain = GraphMLKey.Domain(rawValue: tag.attribute("for") ?? "all") ?? .other
            pendingKey = GraphMLKey(
                id: id, name: tag.attribute("attr.name") ?? id, type: GraphMLKey.ValueType(declared: tag.attribute("attr.type")),
                domain: domain, yfilesType: tag.attribute("yfiles.type"))
            if keys[id] != nil { decoder.error(location, "GraphML key '\(id)' is declared twice") }
        case "default":
            if pendingKey != nil {
                tokenizer.wantsText = true
                text = ""
            }
        case "graph":
            sawGraph = true
            graphDepth += 1
            if graphDepth == 1 {
                directed = tag.attribute("edgedefault")?.lowercased() != "undirected"
                builder.setDirected(directed, declaredIn: tokenizer.file)
            } else {
                note("nested graphs are flattened: their nodes and edges belong to the one graph", at: tag.offset)
                if let index = openNodes.indices.last, !openNodes[index].added {
                    add(openNodes[index], &builder)
                    openNodes[index].added = true
                }
            }
        case "node":
            let location = tokenizer.location(at: tag.offset)
            guard let id = tag.attribute("id"), !id.isEmpty else {
                throw Diagnostic(at: location, "<node> without an id")
            }
            openNodes.append(OpenElement(id: id, location: location))
        case "edge":
            let location = tokenizer.location(at: tag.offset)
            guard let source = tag.attribute("source"), let target = tag.attribute("target") else {
                throw Diagnostic(at: location, "<edge> needs both 'source' and 'target'")
            }
            let edgeDirected = tag.attribute("directed").map { $0.lowercased() == "true" || $0 == "1" }
            openEdge = OpenElement(id: tag.attribute("id") ?? "", source: source, target: target, directed: edgeDirected, location: location)
        case "data":
            let location = tokenizer.location(at: tag.offset)
            guard let keyID = tag.attribute("key") else {
                decoder.error(location, "<data> without a key")
                skipDepth = tokenizer.depth
                return
            }
            guard let keyIndex = keys[keyID] else {
                let hint = Suggestions.closest(to: keyID, among: keyList.map(\.id), limit: 1).first.map { "; did you mean '\($0)'?" } ?? ""
                decoder.error(location, "undeclared GraphML key '\(keyID)': every <data key=…> needs a <key id=…> before the graph\(hint)")
                skipDepth = tokenizer.depth
                return
            }
            let owner: Owner = openEdge != nil ? .edge : (!openNodes.isEmpty && !(openNodes.last?.added ?? true) ? .node : (graphDepth > 0 ? .graph : .none))
            data = (keyIndex, owner, location, tokenizer.depth)
            text = ""
            labelDone = false
            tokenizer.wantsText = keyList[keyIndex].yfilesType == nil
        case "hyperedge":
            note("hyperedges are not read (CrimeGraph relationships join two entities)", at: tag.offset)
            skipDepth = tokenizer.depth
        default:
            break
        }
    }

    // MARK: End tags

    mutating func end(_ local: String, _ builder: inout GraphBuilder) {
        if let depth = skipDepth {
            if tokenizer.depth < depth { skipDepth = nil }
            return
        }
        if capturingLabel, local == "NodeLabel" || local == "EdgeLabel" {
            capturingLabel = false
            tokenizer.wantsText = false
            labelDone = true
            let label = GraphMLKey.trimmed(text)
            if let current = data, !label.isEmpty {
                attach(ForeignAttribute(name: "label", value: .string(label), location: current.location), to: current.owner)
            }
            return
        }
        if let current = data {
            guard tokenizer.depth < current.depth else { return }
            data = nil
            tokenizer.wantsText = false
            if keyList[current.key].yfilesType == nil { finishData(keyList[current.key], current.owner, current.location, &builder) }
            return
        }
        switch local {
        case "default":
            if pendingKey != nil {
                pendingKey?.defaultValue = text
                tokenizer.wantsText = false
            }
        case "key":
            if let key = pendingKey, keys[key.id] == nil {
                keys[key.id] = keyList.count
                keyList.append(key)
                defaults = nil
            }
            pendingKey = nil
        case "graph":
            graphDepth -= 1
        case "node":
            guard let node = openNodes.popLast() else { return }
            if !node.added { add(node, &builder) }
        case "edge":
            guard var edge = openEdge else { return }
            openEdge = nil
            applyDefaults(to: &edge.attributes, domain: .edge)
            edges.append(decoder.relationship(
                id: edge.id, from: edge.source, to: edge.target, attributes: edge.attributes, origin: edge.location))
            edgeDirections.append(edge.directed)
        default:
            break
        }
    }

    private mutating func finishData(_ key: GraphMLKey, _ owner: Owner, _ location: SourceLocation, _ builder: inout GraphBuilder) {
        if owner == .graph {
            switch key.name {
            case "crimegraph" where key.isJSON: decoder.applyHeader(text, at: location, to: &builder)
            case "title", "name": builder.setTitle(text)
            case "description": builder.setDescription(text)
            default: break
            }
            return
        }
        let parsed = key.value(of: text)
        guard let value = parsed.value else {
            decoder.error(location, parsed.problem ?? "unreadable value")
            return
        }
        attach(ForeignAttribute(name: key.name, value: value, location: location), to: owner)
    }

    private mutating func attach(_ attribute: ForeignAttribute, to owner: Owner) {
        switch owner {
        case .edge: openEdge?.attributes.append(attribute)
        case .node:
            if let index = openNodes.indices.last { openNodes[index].attributes.append(attribute) }
        case .graph, .none: break
        }
    }

    private mutating func add(_ node: OpenElement, _ builder: inout GraphBuilder) {
        var attributes = node.attributes
        applyDefaults(to: &attributes, domain: .node)
        builder.add(decoder.entity(id: node.id, attributes: attributes, origin: node.location))
    }

    /// Adds the `<default>` of every key of `domain` the element gives no value for.
    private mutating func applyDefaults(to attributes: inout [ForeignAttribute], domain: GraphMLKey.Domain) {
        if defaults == nil {
            var table: [GraphMLKey.Domain: [GraphMLKey]] = [:]
            for key in keyList where key.defaultValue != nil && key.yfilesType == nil {
                for candidate in [GraphMLKey.Domain.node, .edge] where key.applies(to: candidate) { table[candidate, default: []].append(key) }
            }
            defaults = table
        }
        for key in defaults?[domain] ?? [] where !attributes.contains(where: { $0.name == key.name }) {
            if let text = key.defaultValue, let value = key.value(of: text).value {
                attributes.append(ForeignAttribute(name: key.name, value: value, location: nil))
            }
        }
    }

    // MARK: Edges

    /// Adds the edges once every node is known: ends no `<node>` declared become entities of the
    /// default kind (as NetworkX does), and edge ids that repeat (NetworkX writes a multigraph's
    /// edge keys as ids) are kept as the property `key` instead of as ids.
    private mutating func finishEdges(_ builder: inout GraphBuilder) {
        var counts: [String: Int] = [:]
        for edge in edges where !edge.hasGeneratedID { counts[edge.id, default: 0] += 1 }
        let idsRepeat = counts.values.contains { $0 > 1 }
        var mixed = false
        for (position, var edge) in edges.enumerated() {
            for end in [edge.from, edge.to] where builder.index(ofEntity: end) == nil {
                builder.addEntity(id: end, kind: decoder.options.defaultKind)
            }
            if idsRepeat && !edge.hasGeneratedID {
                edge.properties["key"] = .string(edge.id)
                edge = Relationship(
                    from: edge.from, to: edge.to, kind: edge.kind, date: edge.date, weight: edge.weight,
                    properties: edge.properties, citations: edge.citations, origin: edge.origin)
            }
            if let edgeDirected = edgeDirections[position], edgeDirected != directed { mixed = true }
            builder.add(edge)
        }
        if mixed {
            decoder.warning(SourceLocation(file: tokenizer.file),
                "the graph mixes directed and undirected edges: all are read as \(directed ? "directed" : "undirected"), as the graph's edgedefault says")
        }
    }

    private mutating func note(_ message: String, at offset: Int) {
        guard notes.insert(message).inserted else { return }
        decoder.warning(tokenizer.location(at: offset), message)
    }
}
