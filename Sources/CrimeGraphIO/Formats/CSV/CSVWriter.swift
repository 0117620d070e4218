import CrimeGraph
import Foundation

/// Writes two CSV (or TSV) tables that i2 Analyst's Notebook, Maltego's tabular import,
/// spreadsheets, Gephi and pandas read: the edges table at the output path, one row per
/// relationship with both ends' id, name and kind (i2 and Maltego build both entities and the
/// link from one row), and the nodes table beside it (`X.nodes.csv`), one row per entity.
///
/// Non-text columns carry a type suffix (`count:int`, `ratio:float`, `flag:boolean`) and
/// lists, quantities, citations and qualified dates are JSON (`cite:json`), so
/// ``CSVReader`` reads the tables back unchanged. The files start with a UTF-8 byte-order
/// mark, which Excel needs to show non-Latin names. Graph-level facts (title, sources,
/// directedness) have no place and are reported as lost. Cells a spreadsheet would run as
/// formulas are defused with a leading `'` (see ``field(_:delimiter:guardingFormulas:)``).
/// - Complexity: O(n + m) plus the size of the details.
enum CSVWriter {
    static let nodesSuffix = ".nodes"

    static func write(_ graph: Graph, delimiter: Character, options: WriteOptions) -> GraphExport {
        let separator = String(delimiter)
        let extensionText = delimiter == "\t" ? ".tsv" : ".csv"
        var nodeSchema = AttributeSchema()
        var edgeSchema = AttributeSchema()
        var emptyStrings: Set<String> = []
        let nodeFields: ElementEncoder.Fields = []
        for index in 0..<graph.entityCount {
            let attributes = ElementEncoder.entityAttributes(graph, index, fields: nodeFields).map(rename(entity: true))
            nodeSchema.add(attributes)
            for attribute in attributes where attribute.value == .string("") { emptyStrings.insert("n:" + attribute.name) }
        }
        for index in 0..<graph.relationshipCount {
            let attributes = ElementEncoder.relationshipAttributes(graph, index, fields: []).map(rename(entity: false))
            edgeSchema.add(attributes)
            for attribute in attributes where attribute.value == .string("") { emptyStrings.insert("e:" + attribute.name) }
        }
        func type(_ schema: AttributeSchema, _ name: String, _ domain: String) -> ForeignType {
            emptyStrings.contains(domain + name) ? .json : schema.type(of: name)
        }

        var nodes = "\u{FEFF}" + ["id", "name", "kind"].joined(separator: separator)
        for name in nodeSchema.names { nodes += separator + field(header(name, type(nodeSchema, name, "n:")), delimiter: delimiter) }
        nodes += "\r\n"
        for index in 0..<graph.entityCount {
            nodes += [graph.id(of: index), graph.name(of: index), graph.kind(of: index).rawValue].map { field($0, delimiter: delimiter) }.joined(separator: separator)
            let attributes = ElementEncoder.entityAttributes(graph, index, fields: nodeFields).map(rename(entity: true))
            nodes += cells(attributes, names: nodeSchema.names, type: { type(nodeSchema, $0, "n:") }, delimiter: delimiter)
            nodes += "\r\n"
        }

        let fixed = ["id", "source", "source_name", "source_kind", "kind", "target", "target_name", "target_kind", "weight"]
        var edges = "\u{FEFF}" + fixed.joined(separator: separator)
        for name in edgeSchema.names { edges += separator + field(header(name, type(edgeSchema, name, "e:")), delimiter: delimiter) }
        edges += "\r\n"
        for index in 0..<graph.relationshipCount {
            let from = graph.source(of: index)
            let to = graph.target(of: index)
            let explicitID = graph.relationship(at: index).hasGeneratedID ? "" : graph.relationshipID(of: index)
            let row = [
                explicitID, graph.id(of: from), graph.name(of: from), graph.kind(of: from).rawValue, graph.relationKind(of: index).rawValue,
                graph.id(of: to), graph.name(of: to), graph.kind(of: to).rawValue, graph.weight(of: index).map(NumberText.exact) ?? "",
            ]
            edges += row.map { field($0, delimiter: delimiter) }.joined(separator: separator)
            let attributes = ElementEncoder.relationshipAttributes(graph, index, fields: []).map(rename(entity: false))
            edges += cells(attributes, names: edgeSchema.names, type: { type(edgeSchema, $0, "e:") }, delimiter: delimiter)
            edges += "\r\n"
        }

        var losses = LossCounter()
        let sources = options.sources ?? graph.sources
        if !ElementEncoder.headerIsEmpty(graph, sources: sources) {
            losses.note("the title, description, weight meaning, declared kinds and sources (CSV tables have no place for them)", count: 1)
        }
        if !graph.isDirected { losses.note("undirectedness (the edges table reads back as directed)", count: 1) }
        let edgeBytes = NULText.replaced(Array(edges.utf8), losses: &losses)
        let nodeBytes = NULText.replaced(Array(nodes.utf8), losses: &losses)
        return GraphExport(
            files: [
                ExportFile(placement: .output, bytes: edgeBytes),
                ExportFile(placement: .companion(suffix: nodesSuffix + extensionText), bytes: nodeBytes),
            ], losses: losses.losses)
    }

    /// Names the reader would take for a role are prefixed, like reserved ones.
    private static let reservedForNodes: Set<String> = ElementEncoder.reservedForEntities.union(
        CSVLayout.nodeNames.values.flatMap { $0 })
    private static let reservedForEdges: Set<String> = ElementEncoder.reservedForRelationships.union(
        CSVLayout.edgeNames.values.flatMap { $0 } + ["id", "edge_id", "relationship_id"])

    private static func rename(entity: Bool) -> ((name: String, value: ForeignValue)) -> (name: String, value: ForeignValue) {
        { attribute in
            let reserved = entity ? reservedForNodes : reservedForEdges
            let fields: Set<String> = entity ? ["aliases", "tags", "date", "cite"] : ["date", "cite"]
            if fields.contains(attribute.name) || attribute.name.hasPrefix(ElementDecoder.propertyPrefix) { return attribute }
            let lowered = attribute.name.lowercased()
            return reserved.contains(lowered) ? (ElementDecoder.propertyPrefix + attribute.name, attribute.value) : attribute
        }
    }

    /// `count` + integer → `count:int`; a name whose own suffix looks like a type gets
    /// `:string` so it reads back as text.
    private static func header(_ name: String, _ type: ForeignType) -> String {
        switch type {
        case .integer: return name + ":int"
        case .number: return name + ":float"
        case .boolean: return name + ":boolean"
        case .json: return name + ":json"
        case .string: return CSVLayout.column(name).name == name ? name : name + ":string"
        }
    }

    private static func cells(
        _ attributes: [(name: String, value: ForeignValue)], names: [String], type: (String) -> ForeignType, delimiter: Character
    ) -> String {
        var byName: [String: ForeignValue] = [:]
        for attribute in attributes { byName[attribute.name] = attribute.value }
        var out = ""
        for name in names {
            out.append(delimiter)
            if let value = byName[name] { out += field(type(name).encode(value), delimiter: delimiter) }
        }
        return out
    }

    /// A field, quoted when it holds the delimiter, a quote or a line break.
    ///
    /// With `guardingFormulas` (the default), a text a spreadsheet would run as a formula —
    /// one starting with `=`, `+`, `-`, `@`, a tab or a carriage return, and not a number — gets
    /// a leading `'` (OWASP's advice against CSV injection): a name such as
    /// `=HYPERLINK("http://…")` or `+cmd|' /C calc'!A0` from a leaked file stays text in Excel,
    /// LibreOffice and Google Sheets. neo4j-admin's files are read by the database, not a
    /// spreadsheet, and are written as they are.
    static func field(_ text: String, delimiter: Character, guardingFormulas: Bool = true) -> String {
        let text = guardingFormulas ? defused(text) : text
        let needsQuotes = text.utf8.contains { byte in
            byte == UInt8(ascii: "\"") || byte == 0x0A || byte == 0x0D || byte == delimiter.asciiValue
        }
        return needsQuotes ? "\"" + text.replacingScalar("\"", with: "\"\"") + "\"" : text
    }

    /// `text` with a leading `'` when a spreadsheet would read it as a formula.
    static func defused(_ text: String) -> String {
        guard let first = text.utf8.first,
            first == UInt8(ascii: "=") || first == UInt8(ascii: "+") || first == UInt8(ascii: "-") || first == UInt8(ascii: "@")
                || first == 0x09 || first == 0x0D,
            Double(text) == nil
        else { return text }
        return "'" + text
    }
}
