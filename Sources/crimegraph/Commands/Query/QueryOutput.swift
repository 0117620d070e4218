import CrimeGraph
import CrimeGraphIO
import CrimeGraphQuery

/// How `query` prints its rows: a table for people, JSON (`{"columns", "rows"}` with each row
/// an object keyed by column), or CSV.
enum QueryOutput {
    static func emit(_ result: QueryResult, graph: Graph, format: OutputFormat) {
        Present.emit(format, json: json(result, graph: graph), table: {
            var table = TextTable(result.columns)
            for row in result.rows { table.append(row.map { text($0, graph: graph) }) }
            return table.rendered() + "\(result.rows.count) row\(result.rows.count == 1 ? "" : "s")\n"
        }, csv: {
            CSVText.document(result.columns, result.rows.map { row in row.map { text($0, graph: graph) } })
        })
    }

    /// `{"columns": [...], "rows": [{column: value}], "warnings": [...]}`.
    static func json(_ result: QueryResult, graph: Graph) -> JSONValue {
        .object([
            "columns": .array(result.columns.map(JSONValue.string)),
            "rows": .array(result.rows.map { row in
                .object(zip(result.columns, row).map { JSONValue.Member($0, json($1, graph: graph)) })
            }),
            "warnings": .array(result.warnings.map { .string($0.message) }),
        ])
    }

    /// A value as JSON. Nodes are `{"id", "name", "kind", "labels", "properties"}` (properties in
    /// case-file form, quantities with unit and qualifier); relationships `{"id", "kind", "from",
    /// "to", "date", "properties"}` with entity references; paths `{"nodes", "relationships"}`.
    static func json(_ value: QueryValue, graph: Graph) -> JSONValue {
        switch value {
        case .null: return .null
        case .boolean(let flag): return .boolean(flag)
        case .integer(let number): return .integer(number)
        case .float(let number): return .number(number)
        case .string(let text): return .string(text)
        case .date(let date): return Present.date(date)
        case .list(let items): return .array(items.map { json($0, graph: graph) })
        case .map(let map): return .object(map.map { JSONValue.Member($0.key, json($0.value, graph: graph)) })
        case .node(let node): return nodeJSON(node, graph: graph)
        case .relationship(let relationship): return relationshipJSON(relationship, graph: graph)
        case .path(let path):
            return .object([
                "nodes": .array(path.nodes.map { nodeJSON($0, graph: graph) }),
                "relationships": .array(path.relationships.map { relationshipJSON($0, graph: graph) }),
            ])
        }
    }

    static func nodeJSON(_ node: QueryNode, graph: Graph) -> JSONValue {
        .object([
            "id": .string(graph.id(of: node.index)), "name": .string(graph.name(of: node.index)),
            "kind": .string(graph.kind(of: node.index).rawValue), "labels": .array(node.labels.map(JSONValue.string)),
            "properties": Present.properties(graph.properties(ofEntity: node.index)),
        ])
    }

    static func relationshipJSON(_ relationship: QueryRelationship, graph: Graph) -> JSONValue {
        .object([
            "id": .string(graph.relationshipID(of: relationship.index)), "kind": .string(relationship.type),
            "from": Present.entityRef(graph, relationship.startIndex), "to": Present.entityRef(graph, relationship.endIndex),
            "date": Present.date(graph.date(ofRelationship: relationship.index)),
            "properties": Present.properties(graph.properties(ofRelationship: relationship.index)),
        ])
    }

    /// A value in a table or CSV cell: text as is, nodes as `Name [kind]`, relationships as
    /// `—kind→`, paths hop by hop, lists joined by `, ` in brackets, null empty.
    static func text(_ value: QueryValue, graph: Graph) -> String {
        switch value {
        case .null: return ""
        case .string(let text): return text
        case .date(let date): return date.iso
        case .node(let node): return Present.label(graph, node.index)
        case .relationship(let relationship): return "—\(relationship.type)→"
        case .path(let path):
            guard let first = path.nodes.first else { return "" }
            var text = Present.label(graph, first.index)
            var previous = first.index
            for (relationship, node) in zip(path.relationships, path.nodes.dropFirst()) {
                text += relationship.startIndex == previous ? " —\(relationship.type)→ " : " ←\(relationship.type)— "
                text += Present.label(graph, node.index)
                previous = node.index
            }
            return text
        case .list(let items): return "[" + items.map { nested($0, graph: graph) }.joined(separator: ", ") + "]"
        case .map(let map): return "{" + map.map { "\($0.key): \(nested($0.value, graph: graph))" }.joined(separator: ", ") + "}"
        default: return value.description
        }
    }

    /// Inside a list or map, strings keep their quotes so `['a, b']` stays readable.
    static func nested(_ value: QueryValue, graph: Graph) -> String {
        switch value {
        case .null: return "null"
        case .string: return value.description
        default: return text(value, graph: graph)
        }
    }

    /// ` (line 1, column 14)` for a warning's offset.
    static func location(_ offset: Int?, in query: String) -> String {
        guard let offset else { return "" }
        var line = 1
        var column = 1
        for (index, scalar) in query.unicodeScalars.enumerated() {
            if index == offset { break }
            if scalar == "\n" {
                line += 1
                column = 1
            } else {
                column += 1
            }
        }
        return " (line \(line), column \(column))"
    }
}
