import ArgumentParser
import CrimeGraph
import CrimeGraphAnalysis
import CrimeGraphIO

/// Options shared by `paths` and `explain`: how far and which ties.
struct ConnectionOptions: ParsableArguments {
    @Option(name: .long, help: "Longest path to consider, in relationships.")
    var maxLength: Int = 4

    @Option(name: .long, help: "At most this many paths.")
    var limit: Int = 50

    @Flag(name: .long, help: "Follow relationships only in their direction.")
    var directed = false

    @Flag(name: .long, help: "Measure length by the case's weights (1/strength or distance) instead of hops.")
    var weighted = false

    @OptionGroup var filter: TraversalFilterOptions
    @OptionGroup var reading: InputFormatOptions

    func validateValues() throws {
        if maxLength < 1 { throw ValidationError("--max-length must be at least 1") }
        if limit < 1 { throw ValidationError("--limit must be at least 1") }
    }

    func connectionGraph(_ graph: Graph, endpoints: [Int]) throws -> ConnectionGraph {
        if weighted && !graph.isWeighted { throw CommandFailure("--weighted: this graph has no relationship weights") }
        let options = try filter.options(in: graph, direction: directed ? .outgoing : .both)
        return ConnectionGraph(graph, options: options, weighted: weighted, endpoints: endpoints)
    }
}

struct Paths: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "List the ways two entities connect: every simple path up to a length, all shortest, or the k shortest.",
        discussion: """
            The last two arguments name the entities. Paths never visit an entity twice; parallel relationships
            between two entities are shown together on one hop.

            Examples:
              crimegraph paths Graphs/sihanoukville-2022.yaml "Sar Kheng" "Galaxy World" --max-length 4
              crimegraph paths Graphs/sihanoukville-2022.yaml sar-kheng galaxy-world --shortest
              crimegraph paths Graphs/sihanoukville-2022.yaml sar-kheng galaxy-world --k 3 --exclude ministry-of-interior
            """)

    @Argument(help: ArgumentHelp("Case files, then the two entities.", valueName: "file... from to"))
    var arguments: [String] = []

    @Flag(name: .long, help: "Only the shortest paths (all of them).")
    var shortest = false

    @Option(name: .long, help: "The K shortest simple paths (Yen's algorithm).")
    var k: Int?

    @OptionGroup var connection: ConnectionOptions
    @OptionGroup var output: FormatOptions

    func validate() throws {
        try connection.validateValues()
        if let k, k < 1 { throw ValidationError("--k must be at least 1") }
        if shortest && k != nil { throw ValidationError("--shortest and --k cannot be combined") }
    }

    func run() throws {
        try reportingFailures {
            let (files, names) = try EntityArguments.split(arguments, entityCount: 2, usage: "two entities")
            let graph = try Loading.graph(files, input: connection.reading).graph
            let start = try graph.resolve(names[0])
            let end = try graph.resolve(names[1])
            if start == end { throw CommandFailure("the two entities are the same: \(Present.label(graph, start))") }
            let search = try connection.connectionGraph(graph, endpoints: [start, end])
            let found: [Connection]
            let mode: String
            if shortest {
                found = search.allShortestConnections(from: start, to: end, limit: connection.limit)
                mode = "shortest"
            } else if let k {
                found = search.kShortestConnections(from: start, to: end, k: k)
                mode = "k-shortest"
            } else {
                found = search.simpleConnections(from: start, to: end, maximumHops: connection.maxLength, limit: connection.limit)
                mode = "simple"
            }
            if found.isEmpty {
                throw CommandFailure("no path from \(Present.label(graph, start)) to \(Present.label(graph, end))"
                    + (mode == "simple" ? " within \(connection.maxLength) relationships (try --max-length)" : ""))
            }
            Present.emit(output.format, json: .object([
                "from": Present.entityRef(graph, start), "to": Present.entityRef(graph, end), "mode": .string(mode),
                "paths": .array(found.map { ConnectionText.json($0, graph) }),
            ]), table: {
                var text = "\(found.count) path\(found.count == 1 ? "" : "s") from \(Present.label(graph, start)) to \(Present.label(graph, end)):\n"
                for (number, path) in found.enumerated() {
                    text += "\(number + 1). (\(ConnectionText.length(path, weighted: connection.weighted))) \(ConnectionText.line(path, graph))\n"
                }
                return text
            }, csv: {
                CSVText.document(["path", "length", "entities", "relations"], found.enumerated().map { number, path in
                    [String(number + 1), ConnectionText.length(path, weighted: connection.weighted),
                     path.entities.map { graph.id(of: $0) }.joined(separator: ";"),
                     path.hops.map { $0.map { graph.relationKind(of: $0).rawValue }.joined(separator: "|") }.joined(separator: ";")]
                })
            })
        }
    }
}

struct Explain: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Explain how two entities connect: every path up to a length, hop by hop with dates, figures and citations.",
        discussion: """
            Examples:
              crimegraph explain Graphs/sihanoukville-2022.yaml "Hun Sen" "Jing Chhay Technology" --max-length 3
              crimegraph explain Graphs/sihanoukville-2022.yaml gdi vietnamese --format json
            """)

    @Argument(help: ArgumentHelp("Case files, then the two entities.", valueName: "file... from to"))
    var arguments: [String] = []

    @OptionGroup var connection: ConnectionOptions
    @OptionGroup var output: FormatOptions

    func validate() throws { try connection.validateValues() }

    func run() throws {
        try reportingFailures {
            let (files, names) = try EntityArguments.split(arguments, entityCount: 2, usage: "two entities")
            let graph = try Loading.graph(files, input: connection.reading).graph
            let start = try graph.resolve(names[0])
            let end = try graph.resolve(names[1])
            if start == end { throw CommandFailure("the two entities are the same: \(Present.label(graph, start))") }
            let search = try connection.connectionGraph(graph, endpoints: [start, end])
            let found = search.simpleConnections(from: start, to: end, maximumHops: connection.maxLength, limit: connection.limit)
            if found.isEmpty {
                throw CommandFailure("no path from \(Present.label(graph, start)) to \(Present.label(graph, end)) within \(connection.maxLength) relationships (try --max-length)")
            }
            Present.emit(output.format, json: .object([
                "from": Present.entityRef(graph, start), "to": Present.entityRef(graph, end),
                "paths": .array(found.map { ConnectionText.json($0, graph, details: true) }),
            ]), table: {
                var text = "\(found.count) path\(found.count == 1 ? "" : "s") from \(Present.label(graph, start)) to \(Present.label(graph, end)) within \(connection.maxLength) relationships:\n"
                for (number, path) in found.enumerated() {
                    text += "\nPath \(number + 1) (\(ConnectionText.length(path, weighted: connection.weighted))):\n"
                    for (step, relationships) in path.hops.enumerated() {
                        for relationship in relationships {
                            let hop = Hop(from: path.entities[step], relationship: relationship, to: path.entities[step + 1],
                                          forward: graph.source(of: relationship) == path.entities[step])
                            text += hop.text(graph, number: step + 1)
                        }
                    }
                    for entity in path.entities {
                        if let facts = ConnectionText.entityFacts(entity, graph) { text += "   \(graph.name(of: entity)): \(facts)\n" }
                    }
                }
                return text
            }, csv: {
                var rows: [[String]] = []
                for (number, path) in found.enumerated() {
                    for (step, relationships) in path.hops.enumerated() {
                        for relationship in relationships {
                            rows.append([String(number + 1), String(step + 1), graph.id(of: path.entities[step]),
                                         graph.relationKind(of: relationship).rawValue, graph.id(of: path.entities[step + 1]),
                                         graph.date(ofRelationship: relationship)?.iso ?? "",
                                         Present.propertyText(graph.properties(ofRelationship: relationship)),
                                         Present.citationText(graph.citations(ofRelationship: relationship), in: graph)])
                        }
                    }
                }
                return CSVText.document(["path", "hop", "from", "relation", "to", "date", "facts", "citations"], rows)
            })
        }
    }
}

/// How connections print.
enum ConnectionText {
    static func length(_ path: Connection, weighted: Bool) -> String {
        weighted ? "distance \(Format.score(path.length))" : "\(path.hopCount) hop\(path.hopCount == 1 ? "" : "s")"
    }

    /// An entity's date and figures, for entities that have them (events, outcomes).
    static func entityFacts(_ entity: Int, _ graph: Graph) -> String? {
        var parts: [String] = []
        if let date = graph.date(ofEntity: entity) { parts.append("date \(date)") }
        for property in graph.properties(ofEntity: entity) where !property.value.quantities.isEmpty {
            parts.append("\(property.key) \(property.value)")
        }
        return parts.isEmpty ? nil : parts.joined(separator: "; ")
    }

    /// `Hun Sen —ordered→ Order ←came_after— Operation`.
    static func line(_ path: Connection, _ graph: Graph) -> String {
        var text = graph.name(of: path.entities[0])
        for (step, relationships) in path.hops.enumerated() {
            let arrows = relationships.map { edge -> String in
                let kind = graph.relationKind(of: edge).rawValue
                return graph.source(of: edge) == path.entities[step] ? "—\(kind)→" : "←\(kind)—"
            }
            text += " " + Array(Set(arrows)).sorted().joined(separator: " | ") + " " + graph.name(of: path.entities[step + 1])
        }
        return text
    }

    static func json(_ path: Connection, _ graph: Graph, details: Bool = false) -> JSONValue {
        .object([
            "length": .double(path.length), "hops_count": .integer(path.hopCount),
            "entities": .array(path.entities.map { Present.entityRef(graph, $0) }),
            "hops": .array(path.hops.enumerated().map { step, relationships in
                .array(relationships.map { edge in
                    var members: [JSONValue.Member] = [
                        .init("id", .string(graph.relationshipID(of: edge))), .init("kind", .string(graph.relationKind(of: edge).rawValue)),
                        .init("direction", .string(graph.source(of: edge) == path.entities[step] ? "forward" : "backward")),
                    ]
                    if details {
                        members += [
                            .init("date", Present.date(graph.date(ofRelationship: edge))),
                            .init("properties", Present.properties(graph.properties(ofRelationship: edge))),
                            .init("cite", Present.citations(graph.citations(ofRelationship: edge))),
                        ]
                    }
                    return .object(members)
                })
            }),
        ])
    }
}
