import CrimeGraph
import Foundation

/// Writes the CSV files `neo4j-admin database import full` reads, for graphs too big for a
/// Cypher script: `nodes.csv` (`id:ID(Entity)`, `:LABEL` as `Entity;Kind`, typed property
/// columns such as `count:long`, `aliases:string[]`, `date_start:date`), `relationships.csv`
/// (`:START_ID(Entity)`, `:END_ID(Entity)`, `:TYPE` as `HOLDS_POST`), `sources.csv`
/// (`id:ID(Source)`, label `Source`), and `import.sh` with the command.
///
/// A property whose values differ in type across entities is written as text; the array
/// delimiter is one no value contains.
enum Neo4jAdminWriter {
    static func write(_ graph: Graph, options: WriteOptions) -> GraphExport {
        let entityRows = (0..<graph.entityCount).map { Neo4jRecord.entity(graph, $0) }
        let relationshipRows = (0..<graph.relationshipCount).map { Neo4jRecord.relationship(graph, $0) }
        let sources = options.sources ?? graph.sources
        let sourceRows = sources.map { [("id", Neo4jValue.string($0.id))] + CypherWriter.sourceValues($0) }
        let delimiter = arrayDelimiter(entityRows + relationshipRows)
        var losses = LossCounter()
        let nodes = table(entityRows, fixed: [("id", ":ID(Entity)"), (":LABEL", "")], labels: { row in
            let kind = row.first { $0.key == "kind" }.flatMap { if case .string(let text) = $0.value { return text } else { return nil } } ?? "entity"
            return "Entity;" + Neo4jRecord.label(EntityKind(rawValue: kind))
        }, delimiter: delimiter, losses: &losses)
        let relationships = table(relationshipRows, fixed: [(":START_ID(Entity)", ""), (":END_ID(Entity)", ""), (":TYPE", "")], labels: nil,
            ends: { position in
                [graph.id(of: graph.source(of: position)), graph.id(of: graph.target(of: position)), Neo4jRecord.type(graph.relationKind(of: position))]
            }, delimiter: delimiter, losses: &losses)
        let sourceTable = table(sourceRows, fixed: [("id", ":ID(Source)"), (":LABEL", "")], labels: { _ in "Source" }, delimiter: delimiter, losses: &losses)
        var script = "#!/bin/sh\n# Imports this CrimeGraph export into a new Neo4j 5 database (stop the database first).\n"
        script += "# Usage: sh import.sh [DATABASE]   (run from this folder)\nset -e\ncd \"$(dirname \"$0\")\"\n"
        script += "neo4j-admin database import full --overwrite-destination --id-type=string \\\n"
        script += "  --nodes=nodes.csv --nodes=sources.csv --relationships=relationships.csv \\\n"
        script += "  --array-delimiter=\(delimiterArgument(delimiter)) --multiline-fields=true \"${1:-neo4j}\"\n"
        if graph.title != nil || graph.description != nil || !graph.declaredKinds.isEmpty || graph.weightMeaning != nil {
            losses.note("the title, description, weight meaning and declared kinds (a Neo4j database has no graph-level properties)", count: 1)
        }
        if !graph.isDirected { losses.note("undirectedness (Neo4j relationships always have a direction)", count: 1) }
        return GraphExport(files: [
            ExportFile(placement: .inFolder(name: "nodes.csv"), bytes: NULText.replaced(Array(nodes.utf8), losses: &losses)),
            ExportFile(placement: .inFolder(name: "relationships.csv"), bytes: NULText.replaced(Array(relationships.utf8), losses: &losses)),
            ExportFile(placement: .inFolder(name: "sources.csv"), bytes: NULText.replaced(Array(sourceTable.utf8), losses: &losses)),
            ExportFile(placement: .inFolder(name: "import.sh"), bytes: Array(script.utf8)),
        ], losses: losses.losses)
    }

    /// A table: the fixed columns, then one column per key in first-seen order, typed by its
    /// values (text when they disagree).
    private static func table(
        _ rows: [[(key: String, value: Neo4jValue)]], fixed: [(name: String, type: String)], labels: (([(key: String, value: Neo4jValue)]) -> String)?,
        ends: ((Int) -> [String])? = nil, delimiter: Character, losses: inout LossCounter
    ) -> String {
        var keys: [String] = []
        var types: [String: Set<String>] = [:]
        let skipID = fixed.first?.name == "id"
        for row in rows {
            for (key, value) in row where !(skipID && key == "id") {
                if types[key] == nil { keys.append(key) }
                types[key, default: []].insert(value.headerType)
            }
        }
        func type(_ key: String) -> String { (types[key]?.count ?? 0) == 1 ? types[key]?.first ?? "" : "" }
        var header = fixed.map { $0.name + $0.type }
        for key in keys {
            if key.contains(":") { losses.note("property keys with ':' (neo4j-admin reads it as a type), ':' written as '_'", example: key) }
            header.append(key.replacingOccurrences(of: ":", with: "_") + type(key))
        }
        var out = header.map { CSVWriter.field($0, delimiter: ",", guardingFormulas: false) }.joined(separator: ",") + "\n"
        for (position, row) in rows.enumerated() {
            var cells: [String] = ends?(position) ?? []
            var byKey: [String: Neo4jValue] = [:]
            for (key, value) in row { byKey[key] = value }
            if skipID, case .string(let id)? = byKey["id"] { cells.append(id) }
            if let labels { cells.append(labels(row)) }
            for key in keys {
                guard let value = byKey[key] else {
                    cells.append("")
                    continue
                }
                cells.append(cell(value, asText: type(key).isEmpty, delimiter: delimiter))
            }
            out += cells.enumerated().map { column, text in
                // Quote every value cell that is text, so an empty string stays an empty string.
                let isValue = column >= fixed.count
                let key = isValue ? keys[column - fixed.count] : ""
                if isValue, type(key).isEmpty, byKey[key] != nil { return "\"" + text.replacingScalar("\"", with: "\"\"") + "\"" }
                return CSVWriter.field(text, delimiter: ",", guardingFormulas: false)
            }.joined(separator: ",") + "\n"
        }
        return out
    }

    private static func cell(_ value: Neo4jValue, asText: Bool, delimiter: Character) -> String {
        switch value {
        case .string(let text), .date(let text): return text
        case .integer(let number): return String(number)
        case .number(let number): return NumberText.exact(number)
        case .boolean(let flag): return flag ? "true" : "false"
        case .strings(let items):
            return asText ? JSONValue.array(items.map(JSONValue.string)).serialized(pretty: false) : items.joined(separator: String(delimiter))
        }
    }

    private static func arrayDelimiter(_ rows: [[(key: String, value: Neo4jValue)]]) -> Character {
        var seen = Set<Character>()
        for row in rows {
            for (_, value) in row {
                if case .strings(let items) = value { for item in items { seen.formUnion(item.filter { $0 == ";" || $0 == "|" }) } }
            }
        }
        return [";", "|"].first { !seen.contains($0) } ?? "\u{1F}"
    }

    private static func delimiterArgument(_ delimiter: Character) -> String {
        delimiter == "\u{1F}" ? "'\\31'" : "'\(delimiter)'"
    }
}
