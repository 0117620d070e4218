import CrimeGraph
import Foundation

/// Writes a Cypher script that builds the graph in Neo4j (`cypher-shell -f FILE`, or paste
/// into Neo4j Browser): a uniqueness constraint on `Entity.id`; entities merged in batches by
/// kind, labelled `Entity` and their kind (`Person`, `Agency`); relationships merged by id in
/// batches by kind, typed `HOLDS_POST` etc.; sources as `Source` nodes.
///
/// Every value is a literal escaped by ``CypherText`` (no string can close its quotes);
/// aliases and tags are lists; dates keep their written form in `date` plus `date_start` and
/// `date_end` as Neo4j dates; citations and quantities are JSON text. Running the script
/// twice changes nothing.
enum CypherWriter {
    static let batchSize = 500

    static func write(_ graph: Graph, options: WriteOptions) -> GraphExport {
        var out = "// CrimeGraph export" + (graph.title.map { ": " + oneLine($0) } ?? "") + "\n"
        out += "// \(graph.entityCount) entities, \(graph.relationshipCount) relationships. Run with: cypher-shell -f FILE\n"
        out += "CREATE CONSTRAINT crimegraph_entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE;\n"
        out += "CREATE CONSTRAINT crimegraph_source_id IF NOT EXISTS FOR (s:Source) REQUIRE s.id IS UNIQUE;\n"
        let sources = options.sources ?? graph.sources
        for batch in stride(from: 0, to: sources.count, by: batchSize) {
            let rows = sources[batch..<min(sources.count, batch + batchSize)].map { source in
                "{id: \(CypherText.string(source.id)), properties: \(map(sourceValues(source)))}"
            }
            out += "\nUNWIND [\n  " + rows.joined(separator: ",\n  ") + "\n] AS row\nMERGE (s:Source {id: row.id})\nSET s += row.properties;\n"
        }
        for kind in graph.entityKinds {
            let members = graph.entities(ofKind: kind)
            for batch in stride(from: 0, to: members.count, by: batchSize) {
                let rows = members[batch..<min(members.count, batch + batchSize)].map { index in
                    let values = Neo4jRecord.entity(graph, index)
                    return "{id: \(CypherText.string(graph.id(of: index))), properties: \(map(values.filter { $0.key != "id" }))}"
                }
                out += "\n// \(kind.rawValue)\nUNWIND [\n  " + rows.joined(separator: ",\n  ") + "\n] AS row\n"
                out += "MERGE (n:Entity {id: row.id})\nSET n:\(CypherText.name(Neo4jRecord.label(kind))), n += row.properties;\n"
            }
        }
        for kind in graph.relationKinds {
            let members = graph.relationships(ofKind: kind)
            for batch in stride(from: 0, to: members.count, by: batchSize) {
                let rows = members[batch..<min(members.count, batch + batchSize)].map { index in
                    let values = Neo4jRecord.relationship(graph, index)
                    return "{from: \(CypherText.string(graph.id(of: graph.source(of: index)))), to: \(CypherText.string(graph.id(of: graph.target(of: index)))), "
                        + "id: \(CypherText.string(graph.relationshipID(of: index))), properties: \(map(values.filter { $0.key != "id" }))}"
                }
                out += "\n// \(kind.rawValue)\nUNWIND [\n  " + rows.joined(separator: ",\n  ") + "\n] AS row\n"
                out += "MATCH (a:Entity {id: row.from})\nMATCH (b:Entity {id: row.to})\n"
                out += "MERGE (a)-[r:\(CypherText.name(Neo4jRecord.type(kind))) {id: row.id}]->(b)\nSET r += row.properties;\n"
            }
        }
        var losses = LossCounter()
        if graph.description != nil || !graph.declaredKinds.isEmpty || !graph.declaredRelationKinds.isEmpty || graph.weightMeaning != nil {
            losses.note("the description, weight meaning and declared kinds (a Neo4j database has no graph-level properties)", count: 1)
        }
        if !graph.isDirected { losses.note("undirectedness (Neo4j relationships always have a direction)", count: 1) }
        return GraphExport(bytes: Array(out.utf8), losses: losses.losses)
    }

    /// Line breaks as spaces, for one-line comments.
    private static func oneLine(_ text: String) -> String { String(text.map { $0.isNewline ? " " : $0 }) }

    static func sourceValues(_ source: Source) -> [(key: String, value: Neo4jValue)] {
        var values: [(key: String, value: Neo4jValue)] = [("title", .string(source.title)), ("publisher", .string(source.publisher))]
        if let date = source.date { values.append(("date", .string(ElementEncoder.dateValue(date).text))) }
        if let file = source.file { values.append(("file", .string(file))) }
        if let url = source.url { values.append(("url", .string(url))) }
        if let accessed = source.accessed { values.append(("accessed", .string(ElementEncoder.dateValue(accessed).text))) }
        if let reliability = source.reliability { values.append(("reliability", .string(reliability.description))) }
        if let language = source.language { values.append(("language", .string(language))) }
        if let notes = source.notes { values.append(("notes", .string(notes))) }
        return values
    }

    /// `{key: value, …}`.
    static func map(_ values: [(key: String, value: Neo4jValue)]) -> String {
        "{" + values.map { "\(CypherText.name($0.key)): \(literal($0.value))" }.joined(separator: ", ") + "}"
    }

    static func literal(_ value: Neo4jValue) -> String {
        switch value {
        case .string(let text): return CypherText.string(text)
        case .integer(let number): return String(number)
        case .number(let number): return CypherText.number(number) ?? "null"
        case .boolean(let flag): return flag ? "true" : "false"
        case .strings(let items): return "[" + items.map(CypherText.string).joined(separator: ", ") + "]"
        case .date(let day): return "date(\(CypherText.string(day)))"
        }
    }
}
