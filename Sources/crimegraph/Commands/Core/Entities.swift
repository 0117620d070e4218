import ArgumentParser
import CrimeGraph
import CrimeGraphIO

struct Entities: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "List entities, filtered by kind, tag or name.",
        discussion: """
            Examples:
              crimegraph entities Graphs/sihanoukville-2022.yaml --kind agency
              crimegraph entities Graphs/sihanoukville-2022.yaml --tag country --format csv
              crimegraph entities Graphs/sihanoukville-2022.yaml --name immigration
            """)

    @OptionGroup var input: GraphOptions
    @OptionGroup var output: FormatOptions

    @Option(name: .long, help: ArgumentHelp("Only entities of this kind (repeatable).", valueName: "kind"))
    var kind: [String] = []

    @Option(name: .long, help: ArgumentHelp("Only entities with this tag (repeatable; any matches).", valueName: "tag"))
    var tag: [String] = []

    @Option(name: .long, help: ArgumentHelp("Only entities whose id, name or alias contains this text (case and accents ignored).", valueName: "text"))
    var name: String?

    func run() throws {
        try reportingFailures {
            let graph = try input.load().graph
            try KindCheck.entityKinds(kind, in: graph)
            let wantedKinds = Set(kind.map(EntityKind.init(rawValue:)))
            let wantedTags = Set(tag)
            let needle = name.map(TextFolding.fold)
            let matches = (0..<graph.entityCount).filter { index in
                if !wantedKinds.isEmpty && !wantedKinds.contains(graph.kind(of: index)) { return false }
                if !wantedTags.isEmpty && wantedTags.isDisjoint(with: graph.tags(of: index)) { return false }
                if let needle {
                    let labels = [graph.id(of: index), graph.name(of: index)] + graph.aliases(of: index)
                    if !labels.contains(where: { TextFolding.fold($0).contains(needle) }) { return false }
                }
                return true
            }
            Present.emit(output.format, json: .array(matches.map { json(graph, $0) }), table: {
                var table = TextTable(["id", "name", "kind", "tags", "date"])
                for index in matches {
                    table.append([graph.id(of: index), graph.name(of: index), graph.kind(of: index).rawValue,
                                  graph.tags(of: index).joined(separator: ","), graph.date(ofEntity: index)?.description ?? ""])
                }
                return table.rendered() + "\(matches.count) of \(graph.entityCount) entities\n"
            }, csv: {
                CSVText.document(["id", "name", "kind", "tags", "aliases", "date"], matches.map { index in
                    [graph.id(of: index), graph.name(of: index), graph.kind(of: index).rawValue,
                     graph.tags(of: index).joined(separator: ";"), graph.aliases(of: index).joined(separator: ";"),
                     graph.date(ofEntity: index)?.iso ?? ""]
                })
            })
        }
    }

    private func json(_ graph: Graph, _ index: Int) -> JSONValue {
        .object([
            "id": .string(graph.id(of: index)), "name": .string(graph.name(of: index)),
            "kind": .string(graph.kind(of: index).rawValue), "tags": .array(graph.tags(of: index).map(JSONValue.string)),
            "aliases": .array(graph.aliases(of: index).map(JSONValue.string)), "date": Present.date(graph.date(ofEntity: index)),
        ])
    }
}

/// Rejects kinds that neither exist in the graph nor are built in, with a suggestion: a typo in
/// `--kind` must not quietly print nothing.
enum KindCheck {
    static func entityKinds(_ kinds: [String], in graph: Graph) throws {
        let known = Set(graph.entityKinds.map(\.rawValue)).union(EntityKind.builtIn.map(\.key.rawValue))
        for kind in kinds where !known.contains(kind) {
            throw CommandFailure("unknown entity kind '\(kind)'\(hint(kind, Array(known)))")
        }
    }

    static func relationKinds(_ kinds: [String], in graph: Graph) throws {
        let known = Set(graph.relationKinds.map(\.rawValue)).union(RelationKind.builtIn.map(\.key.rawValue))
        for kind in kinds where !known.contains(kind) {
            throw CommandFailure("unknown relation kind '\(kind)'\(hint(kind, Array(known)))")
        }
    }

    private static func hint(_ value: String, _ options: [String]) -> String {
        let close = Suggestions.closest(to: value, among: options.sorted(), limit: 3)
        return close.isEmpty ? "" : "; did you mean " + close.map { "'\($0)'" }.joined(separator: ", ") + "?"
    }
}
