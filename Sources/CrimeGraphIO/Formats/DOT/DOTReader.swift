import CrimeGraph

/// Reads a Graphviz DOT file with ``DOTParser`` (pure Swift; Graphviz is never called).
///
/// Node ids are entity ids; `label` is the name (`\N` means the id), `kind` the kind; edge
/// `kind` (else `type`, else `label`) the relation kind, `weight` the weight, `id` the
/// relationship id. Attribute names may carry a type suffix (`count:int`, `cite:json`), as
/// CrimeGraph writes them. Attributes that only record a layout (`pos`, `width`, `bb`, …) are
/// not kept. Label escapes are undone: `\\` is a backslash, `\n`, `\l` and `\r` line breaks.
enum DOTReader {
    /// Attributes Graphviz computes when it lays a graph out: not data.
    static let layoutAttributes: Set<String> = [
        "pos", "width", "height", "bb", "lp", "lwidth", "lheight", "xlp", "head_lp", "tail_lp", "rects", "_draw_", "_ldraw_",
        "_hdraw_", "_tdraw_", "_hldraw_", "_tldraw_", "_background", "_xdot", "xdotversion",
    ]

    static func read(_ input: InputText, options: ReadOptions, into builder: inout GraphBuilder) throws(DiagnosticsError) -> [Diagnostic] {
        var counter = LineCounter(file: input.file)
        let document: DOTDocument
        do {
            document = try DOTParser.parse(input.bytes)
        } catch {
            throw DiagnosticsError([Diagnostic(at: counter.location(at: error.offset, in: input.bytes), error.message)])
        }
        var decoder = ElementDecoder(file: input.file, options: options)
        builder.setDirected(document.isDirected, declaredIn: input.file)
        let graphName = document.name ?? ""
        for attribute in document.graphAttributes {
            switch attribute.name {
            case "crimegraph": decoder.applyHeader(unescape(attribute.value, id: graphName, graph: graphName), at: SourceLocation(file: input.file), to: &builder)
            case "label": builder.setTitle(unescape(attribute.value, id: graphName, graph: graphName))
            default: break
            }
        }
        // Nodes are in order of first mention and edges in statement order, so each list's
        // offsets only grow: one counter each keeps locating linear.
        let nodes = document.nodes.map { node in (node, counter.location(at: node.offset, in: input.bytes)) }
        var edgeCounter = LineCounter(file: input.file)
        let edgeLocations = document.edges.map { edgeCounter.location(at: $0.offset, in: input.bytes) }
        for (node, location) in nodes {
            let attributes = foreignAttributes(node.attributes, id: node.id, graph: graphName, location: location)
            builder.add(decoder.entity(id: node.id, attributes: attributes, origin: location))
        }
        for (edge, location) in zip(document.edges, edgeLocations) {
            var attributes = foreignAttributes(edge.attributes, id: "", graph: graphName, location: location)
            var id: String?
            if let position = attributes.firstIndex(where: { $0.name == "id" }) {
                id = attributes[position].value.text
                attributes.remove(at: position)
            }
            var kind: String?
            if !attributes.contains(where: { $0.name == "kind" || $0.name == "type" || $0.name == "relation" }),
                let label = attributes.first(where: { $0.name == "label" })
            {
                kind = label.value.text
            }
            builder.add(decoder.relationship(id: id, from: edge.id, to: edge.to, attributes: attributes, kind: kind, origin: location))
        }
        if decoder.diagnostics.contains(where: { $0.severity == .error }) { throw DiagnosticsError(decoder.diagnostics) }
        return decoder.diagnostics
    }

    private static func foreignAttributes(_ attributes: DOTAttributes, id: String, graph: String, location: SourceLocation) -> [ForeignAttribute] {
        attributes.compactMap { attribute in
            if layoutAttributes.contains(attribute.name) { return nil }
            let column = CSVLayout.column(attribute.name)
            let text = unescape(attribute.value, id: id, graph: graph)
            if attribute.name == "label" && (text == id || attribute.value == "\\N") && !id.isEmpty { return nil }
            let value: ForeignValue
            switch column.type {
            case .integer: value = NumberParsing.integer(text).map { .integer($0) } ?? .string(text)
            case .number: value = NumberParsing.double(text).map { .number($0) } ?? .string(text)
            case .boolean: value = text == "true" ? .boolean(true) : (text == "false" ? .boolean(false) : .string(text))
            case .json: value = .json(text)
            default: value = .string(text)
            }
            return ForeignAttribute(name: column.name, value: value, location: location)
        }
    }

    /// Undoes label escapes: `\\` → `\`, `\n` `\l` `\r` → line break, `\N` → the node's id, `\G`
    /// → the graph's name; other escapes stay as written.
    static func unescape(_ text: String, id: String, graph: String) -> String {
        guard text.contains("\\") else { return text }
        var output = ""
        var iterator = text.makeIterator()
        while let character = iterator.next() {
            guard character == "\\" else {
                output.append(character)
                continue
            }
            guard let following = iterator.next() else {
                output.append("\\")
                break
            }
            switch following {
            case "\\": output.append("\\")
            case "n", "l", "r": output.append("\n")
            case "N": output += id
            case "G": output += graph
            default:
                output.append("\\")
                output.append(following)
            }
        }
        return output
    }
}
