import CrimeGraph
import CrimeGraphIO
import Foundation
import Testing

@testable import CrimeGraphAnalysis

/// The analysis reference fixtures (`Tests/Fixtures/analysis`) as the community, brokerage,
/// projection and prediction tests read them. Self-contained (namespaced under
/// `GroupFixtures`) so that it never clashes with the other suites' helpers.
enum GroupFixtures {
    /// Every fixture graph.
    static let names = [
        "sihanoukville", "florentine", "karate", "les-miserables", "caviar", "siren", "directed-weighted", "disconnected", "davis",
    ]

    /// Absolute tolerance for exact measures, as the fixtures declare.
    static let tolerance = 1e-12

    static let repository: URL = {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<3 { url.deleteLastPathComponent() }
        return url
    }()

    /// One fixture: the graph loaded from its case file, and the reference values.
    struct Fixture: @unchecked Sendable {
        let name: String
        let graph: Graph
        let measures: [String: Any]
        let isDirected: Bool
        let isWeighted: Bool

        /// The entity index of an id, or nil.
        func index(_ id: Any?) -> Int? { (id as? String).flatMap(graph.index(ofEntity:)) }

        /// The undirected view (weighted by strength if asked).
        func undirected(weighted: Bool = false) -> AnalysisGraph {
            AnalysisGraph(graph, directed: false, weights: weighted ? .declared : .none)
        }

        /// The directed view (the undirected one for undirected files).
        func directed(weighted: Bool = false) -> AnalysisGraph {
            AnalysisGraph(graph, directed: true, weights: weighted ? .declared : .none)
        }

        /// A node-keyed map of numbers as an array by entity index (NaN for null).
        func nodeValues(_ key: String) -> [Double]? {
            guard let map = measures[key] as? [String: Any] else { return nil }
            var values = [Double](repeating: .nan, count: graph.entityCount)
            for (id, value) in map {
                guard let entity = graph.index(ofEntity: id) else { continue }
                values[entity] = (value as? NSNumber)?.doubleValue ?? .nan
            }
            return values
        }
    }

    /// Loads fixture `name`; the Sihanoukville graph comes from the project's own case file.
    static func load(_ name: String) throws -> Fixture {
        let reference = repository.appendingPathComponent("Tests/Fixtures/analysis/reference/\(name).json")
        let data = try Data(contentsOf: reference)
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let graphPath = name == "sihanoukville"
            ? repository.appendingPathComponent("Graphs/sihanoukville-2022.yaml").path
            : repository.appendingPathComponent("Tests/Fixtures/analysis/graphs/\(name).json").path
        let graph = try GraphLoader.load([graphPath]).graph
        let measures = try #require(object["measures"] as? [String: Any])
        return Fixture(
            name: name, graph: graph, measures: measures, isDirected: object["directed"] as? Bool ?? false,
            isWeighted: object["weighted"] as? Bool ?? false)
    }

    /// The largest absolute difference between `ours` and `theirs` where both are numbers, and
    /// whether they agree on which entries are NaN.
    static func compare(_ ours: [Double], _ theirs: [Double]) -> (worst: Double, nanMismatches: Int) {
        var worst = 0.0
        var mismatches = 0
        for (a, b) in zip(ours, theirs) {
            if a.isNaN || b.isNaN {
                if a.isNaN != b.isNaN { mismatches += 1 }
            } else {
                worst = max(worst, abs(a - b))
            }
        }
        return (worst, mismatches)
    }

    /// Scores equal to 12 significant digits, as the fixtures count ties.
    static func tieKey(_ value: Double) -> String { String(format: "%.12g", value) }
}

/// Seeded random graphs for property tests.
enum RandomGraphs {
    /// A case graph with `nodes` entities (kinds from `kinds`, round robin) and about
    /// `edges` relationships between random pairs (self-loops and repeats allowed when asked).
    static func make(
        seed: UInt64, nodes: Int, edges: Int, directed: Bool = false, kinds: [EntityKind] = [.person], weighted: Bool = false,
        selfLoops: Bool = false
    ) throws -> Graph {
        var random = SeededRandom(seed: seed)
        var builder = GraphBuilder()
        builder.setDirected(directed, declaredIn: "random")
        if weighted { builder.setWeightMeaning(.strength, declaredIn: "random") }
        for node in 0..<nodes { builder.addEntity(id: "v\(node)", kind: kinds[node % kinds.count]) }
        var added = 0
        while added < edges {
            let a = Int(random.next() % UInt64(nodes))
            let b = Int(random.next() % UInt64(nodes))
            if a == b && !selfLoops { continue }
            let weight = weighted ? Double(1 + random.next() % 5) : nil
            builder.addRelationship(from: a, to: b, kind: "associated_with", weight: weight)
            added += 1
        }
        return try builder.build()
    }
}
