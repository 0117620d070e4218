import ArgumentParser
import CrimeGraph
import CrimeGraphAnalysis
import CrimeGraphIO
import Foundation

extension ProjectionWeighting: ExpressibleByArgument {}

/// The case-file formats `project -o` writes.
enum ProjectionFileFormat: String, ExpressibleByArgument, CaseIterable {
    case json, yaml

    /// The format a file name's extension names, if any.
    init?(path: String) {
        let lowered = path.lowercased()
        if lowered.hasSuffix(".json") {
            self = .json
        } else if lowered.hasSuffix(".yaml") || lowered.hasSuffix(".yml") {
            self = .yaml
        } else {
            return nil
        }
    }
}

struct ProjectCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "project",
        abstract: "Link entities of one kind through the entities of another they share (two-mode projection).",
        discussion: """
            Entities of kind --onto are tied when they share neighbours of kind --via: companies linked by shared \
            nationalities, offences or locations, people by shared events. The weight is the number of shared \
            entities (--weighting shared, as NetworkX's weighted_projected_graph) or Newman's collaboration weight, \
            the sum of 1/(d − 1) over the shared entities of d --onto neighbours each (--weighting newman): sharing a \
            small meeting counts more than sharing a large one. Directions, relation kinds and other kinds are \
            ignored.

            Without -o the ties are printed, heaviest first. With -o the projection is written as a case file (.yaml, \
            .yml or .json; '-o -' with --to writes to standard output) that every other command reads: the --onto \
            entities with all their details and sources, and undirected relationships of kind shares_<via>, \
            weighted by strength, listing the shared entities' ids in the property 'shared'. \
            JSON: [{"from": {"id", "name", "kind"}, "to": {…}, "weight", "shared": [{"id", "name", "kind"}]}].

            Examples:
              crimegraph project Graphs/sihanoukville-2022.yaml --onto nationality --via event
              crimegraph project Graphs/sihanoukville-2022.yaml --onto offence --via event --weighting newman
              crimegraph project Graphs/sihanoukville-2022.yaml --onto offence --via event -o out/offences.yaml
              crimegraph communities out/offences.yaml --weighted
            """)

    @OptionGroup var input: GraphOptions

    @Option(name: .long, help: ArgumentHelp("The kind of the entities to link.", valueName: "kind"))
    var onto: String

    @Option(name: .long, help: ArgumentHelp("The kind of the shared entities that link them.", valueName: "kind"))
    var via: String

    @Option(name: .long, help: "Tie weight: shared (count) or newman (collaboration weight).")
    var weighting: ProjectionWeighting = .shared

    @Option(name: .shortAndLong, help: ArgumentHelp("Write the projected graph as a case file ('-' for standard output).", valueName: "path"))
    var output: String?

    @Option(name: .long, help: "Case-file format for -o, overriding the extension (json, yaml).")
    var to: ProjectionFileFormat?

    @Option(name: .long, help: "Print only the N heaviest ties.")
    var top: Int?

    @OptionGroup var format: FormatOptions

    func validate() throws {
        if let top, top < 1 { throw ValidationError("--top must be at least 1") }
        if onto == via { throw ValidationError("--onto and --via must be different kinds (both are '\(onto)')") }
        if let output, to == nil, ProjectionFileFormat(path: output) == nil {
            throw ValidationError("cannot tell the output format from '\(output)': use a .json, .yaml or .yml file name, or --to")
        }
        if output == nil && to != nil { throw ValidationError("--to applies to -o only") }
        if output != nil && top != nil { throw ValidationError("--top applies to the printed ties, not to -o (which writes every tie)") }
    }

    func run() throws {
        try reportingFailures {
            let loaded = try input.load()
            let graph = loaded.graph
            try KindCheck.entityKinds([onto, via], in: graph)
            let projection: Projection
            do throws(ProjectionError) {
                projection = try Projection(graph, onto: EntityKind(rawValue: onto), via: EntityKind(rawValue: via), weighting: weighting)
            } catch {
                throw CommandFailure(error.description)
            }
            if let output {
                try write(projection, loaded: loaded, to: output)
            } else {
                printTies(projection)
            }
        }
    }

    private func write(_ projection: Projection, loaded: LoadedGraph, to path: String) throws {
        var caseFile = try projection.graph().caseFile()
        // Source files are relative to the case file each source came from: make them relative
        // to the output's folder instead.
        let origins = Dictionary(loaded.caseFiles.flatMap { file in file.sources.map { ($0.id, file.path) } }, uniquingKeysWith: { first, _ in first })
        let folder = URL(fileURLWithPath: path == "-" ? "./-" : path).deletingLastPathComponent().path
        caseFile.sources = caseFile.sources.map { source in
            var source = source
            if let file = source.file, !file.hasPrefix("/"), let origin = origins[source.id] ?? nil {
                source.file = SourceText.relativePath(of: SourceText.resolve(file, relativeTo: origin), from: folder)
            }
            return source
        }
        let text = (to ?? ProjectionFileFormat(path: path) ?? .json) == .json ? CaseFileEncoder.json(caseFile) : CaseFileEncoder.yaml(caseFile)
        if path == "-" {
            Terminal.output(text)
        } else {
            try AtomicFile.write(text, to: path)
            Terminal.note("wrote \(path): \(projection.entities.count) \(projection.onto) entities, \(projection.ties.count) \(projection.relationKind) relationships")
        }
    }

    private func printTies(_ projection: Projection) {
        let graph = projection.source
        var ties = projection.ties
        ties.sort { $0.weight != $1.weight ? $0.weight > $1.weight : ($0.from, $0.to) < ($1.from, $1.to) }
        let total = ties.count
        if let top { ties = Array(ties.prefix(top)) }
        Present.emit(format.format, json: .array(ties.map { tie in
            .object([
                "from": Present.entityRef(graph, tie.from), "to": Present.entityRef(graph, tie.to), "weight": .double(tie.weight),
                "shared": .array(tie.shared.map { Present.entityRef(graph, $0) }),
            ])
        }), table: {
            var table = TextTable(["#", "from", "to", weighting == .shared ? "shared" : "weight", "through"])
            for (position, tie) in ties.enumerated() {
                table.append([String(position + 1), graph.name(of: tie.from), graph.name(of: tie.to), Format.score(tie.weight),
                              tie.shared.map { graph.name(of: $0) }.joined(separator: ", ")])
            }
            let tied = Set(projection.ties.flatMap { [$0.from, $0.to] }).count
            if total == 0 {
                return "No two \(projection.onto) entities share a \(projection.via) (\(projection.entities.count) \(projection.onto) entities).\n"
            }
            return "\(projection.onto) linked by shared \(projection.via): \(total) tie\(total == 1 ? "" : "s") among \(tied) of \(projection.entities.count) \(projection.onto) entities"
                + (weighting == .newman ? " (Newman weights)" : "") + "\n" + table.rendered()
                + (ties.count < total ? "(\(total - ties.count) lighter ties not shown)\n" : "")
        }, csv: {
            CSVText.document(["from", "to", "weight", "shared"], ties.map { tie in
                [graph.id(of: tie.from), graph.id(of: tie.to), Format.exact(tie.weight), tie.shared.map { graph.id(of: $0) }.joined(separator: ";")]
            })
        })
    }
}
