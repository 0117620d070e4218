import CrimeGraph

/// Writes GraphML that NetworkX, igraph, yEd, Gephi and Cytoscape read: one typed key per
/// attribute, entity ids as node ids, relationship ids as edge ids (parallel edges keep their
/// own), and the graph header (title, sources, declared kinds) as the graph key `crimegraph`.
///
/// Every field survives: values a GraphML type cannot hold (lists, quantities, citations,
/// qualified dates, or a property whose values differ in type) are JSON text in a key whose id
/// ends in `.json`, which ``GraphMLReader`` decodes. Nodes also get `label` (the name) for
/// Gephi and yEd.
/// - Complexity: O(n + m) plus the size of the details.
enum GraphMLWriter {
    static func write(_ graph: Graph, options: WriteOptions) -> GraphExport {
        var nodeSchema = AttributeSchema()
        var edgeSchema = AttributeSchema()
        var losses = LossCounter()
        for index in 0..<graph.entityCount { nodeSchema.add(nodeAttributes(graph, index)) }
        for index in 0..<graph.relationshipCount { edgeSchema.add(ElementEncoder.relationshipAttributes(graph, index)) }
        let sources = options.sources ?? graph.sources
        let writeHeader = !ElementEncoder.headerIsEmpty(graph, sources: sources)

        var out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        out += "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" "
        out += "xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n"
        if writeHeader {
            out += "  <key id=\"crimegraph\(GraphMLKey.jsonSuffix)\" for=\"graph\" attr.name=\"crimegraph\" attr.type=\"string\"/>\n"
        }
        let nodeKeys = declareKeys(nodeSchema, prefix: "n", domain: "node", into: &out)
        let edgeKeys = declareKeys(edgeSchema, prefix: "e", domain: "edge", into: &out)
        out += "  <graph id=\"G\" edgedefault=\"\(graph.isDirected ? "directed" : "undirected")\">\n"
        if writeHeader {
            out += "    <data key=\"crimegraph\(GraphMLKey.jsonSuffix)\">\(escape(ElementEncoder.header(graph, sources: sources), &losses))</data>\n"
        }
        for index in 0..<graph.entityCount {
            out += "    <node id=\"\(escape(graph.id(of: index), &losses))\">"
            writeData(nodeAttributes(graph, index), keys: nodeKeys, schema: nodeSchema, into: &out, &losses)
            out += "</node>\n"
        }
        for index in 0..<graph.relationshipCount {
            out += "    <edge id=\"\(escape(graph.relationshipID(of: index), &losses))\" "
            out += "source=\"\(escape(graph.id(of: graph.source(of: index)), &losses))\" "
            out += "target=\"\(escape(graph.id(of: graph.target(of: index)), &losses))\">"
            writeData(ElementEncoder.relationshipAttributes(graph, index), keys: edgeKeys, schema: edgeSchema, into: &out, &losses)
            out += "</edge>\n"
        }
        out += "  </graph>\n</graphml>\n"
        return GraphExport(bytes: Array(out.utf8), losses: losses.losses)
    }

    /// Entity attributes plus `label`, the name again, which Gephi and yEd display.
    static func nodeAttributes(_ graph: Graph, _ index: Int) -> [(name: String, value: ForeignValue)] {
        var attributes = ElementEncoder.entityAttributes(graph, index)
        if let position = attributes.firstIndex(where: { $0.name == "name" }) {
            attributes.insert(("label", .string(graph.name(of: index))), at: position + 1)
        }
        return attributes
    }

    private static func declareKeys(_ schema: AttributeSchema, prefix: String, domain: String, into out: inout String) -> [String: String] {
        var ids: [String: String] = [:]
        for (name, id, type) in schema.xmlDeclarations(prefix: prefix) {
            ids[name] = id
            out += "  <key id=\"\(id)\" for=\"\(domain)\" attr.name=\"\(XMLText.escaped(name))\" attr.type=\"\(type)\"/>\n"
        }
        return ids
    }

    private static func writeData(
        _ attributes: [(name: String, value: ForeignValue)], keys: [String: String], schema: AttributeSchema,
        into out: inout String, _ losses: inout LossCounter
    ) {
        for attribute in attributes {
            guard let id = keys[attribute.name] else { continue }
            out += "<data key=\"\(id)\">\(escape(schema.type(of: attribute.name).encode(attribute.value), &losses))</data>"
        }
    }

    static func escape(_ text: String, _ losses: inout LossCounter) -> String {
        if XMLText.hasUnrepresentable(text) { losses.note("control characters XML cannot hold, written as U+FFFD", example: ElementDecoder.short(text)) }
        return XMLText.escaped(text)
    }
}
