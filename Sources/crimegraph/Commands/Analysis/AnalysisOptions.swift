import ArgumentParser
import CrimeGraph
import CrimeGraphAnalysis
import Foundation

/// How a measure sees the graph: directions and weights.
struct ViewOptions: ParsableArguments {
    @Flag(name: .long, help: "Follow relationship directions (default: treat every relationship as two-way).")
    var directed = false

    @Flag(name: .long, help: "Use relationship weights (as the case declares them: strength or distance).")
    var weighted = false

    @Option(name: .long, help: ArgumentHelp("Only relationships of this kind (repeatable).", valueName: "relation"))
    var relation: [String] = []

    /// The simple view of `graph` these options describe.
    func view(of graph: Graph) throws -> AnalysisGraph {
        try KindCheck.relationKinds(relation, in: graph)
        if weighted && !graph.isWeighted {
            throw CommandFailure("--weighted: this graph has no relationship weights")
        }
        return AnalysisGraph(
            graph, directed: directed, weights: weighted ? .declared : .none,
            relationKinds: relation.isEmpty ? nil : Set(relation.map(RelationKind.init(rawValue:))))
    }
}

/// Commands that take any number of entities after the files: leading arguments naming
/// existing case files are files, the rest entities (names like "Galaxy World" are not files).
enum FilesThenEntities {
    static func split(_ arguments: [String], minimumEntities: Int) throws -> (files: [String], entities: [String]) {
        var files: [String] = []
        var index = 0
        while index < arguments.count, isCaseFile(arguments[index]) {
            files.append(arguments[index])
            index += 1
        }
        let entities = Array(arguments[index...])
        if files.isEmpty { throw ValidationError("expected case files first, then entities (no readable file in '\(arguments.first ?? "")')") }
        if entities.count < minimumEntities { throw ValidationError("expected at least \(minimumEntities) entities after the files") }
        return (files, entities)
    }

    static func isCaseFile(_ argument: String) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: argument, isDirectory: &isDirectory) && !isDirectory.boolValue
    }
}

/// A measure `rank` and friends can compute.
enum MeasureChoice: String, ExpressibleByArgument, CaseIterable {
    case degree, inDegree = "in-degree", outDegree = "out-degree", betweenness, closeness, harmonic, eigenvector, pagerank

    /// One line saying what the number means and how it is normalized.
    var explanation: String {
        switch self {
        case .degree: return "degree: number of ties / (n − 1), a self-loop counting twice (NetworkX degree_centrality)"
        case .inDegree: return "in-degree: incoming ties / (n − 1)"
        case .outDegree: return "out-degree: outgoing ties / (n − 1)"
        case .betweenness: return "betweenness: share of shortest paths between other entities passing through, / ((n − 1)(n − 2)) (Brandes; NetworkX normalization)"
        case .closeness: return "closeness: (r / d) · (r / (n − 1)) for r reachable entities at total distance d (Wasserman–Faust, as NetworkX)"
        case .harmonic: return "harmonic: sum of 1 / distance to every reachable entity (not normalized)"
        case .eigenvector: return "eigenvector: ties to well-tied entities; unit-length Perron vector (defined on connected graphs only)"
        case .pagerank: return "pagerank: random-surfer share with damping 0.85; sums to 1"
        }
    }

    /// Computes the measure.
    func scores(_ view: AnalysisGraph, weighted: Bool, samples: Int?, seed: UInt64, progress: ProgressHandler?) throws -> NodeScores {
        switch self {
        case .degree: return DegreeCentrality.scores(view)
        case .inDegree:
            guard view.isDirected else { throw CommandFailure("in-degree needs --directed") }
            return DegreeCentrality.scores(view, mode: .incoming)
        case .outDegree:
            guard view.isDirected else { throw CommandFailure("out-degree needs --directed") }
            return DegreeCentrality.scores(view, mode: .outgoing)
        case .betweenness: return Betweenness.nodes(view, weighted: weighted, samples: samples, seed: seed, progress: progress)
        case .closeness: return Closeness.closeness(view, weighted: weighted, progress: progress)
        case .harmonic: return Closeness.harmonic(view, weighted: weighted, progress: progress)
        case .eigenvector:
            do { return try Spectral.eigenvector(view, weighted: weighted).scores } catch { throw CommandFailure(error.description) }
        case .pagerank: return Spectral.pageRank(view, weighted: weighted).scores
        }
    }
}
