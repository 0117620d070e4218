import CrimeGraph

/// Writes GEXF 1.3 for Gephi and NetworkX: entity ids as node ids and names as labels, one
/// declared attribute per field and property (JSON in attributes whose id ends in `.json`,
/// as in GraphML), relationship kinds as edge `kind` and `label`, weights as edge weights.
///
/// Dated entities and relationships get `start`/`end` (first and last day), so Gephi's
/// timeline can play the case; the exact date, with its precision and qualifier, is kept in
/// the `date` attribute. Nodes are coloured and sized by kind (`viz`). The graph header
/// (title, sources, declared kinds) is a `crimegraph` element in `<meta>`.
/// - Complexity: O(n + m) plus the size of the details.
enum GEXFWriter {
    static func write(_ graph: Graph, options: WriteOptions) -> GraphExport {
        var nodeSchema = AttributeSchema()
        var edgeSchema = AttributeSchema()
        var losses = LossCounter()
        var dynamic = false
        for index in 0..<graph.entityCount {
            nodeSchema.add(ElementEncoder.entityAttributes(graph, index, fields: [.kind]))
            dynamic = dynamic || graph.date(ofEntity: index) != nil
        }
        for index in 0..<graph.relationshipCount {
            edgeSchema.add(ElementEncoder.relationshipAttributes(graph, index, fields: [.kind]))
            dynamic = dynamic || graph.date(ofRelationship: index) != nil
        }
        let sources = options.sources ?? graph.sources
        var out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        out += "<gexf xmlns=\"http://gexf.net/1.3\" xmlns:viz=\"http://gexf.net/1.3/viz\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" "
        out += "xsi:schemaLocation=\"http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd\" version=\"1.3\">\n"
        out += "  <meta>\n    <creator>CrimeGraph</creator>\n"
        if let title = graph.title { out += "    <title>\(escape(title, &losses))</title>\n" }
        if let description = graph.description { out += "    <description>\(escape(description, &losses))</description>\n" }
        if !ElementEncoder.headerIsEmpty(graph, sources: sources) {
            out += "    <cg:crimegraph xmlns:cg=\"\(headerNamespace)\">\(escape(ElementEncoder.header(graph, sources: sources), &losses))</cg:crimegraph>\n"
        }
        out += "  </meta>\n"
        out += "  <graph defaultedgetype=\"\(graph.isDirected ? "directed" : "undirected")\""
        out += dynamic ? " mode=\"dynamic\" timeformat=\"date\">\n" : " mode=\"static\">\n"
        let nodeIDs = declare(nodeSchema, prefix: "n", domain: "node", into: &out)
        let edgeIDs = declare(edgeSchema, prefix: "e", domain: "edge", into: &out)
        out += "    <nodes>\n"
        for index in 0..<graph.entityCount {
            let kind = graph.kind(of: index)
            out += "      <node id=\"\(escape(graph.id(of: index), &losses))\" label=\"\(escape(graph.name(of: index), &losses))\""
            out += span(graph.date(ofEntity: index)) + ">\n"
            values(ElementEncoder.entityAttributes(graph, index, fields: [.kind]), ids: nodeIDs, schema: nodeSchema, into: &out, &losses)
            let color = KindPalette.color(of: kind)
            out += "        <viz:color r=\"\(color.red)\" g=\"\(color.green)\" b=\"\(color.blue)\"/>\n"
            out += "        <viz:size value=\"\(KindPalette.size(of: kind))\"/>\n"
            out += "      </node>\n"
        }
        out += "    </nodes>\n    <edges>\n"
        for index in 0..<graph.relationshipCount {
            let kind = escape(graph.relationKind(of: index).rawValue, &losses)
            out += "      <edge id=\"\(escape(graph.relationshipID(of: index), &losses))\" "
            out += "source=\"\(escape(graph.id(of: graph.source(of: index)), &losses))\" target=\"\(escape(graph.id(of: graph.target(of: index)), &losses))\" "
            out += "kind=\"\(kind)\" label=\"\(kind)\""
            if let weight = graph.weight(of: index) { out += " weight=\"\(NumberText.exact(weight))\"" }
            out += span(graph.date(ofRelationship: index)) + ">\n"
            values(ElementEncoder.relationshipAttributes(graph, index, fields: [.kind]), ids: edgeIDs, schema: edgeSchema, into: &out, &losses)
            out += "      </edge>\n"
        }
        out += "    </edges>\n  </graph>\n</gexf>\n"
        return GraphExport(bytes: Array(out.utf8), losses: losses.losses)
    }

    /// The namespace of CrimeGraph's header element.
    static let headerNamespace = "https://crimegraph.invalid/gexf/header"

    private static func span(_ date: CaseDate?) -> String {
        guard let date else { return "" }
        return " start=\"\(DateDays.firstDay(of: date))\" end=\"\(DateDays.lastDay(of: date))\""
    }

    private static func declare(_ schema: AttributeSchema, prefix: String, domain: String, into out: inout String) -> [String: String] {
        guard !schema.names.isEmpty else { return [:] }
        var ids: [String: String] = [:]
        out += "    <attributes class=\"\(domain)\" mode=\"static\">\n"
        for (name, id, type) in schema.xmlDeclarations(prefix: prefix) {
            ids[name] = id
            out += "      <attribute id=\"\(id)\" title=\"\(XMLText.escaped(name))\" type=\"\(type)\"/>\n"
        }
        out += "    </attributes>\n"
        return ids
    }

    private static func values(
        _ attributes: [(name: String, value: ForeignValue)], ids: [String: String], schema: AttributeSchema, into out: inout String,
        _ losses: inout LossCounter
    ) {
        guard !attributes.isEmpty else { return }
        out += "        <attvalues>\n"
        for attribute in attributes {
            guard let id = ids[attribute.name] else { continue }
            out += "          <attvalue for=\"\(id)\" value=\"\(escape(schema.type(of: attribute.name).encode(attribute.value), &losses))\"/>\n"
        }
        out += "        </attvalues>\n"
    }

    private static func escape(_ text: String, _ losses: inout LossCounter) -> String { GraphMLWriter.escape(text, &losses) }
}
