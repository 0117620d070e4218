import CrimeGraph
import CrimeGraphIO
import Foundation
import Testing

@testable import CrimeGraphAnalysis

/// A fixture graph and the reference values NetworkX, igraph and R computed for it
/// (`Tests/Fixtures/analysis`, made by `generate.py` there).
struct Reference {
    let name: String
    let graph: Graph
    let measures: [String: Any]
    let isDirected: Bool
    let isWeighted: Bool

    static let repository: String = {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<3 { url.deleteLastPathComponent() }
        return url.path
    }()

    static let names = [
        "sihanoukville", "florentine", "karate", "les-miserables", "caviar", "siren", "directed-weighted", "disconnected", "davis",
    ]

    static func load(_ name: String) throws -> Reference {
        let folder = repository + "/Tests/Fixtures/analysis"
        let graphPath = name == "sihanoukville" ? repository + "/Graphs/sihanoukville-2022.yaml" : "\(folder)/graphs/\(name).json"
        let graph = try GraphLoader.load([graphPath]).graph
        let data = try Data(contentsOf: URL(fileURLWithPath: "\(folder)/reference/\(name).json"))
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        return Reference(
            name: name, graph: graph, measures: try #require(object["measures"] as? [String: Any]),
            isDirected: object["directed"] as? Bool ?? false, isWeighted: object["weighted"] as? Bool ?? false)
    }

    /// A node-keyed measure as an array indexed like the graph's entities (NaN for null).
    func nodeValues(_ key: String) -> [Double]? {
        guard let map = measures[key] as? [String: Any] else { return nil }
        var values = [Double](repeating: .nan, count: graph.entityCount)
        for (id, value) in map {
            guard let index = graph.index(ofEntity: id) else { continue }
            values[index] = (value as? NSNumber)?.doubleValue ?? .nan
        }
        return values
    }

    func index(_ id: Any?) -> Int? { (id as? String).flatMap { graph.index(ofEntity: $0) } }

    func list(_ key: String) -> [[String: Any]] { measures[key] as? [[String: Any]] ?? [] }

    /// The undirected view, weighted or not.
    func undirected(weighted: Bool = false) -> AnalysisGraph {
        AnalysisGraph(graph, directed: false, weights: weighted ? .declared : .none)
    }

    /// The directed view (only for directed graphs).
    func directed(weighted: Bool = false) -> AnalysisGraph {
        AnalysisGraph(graph, directed: true, weights: weighted ? .declared : .none)
    }
}

/// Compares per-entity values; `relative` tolerance scaled by the magnitude (at least 1).
func expectClose(_ ours: [Double], _ theirs: [Double], tolerance: Double, _ what: String, graph: Graph, sourceLocation: Testing.SourceLocation = #_sourceLocation) {
    #expect(ours.count == theirs.count, "\(what): count", sourceLocation: sourceLocation)
    var worst = 0.0
    var worstEntity = ""
    for (index, (a, b)) in zip(ours, theirs).enumerated() {
        if a.isNaN && b.isNaN { continue }
        let difference = abs(a - b) / max(1, abs(b))
        if !(difference <= worst) {
            worst = difference
            worstEntity = graph.id(of: index)
        }
    }
    #expect(worst <= tolerance, "\(what): worst difference \(worst) at \(worstEntity)", sourceLocation: sourceLocation)
}

/// Exact measures (combinatorial): 1e-12; iterative ones: 1e-9, as the fixtures' README states.
let exactTolerance = 1e-12
let iterativeTolerance = 1e-9
