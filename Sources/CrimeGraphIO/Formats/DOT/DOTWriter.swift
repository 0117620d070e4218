import CrimeGraph

/// Writes Graphviz DOT that `dot` parses and draws and that ``DOTReader`` reads back whole:
/// entity ids as node ids, names as `label`, relationship kinds as `kind` and `label`, weights
/// as `weight`, every other field and property as an attribute whose name carries its type
/// when it is not text (`count:int`, `cite:json`), and the graph header as the graph attribute
/// `crimegraph`.
///
/// Every string is quoted, with `"` and `\` escaped and line breaks written `\n`, so no name
/// can be read as DOT syntax or as a Graphviz escape. For pictures use `crimegraph render`,
/// whose DOT is styled for drawing.
/// - Complexity: O(n + m) plus the size of the details.
enum DOTWriter {
    static func write(_ graph: Graph, options: WriteOptions) -> GraphExport {
        let arrow = graph.isDirected ? " -> " : " -- "
        var out = graph.isDirected ? "digraph" : "graph"
        out += " \(quoted(graph.title ?? "crimegraph")) {\n"
        let sources = options.sources ?? graph.sources
        var graphAttributes: [String] = []
        if !ElementEncoder.headerIsEmpty(graph, sources: sources) {
            graphAttributes.append("crimegraph=\(quoted(ElementEncoder.header(graph, sources: sources)))")
        }
        if let title = graph.title { graphAttributes.append("label=\(quoted(title))") }
        if !graphAttributes.isEmpty { out += "  graph [" + graphAttributes.joined(separator: ", ") + "];\n" }
        for index in 0..<graph.entityCount {
            var attributes = ["label=\(quoted(graph.name(of: index)))"]
            for attribute in ElementEncoder.entityAttributes(graph, index, fields: [.kind]) {
                attributes.append(pair(attribute.name, attribute.value))
            }
            out += "  \(quoted(graph.id(of: index))) [" + attributes.joined(separator: ", ") + "];\n"
        }
        for index in 0..<graph.relationshipCount {
            let kind = graph.relationKind(of: index).rawValue
            var attributes = ["id=\(quoted(graph.relationshipID(of: index)))", "kind=\(quoted(kind))", "label=\(quoted(kind))"]
            for attribute in ElementEncoder.relationshipAttributes(graph, index, fields: [.weight]) {
                if attribute.name == "weight", case .number(let weight) = attribute.value {
                    attributes.append("weight=\(quoted(NumberText.exact(weight)))")
                } else {
                    attributes.append(pair(attribute.name, attribute.value))
                }
            }
            out += "  \(quoted(graph.id(of: graph.source(of: index))))\(arrow)\(quoted(graph.id(of: graph.target(of: index)))) ["
            out += attributes.joined(separator: ", ") + "];\n"
        }
        out += "}\n"
        var losses = LossCounter()
        let bytes = NULText.replaced(Array(out.utf8), losses: &losses)
        return GraphExport(bytes: bytes, losses: losses.losses)
    }

    /// `name=value` with the type in the name when the value is not text.
    private static func pair(_ name: String, _ value: ForeignValue) -> String {
        let typed: String
        switch value.type {
        case .string: typed = CSVLayout.column(name).name == name ? name : name + ":string"
        case .integer: typed = name + ":int"
        case .number: typed = name + ":float"
        case .boolean: typed = name + ":boolean"
        case .json: typed = name + ":json"
        }
        return "\(quoted(typed))=\(quoted(value.text))"
    }

    /// A DOT quoted string: `"` and `\` escaped, line breaks as `\n`.
    static func quoted(_ text: String) -> String {
        // Scalar by scalar: a quote followed by a combining mark is one character, and must
        // still be escaped.
        var output = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": output += "\\\""
            case "\\": output += "\\\\"
            case "\n": output += "\\n"
            default: output.unicodeScalars.append(scalar)
            }
        }
        return output + "\""
    }
}
