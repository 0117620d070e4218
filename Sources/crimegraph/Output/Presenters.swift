import CrimeGraph
import CrimeGraphIO
import CrimeGraphMerge

/// Shared pieces of command output, so every command names entities, dates and citations the
/// same way in tables, JSON and CSV.
enum Present {
    /// `{"id", "name", "kind"}`.
    static func entityRef(_ graph: Graph, _ index: Int) -> JSONValue {
        .object(["id": .string(graph.id(of: index)), "name": .string(graph.name(of: index)), "kind": .string(graph.kind(of: index).rawValue)])
    }

    /// `Name [kind]`.
    static func label(_ graph: Graph, _ index: Int) -> String {
        "\(graph.name(of: index)) [\(graph.kind(of: index))]"
    }

    static func date(_ date: CaseDate?) -> JSONValue {
        date.map(CaseFileEncoder.date) ?? .null
    }

    static func citations(_ citations: [Citation]) -> JSONValue {
        CaseFileEncoder.citations(citations) ?? .array([])
    }

    /// `a1 ¶9 [B2] "469 foreigners"; a1 ¶12`: citations with their source's Admiralty grade
    /// when the case gives one.
    static func citationText(_ citations: [Citation], in graph: Graph) -> String {
        SourceGrades(sources: graph.sources).text(citations)
    }

    /// `a1 ¶9 "469 foreigners"`, without grades (where no graph is at hand).
    static func citationText(_ citations: [Citation]) -> String {
        SourceGrades(sources: []).text(citations)
    }

    static func properties(_ properties: PropertyList) -> JSONValue {
        .object(properties.map { .init($0.key, CaseFileEncoder.propertyValue($0.value)) })
    }

    static func propertyText(_ properties: PropertyList) -> String {
        properties.map { "\($0.key)=\($0.value)" }.joined(separator: "; ")
    }

    /// Prints `value` in the chosen format.
    static func emit(_ format: OutputFormat, json: @autoclosure () -> JSONValue, table: () -> String, csv: () -> String) {
        switch format {
        case .json: Terminal.output(json().serialized() + "\n")
        case .table: Terminal.output(TerminalText.safe(table()))
        case .csv: Terminal.output(csv())
        }
    }
}
