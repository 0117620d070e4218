import ArgumentParser
import CrimeGraph
import CrimeGraphAnalysis
import CrimeGraphIO

/// How `communities` (and `brokers --group-by community`) divides the graph.
enum CommunityMethod: String, ExpressibleByArgument, CaseIterable {
    case louvain
    case labelPropagation = "label-propagation"

    var title: String { self == .louvain ? "Louvain" : "Label propagation" }

    func communities(_ view: AnalysisGraph, seed: UInt64, resolution: Double) -> Communities {
        switch self {
        case .louvain: return Louvain.communities(in: view, seed: seed, resolution: resolution)
        case .labelPropagation: return LabelPropagation.communities(in: view, seed: seed, resolution: resolution)
        }
    }
}

struct CommunitiesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "communities",
        abstract: "Find communities: groups of entities more tied to each other than to the rest.",
        discussion: """
            Louvain (default) maximizes modularity, level by level, as NetworkX's louvain_communities (threshold 1e-7); \
            label propagation lets each entity take its neighbours' most common label, as NetworkX's \
            asyn_lpa_communities. Both visit entities in a seeded random order: the same --seed gives the same \
            communities on every machine; try a few seeds and keep the highest modularity. Modularity (NetworkX's \
            definition, resolution γ) measures how much more the communities are tied inside than chance would give: \
            above 0.3 is a clear structure. Communities are numbered by size, largest first.

            By default relationships count as two-way and unweighted; --weighted uses the case's weights as tie \
            strength, --directed uses directed modularity. JSON: {"method", "seed", "resolution", "modularity", \
            "count", "communities": [{"community", "size", "members": [{"id", "name", "kind"}]}]}.

            Examples:
              crimegraph communities Graphs/sihanoukville-2022.yaml
              crimegraph communities Graphs/sihanoukville-2022.yaml --seed 3 --resolution 1.5 --members 20
              crimegraph communities Graphs/sihanoukville-2022.yaml --method label-propagation --format csv
            """)

    @OptionGroup var input: GraphOptions

    @Option(name: .long, help: "The method: louvain or label-propagation.")
    var method: CommunityMethod = .louvain

    @Option(name: .long, help: "Seed for the visiting order.")
    var seed: UInt64 = 0

    @Option(name: .long, help: "Modularity resolution γ: above 1 favours smaller communities, below 1 larger ones.")
    var resolution: Double = 1

    @Option(name: .long, help: "Show only the N largest communities.")
    var top: Int?

    @Option(name: .long, help: "List at most this many members per community in the table.")
    var members: Int = 6

    @OptionGroup var view: ViewOptions
    @OptionGroup var output: FormatOptions

    func validate() throws {
        if let top, top < 1 { throw ValidationError("--top must be at least 1") }
        if members < 1 { throw ValidationError("--members must be at least 1") }
        if !(resolution > 0) || !resolution.isFinite { throw ValidationError("--resolution must be a positive number") }
        if method == .labelPropagation && resolution != 1 {
            throw ValidationError("--resolution applies to louvain only (label propagation has no resolution)")
        }
    }

    func run() throws {
        try reportingFailures {
            let graph = try input.load().graph
            let simple = try view.view(of: graph)
            let found = method.communities(simple, seed: seed, resolution: resolution)
            let shown = min(found.count, top ?? found.count)
            let modularityText = found.modularity.isNaN ? "undefined (no ties)" : Format.score(found.modularity)
            Present.emit(output.format, json: .object([
                "method": .string(method.rawValue), "seed": seed <= UInt64(Int.max) ? .integer(Int(seed)) : .string(String(seed)),
                "resolution": .double(resolution), "directed": .boolean(simple.isDirected), "weighted": .boolean(view.weighted),
                "modularity": found.modularity.isNaN ? .null : .double(found.modularity), "count": .integer(found.count),
                "communities": .array((0..<shown).map { community in
                    .object([
                        "community": .integer(community + 1), "size": .integer(found.size(of: community)),
                        "members": .array(found.members(of: community).map { Present.entityRef(graph, Int($0)) }),
                    ])
                }),
            ]), table: {
                var table = TextTable(["#", "size", "kinds", "members"])
                for community in 0..<shown {
                    let list = found.members(of: community)
                    let names = list.prefix(members).map { graph.name(of: Int($0)) }.joined(separator: ", ")
                    table.append([String(community + 1), String(list.count), kindSummary(graph, list),
                                  names + (list.count > members ? ", …" : "")])
                }
                var text = "\(method.title) (seed \(seed)\(method == .louvain ? ", resolution \(Format.score(resolution))" : "")): "
                text += "\(found.count) communit\(found.count == 1 ? "y" : "ies"), modularity \(modularityText)\n"
                text += table.rendered()
                if shown < found.count { text += "(\(found.count - shown) smaller communities not shown)\n" }
                return text
            }, csv: {
                CSVText.document(["community", "id", "name", "kind"], (0..<shown).flatMap { community in
                    found.members(of: community).map { member in
                        [String(community + 1), graph.id(of: Int(member)), graph.name(of: Int(member)), graph.kind(of: Int(member)).rawValue]
                    }
                })
            })
        }
    }

    /// `5 person, 3 agency`: the kinds in a community, most first.
    private func kindSummary(_ graph: Graph, _ list: ArraySlice<Int32>) -> String {
        var counts: [EntityKind: Int] = [:]
        for member in list { counts[graph.kind(of: Int(member)), default: 0] += 1 }
        return counts.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }
            .map { "\($0.value) \($0.key)" }.joined(separator: ", ")
    }
}
