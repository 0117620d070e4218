import ArgumentParser
import CrimeGraph
import CrimeGraphIO

struct Info: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Summarize a graph: counts by kind and relation, components, sources, date span.",
        discussion: """
            Example:
              crimegraph info Graphs/sihanoukville-2022.yaml
              crimegraph info Graphs/sihanoukville-2022.yaml --format json
            """)

    @OptionGroup var input: GraphOptions
    @OptionGroup var output: FormatOptions

    func run() throws {
        try reportingFailures {
            let graph = try input.load().graph
            let summary = GraphSummary(graph)
            Presenter(summary: summary, graph: graph).emit(output.format)
        }
    }
}

/// What `info` reports, computed once for every format.
struct GraphSummary {
    struct Count {
        let name: String
        let count: Int
    }

    struct SourceLine {
        let source: Source
        let citations: Int
    }

    let entityKinds: [Count]
    let relationKinds: [Count]
    let components: ConnectedComponents
    let isolated: Int
    let sources: [SourceLine]
    let span: DateSpan?

    init(_ graph: Graph) {
        func sorted(_ counts: [String: Int]) -> [Count] {
            counts.map { Count(name: $0.key, count: $0.value) }.sorted { ($1.count, $0.name) < ($0.count, $1.name) }
        }
        entityKinds = sorted(Dictionary(uniqueKeysWithValues: graph.entityCountsByKind.map { ($0.key.rawValue, $0.value) }))
        relationKinds = sorted(Dictionary(uniqueKeysWithValues: graph.relationshipCountsByKind.map { ($0.key.rawValue, $0.value) }))
        components = graph.connectedComponents()
        isolated = (0..<graph.entityCount).filter { graph.undirected.degree(of: $0) == 0 }.count
        var citationCounts: [String: Int] = [:]
        func count(_ citations: [Citation]) { for citation in citations { citationCounts[citation.source, default: 0] += 1 } }
        for index in 0..<graph.entityCount {
            count(graph.citations(ofEntity: index))
            for property in graph.properties(ofEntity: index) { for quantity in property.value.quantities { count(quantity.citations) } }
        }
        for index in 0..<graph.relationshipCount { count(graph.citations(ofRelationship: index)) }
        sources = graph.sources.map { SourceLine(source: $0, citations: citationCounts[$0.id] ?? 0) }
        span = graph.dateSpan
    }
}

private struct Presenter {
    let summary: GraphSummary
    let graph: Graph

    func emit(_ format: OutputFormat) {
        Present.emit(format, json: json(), table: table, csv: csv)
    }

    func json() -> JSONValue {
        func counts(_ list: [GraphSummary.Count], key: String) -> JSONValue {
            .array(list.map { .object([key: .string($0.name), "count": .integer($0.count)]) })
        }
        return .object([
            "title": .optional(graph.title), "files": .array(graph.files.map(JSONValue.string)),
            "directed": .boolean(graph.isDirected), "entities": .integer(graph.entityCount),
            "relationships": .integer(graph.relationshipCount),
            "entity_kinds": counts(summary.entityKinds, key: "kind"),
            "relation_kinds": counts(summary.relationKinds, key: "kind"),
            "components": .object([
                "count": .integer(summary.components.count), "largest": .integer(summary.components.sizes.first ?? 0),
                "isolated": .integer(summary.isolated),
            ]),
            "sources": .array(summary.sources.map { line in
                .object([
                    "id": .string(line.source.id), "title": .string(line.source.title),
                    "publisher": .string(line.source.publisher), "date": Present.date(line.source.date),
                    "reliability": line.source.reliability.map { .string($0.description) } ?? .null,
                    "citations": .integer(line.citations),
                ])
            }),
            "date_span": summary.span.map { span in
                .object(["from": .string(span.earliest.start.description), "to": .string((span.latest.end ?? span.latest.start).description)])
            } ?? .null,
        ])
    }

    func table() -> String {
        var text = ""
        if let title = graph.title { text += title + "\n" + String(repeating: "=", count: TextTable.displayWidth(title)) + "\n" }
        text += "files:          \(graph.files.joined(separator: ", "))\n"
        text += "entities:       \(graph.entityCount)\n"
        text += "relationships:  \(graph.relationshipCount)\(graph.isDirected ? "" : " (undirected)")\n"
        let largest = summary.components.sizes.first ?? 0
        text += "components:     \(summary.components.count) (largest \(largest) entities, \(summary.isolated) isolated)\n"
        if let span = summary.span {
            text += "dates:          \(span.earliest.start) … \((span.latest.end ?? span.latest.start))\n"
        }
        text += "\n"
        var kinds = TextTable(["entity kind", "count"])
        for count in summary.entityKinds { kinds.append([count.name, String(count.count)]) }
        text += kinds.rendered() + "\n"
        var relations = TextTable(["relation kind", "count"])
        for count in summary.relationKinds { relations.append([count.name, String(count.count)]) }
        text += relations.rendered()
        if !summary.sources.isEmpty {
            var sources = TextTable(["source", "publisher", "date", "grade", "citations", "title"])
            for line in summary.sources {
                sources.append([
                    line.source.id, line.source.publisher, line.source.date?.description ?? "", line.source.reliability?.description ?? "",
                    String(line.citations), line.source.title,
                ])
            }
            text += "\n" + sources.rendered()
        }
        return text
    }

    func csv() -> String {
        var rows: [[String]] = [
            ["entities", "", String(graph.entityCount)], ["relationships", "", String(graph.relationshipCount)],
            ["components", "", String(summary.components.count)],
        ]
        rows += summary.entityKinds.map { ["entity_kind", $0.name, String($0.count)] }
        rows += summary.relationKinds.map { ["relation_kind", $0.name, String($0.count)] }
        rows += summary.sources.map { ["source_citations", $0.source.id, String($0.citations)] }
        return CSVText.document(["measure", "key", "value"], rows)
    }
}
