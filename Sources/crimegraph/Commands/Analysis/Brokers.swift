import ArgumentParser
import CrimeGraph
import CrimeGraphAnalysis
import CrimeGraphIO

/// What `brokers --sort` orders by.
enum BrokerSort: String, ExpressibleByArgument, CaseIterable {
    case total, coordinator, itinerant, representative, gatekeeper, liaison, constraint
    case effectiveSize = "effective-size"
}

struct BrokersCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "brokers",
        abstract: "Find brokers: who links otherwise unconnected entities, within or across groups.",
        discussion: """
            Brokerage roles (Gould & Fernandez 1989, counted as R's sna::brokerage): for every chain i → j → k whose \
            ends are not directly tied (no i → k), j brokers once; the groups of i, j and k name the role:
              coordinator     all three in one group            (A → A → A)
              itinerant       j outside the group of i and k    (A → B → A)
              representative  j speaks for its group to others  (A → A → B)
              gatekeeper      j controls what enters its group  (A → B → B)
              liaison         three different groups            (A → B → C)
            Roles follow relationship directions (an undirected case counts each tie both ways). Groups come from \
            --group-by: kind (default), tag (the first tag), property NAME, or community (Louvain, --seed).

            Burt's structural holes, on ties taken as two-way (NetworkX's constraint and effective_size): constraint \
            is low for a broker between separate groups and high when all contacts know each other; effective size \
            is the number of contacts minus their redundancy. Both are undefined (shown as 'undefined', null in \
            JSON) for entities without ties.

            Sorted by --sort (default: total brokerage, highest first; constraint lowest first), ties by id. \
            JSON: {"group_by", "groups": [{"group", "size"}], "brokers": [{"id", "name", "kind", "group", \
            "coordinator", "itinerant", "representative", "gatekeeper", "liaison", "total", "constraint", \
            "effective_size"}]}.

            Examples:
              crimegraph brokers Graphs/sihanoukville-2022.yaml --top 10
              crimegraph brokers Graphs/sihanoukville-2022.yaml --group-by community --sort liaison
              crimegraph brokers Graphs/sihanoukville-2022.yaml --group-by tag --kind agency --format csv
              crimegraph brokers network.yaml --group-by property club --weighted --sort constraint
            """)

    @OptionGroup var input: GraphOptions

    @Option(name: .long, parsing: .upToNextOption, help: ArgumentHelp(
        "Groups: kind, tag, property NAME, or community.", valueName: "rule"))
    var groupBy: [String] = ["kind"]

    @Option(name: .long, help: "Order by: \(BrokerSort.allCases.map(\.rawValue).joined(separator: ", ")).")
    var sort: BrokerSort = .total

    @Option(name: .long, help: "Show only the N first.")
    var top: Int?

    @Option(name: .long, help: ArgumentHelp("Show only entities of this kind (repeatable); all entities still count.", valueName: "kind"))
    var kind: [String] = []

    @Option(name: .long, help: "Seed for --group-by community.")
    var seed: UInt64 = 0

    @Flag(name: .long, help: "Weigh constraint and effective size (and communities) by tie strength.")
    var weighted = false

    @Option(name: .long, help: ArgumentHelp("Only relationships of this kind (repeatable).", valueName: "relation"))
    var relation: [String] = []

    @OptionGroup var output: FormatOptions

    func validate() throws {
        if let top, top < 1 { throw ValidationError("--top must be at least 1") }
        _ = try groupRule()
    }

    /// The rule named by `--group-by`, without the community partition (computed later).
    private enum RuleName { case kind, tag, property(String), community }

    private func groupRule() throws -> RuleName {
        var words = groupBy
        if words.count == 1, let separator = words[0].firstIndex(where: { $0 == ":" || $0 == "=" }) {
            words = [String(words[0][..<separator]), String(words[0][words[0].index(after: separator)...])]
        }
        switch (words.first, words.count) {
        case ("kind", 1): return .kind
        case ("tag", 1): return .tag
        case ("community", 1): return .community
        case ("property", 2) where !words[1].isEmpty: return .property(words[1])
        case ("property", _): throw ValidationError("--group-by property needs one property name: --group-by property NAME")
        case (let rule?, _) where ["kind", "tag", "community"].contains(rule):
            throw ValidationError("--group-by \(rule) takes no further value (got '\(words.dropFirst().joined(separator: " "))'); put case files before the options")
        default:
            throw ValidationError("--group-by must be kind, tag, property NAME or community (got '\(groupBy.joined(separator: " "))')")
        }
    }

    func run() throws {
        try reportingFailures {
            let graph = try input.load().graph
            try KindCheck.entityKinds(kind, in: graph)
            try KindCheck.relationKinds(relation, in: graph)
            if weighted && !graph.isWeighted { throw CommandFailure("--weighted: this graph has no relationship weights") }
            let kinds = relation.isEmpty ? nil : Set(relation.map(RelationKind.init(rawValue:)))
            let undirected = AnalysisGraph(graph, directed: false, weights: weighted ? .declared : .none, relationKinds: kinds)
            let grouping: Grouping
            let ruleText: String
            switch try groupRule() {
            case .kind: (grouping, ruleText) = (Grouping(graph, by: .kind), "kind")
            case .tag: (grouping, ruleText) = (Grouping(graph, by: .tag), "tag")
            case .property(let name):
                guard (0..<graph.entityCount).contains(where: { graph.properties(ofEntity: $0)[name] != nil }) else {
                    throw CommandFailure("no entity has the property '\(name)'\(propertyHint(name, in: graph))")
                }
                (grouping, ruleText) = (Grouping(graph, by: .property(name)), "property \(name)")
            case .community:
                let communities = Louvain.communities(in: undirected, seed: seed)
                (grouping, ruleText) = (Grouping(graph, by: .community(communities)), "community")
            }
            let roles = Brokerage.roles(in: AnalysisGraph(graph, directed: true, relationKinds: kinds), groups: grouping.groups)
            let constraint = StructuralHoles.constraint(undirected).values
            let effective = StructuralHoles.effectiveSize(undirected).values
            let rows = BrokerRows(graph: graph, roles: roles, constraint: constraint, effectiveSize: effective)
            let wanted = Set(kind.map(EntityKind.init(rawValue:)))
            var order = (0..<graph.entityCount).filter { wanted.isEmpty || wanted.contains(graph.kind(of: $0)) }
            order.sort { rows.precedes($0, $1, by: sort) }
            if let top { order = Array(order.prefix(top)) }
            let sizes = grouping.sizes
            Present.emit(output.format, json: .object([
                "group_by": .string(ruleText),
                "groups": .array(grouping.labels.indices.map { .object(["group": .string(grouping.labels[$0]), "size": .integer(sizes[$0])]) }),
                "brokers": .array(order.map { rows.json($0, group: grouping.labels[Int(grouping.groups[$0])]) }),
            ]), table: {
                var table = TextTable(["#", "id", "name", "kind", "group", "coord", "itin", "repr", "gate", "liais", "total", "constraint", "eff. size"])
                for (position, entity) in order.enumerated() {
                    table.append([String(position + 1), graph.id(of: entity), graph.name(of: entity), graph.kind(of: entity).rawValue,
                                  grouping.labels[Int(grouping.groups[entity])]] + rows.cells(entity))
                }
                let groupList = grouping.labels.indices.map { "\(grouping.labels[$0]) (\(sizes[$0]))" }.joined(separator: ", ")
                return "Groups by \(ruleText): \(groupList)\n" + table.rendered()
                    + "Roles count chains i → j → k with no tie i → k (Gould–Fernandez, as sna::brokerage); constraint and effective size: Burt, ties two-way\(weighted ? ", weighted" : "").\n"
            }, csv: {
                CSVText.document(["rank", "id", "name", "kind", "group"] + BrokerRows.columns, order.enumerated().map { position, entity in
                    [String(position + 1), graph.id(of: entity), graph.name(of: entity), graph.kind(of: entity).rawValue,
                     grouping.labels[Int(grouping.groups[entity])]] + rows.cells(entity, exact: true)
                })
            })
        }
    }

    private func propertyHint(_ name: String, in graph: Graph) -> String {
        var keys = Set<String>()
        for entity in 0..<graph.entityCount { keys.formUnion(graph.properties(ofEntity: entity).keys) }
        let close = Suggestions.closest(to: name, among: keys.sorted(), limit: 3)
        return close.isEmpty ? "" : "; did you mean " + close.map { "'\($0)'" }.joined(separator: ", ") + "?"
    }
}

/// The per-entity numbers `brokers` prints, and its orderings.
struct BrokerRows {
    let graph: Graph
    let roles: [BrokerageRoles]
    let constraint: [Double]
    let effectiveSize: [Double]

    static let columns = ["coordinator", "itinerant", "representative", "gatekeeper", "liaison", "total", "constraint", "effective_size"]

    func cells(_ entity: Int, exact: Bool = false) -> [String] {
        let r = roles[entity]
        let number = exact ? Format.exact : Format.score
        return [r.coordinator, r.itinerant, r.representative, r.gatekeeper, r.liaison, r.total].map(String.init)
            + [number(constraint[entity]), number(effectiveSize[entity])]
    }

    func json(_ entity: Int, group: String) -> JSONValue {
        let r = roles[entity]
        func number(_ value: Double) -> JSONValue { value.isNaN ? .null : .double(value) }
        return .object([
            "id": .string(graph.id(of: entity)), "name": .string(graph.name(of: entity)), "kind": .string(graph.kind(of: entity).rawValue),
            "group": .string(group), "coordinator": .integer(r.coordinator), "itinerant": .integer(r.itinerant),
            "representative": .integer(r.representative), "gatekeeper": .integer(r.gatekeeper), "liaison": .integer(r.liaison),
            "total": .integer(r.total), "constraint": number(constraint[entity]), "effective_size": number(effectiveSize[entity]),
        ])
    }

    /// Whether `a` comes before `b`: the chosen measure (counts and effective size highest
    /// first, constraint lowest first, undefined values last), then total brokerage, then id.
    func precedes(_ a: Int, _ b: Int, by sort: BrokerSort) -> Bool {
        func key(_ entity: Int) -> Double {
            let r = roles[entity]
            switch sort {
            case .total: return Double(r.total)
            case .coordinator: return Double(r.coordinator)
            case .itinerant: return Double(r.itinerant)
            case .representative: return Double(r.representative)
            case .gatekeeper: return Double(r.gatekeeper)
            case .liaison: return Double(r.liaison)
            case .constraint: return constraint[entity].isNaN ? -.infinity : -constraint[entity]
            case .effectiveSize: return effectiveSize[entity].isNaN ? -.infinity : effectiveSize[entity]
            }
        }
        let (x, y) = (key(a), key(b))
        if x != y { return x > y }
        if roles[a].total != roles[b].total { return roles[a].total > roles[b].total }
        return graph.id(of: a) < graph.id(of: b)
    }
}
