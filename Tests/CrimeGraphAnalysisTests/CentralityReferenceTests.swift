import CrimeGraph
import Foundation
import Testing

@testable import CrimeGraphAnalysis

/// Centralities against NetworkX, for every fixture graph and every view it defines.
@Suite("Centrality against NetworkX")
struct CentralityReferenceTests {
    @Test("degree", arguments: Reference.names)
    func degree(name: String) throws {
        let reference = try Reference.load(name)
        let graph = reference.graph
        if let expected = reference.nodeValues("degree_centrality") {
            expectClose(DegreeCentrality.scores(reference.undirected()).values, expected, tolerance: exactTolerance, "degree", graph: graph)
        }
        if let expected = reference.nodeValues("in_degree_centrality") {
            expectClose(DegreeCentrality.scores(reference.directed(), mode: .incoming).values, expected, tolerance: exactTolerance, "in-degree", graph: graph)
        }
        if let expected = reference.nodeValues("out_degree_centrality") {
            expectClose(DegreeCentrality.scores(reference.directed(), mode: .outgoing).values, expected, tolerance: exactTolerance, "out-degree", graph: graph)
        }
    }

    /// The views a path-based measure is checked on, by reference key suffix.
    static func views(_ reference: Reference) -> [(suffix: String, view: AnalysisGraph, weighted: Bool)] {
        var views = [("", reference.undirected(), false)]
        if reference.isDirected { views.append(("_directed", reference.directed(), false)) }
        if reference.isWeighted {
            views.append(("_weighted", reference.undirected(weighted: true), true))
            if reference.isDirected { views.append(("_directed_weighted", reference.directed(weighted: true), true)) }
        }
        return views
    }

    @Test("betweenness", arguments: Reference.names)
    func betweenness(name: String) throws {
        let reference = try Reference.load(name)
        var checked = 0
        for (suffix, view, weighted) in Self.views(reference) {
            guard let expected = reference.nodeValues("betweenness" + suffix) else { continue }
            expectClose(Betweenness.nodes(view, weighted: weighted).values, expected, tolerance: exactTolerance, "betweenness\(suffix)", graph: reference.graph)
            checked += 1
        }
        #expect(checked >= 1)
    }

    @Test("edge betweenness", arguments: Reference.names)
    func edgeBetweenness(name: String) throws {
        let reference = try Reference.load(name)
        for (key, weighted) in [("edge_betweenness", false), ("edge_betweenness_weighted", true)] {
            let expected = reference.list(key)
            guard !expected.isEmpty else { continue }
            let ours = Betweenness.edges(reference.undirected(weighted: weighted), weighted: weighted)
            var table: [Int64: Double] = [:]
            for score in ours { table[Int64(score.from) << 32 | Int64(score.to)] = score.score }
            var worst = 0.0
            for item in expected {
                guard let a = reference.index(item["from"]), let b = reference.index(item["to"]),
                    let value = (item["value"] as? NSNumber)?.doubleValue
                else { continue }
                let ourValue = table[Int64(min(a, b)) << 32 | Int64(max(a, b))] ?? .nan
                worst = max(worst, abs(ourValue - value))
            }
            #expect(ours.count == expected.count, "\(key): edge count")
            #expect(worst <= exactTolerance, "\(key): worst \(worst)")
        }
    }

    @Test("closeness and harmonic", arguments: Reference.names)
    func closenessAndHarmonic(name: String) throws {
        let reference = try Reference.load(name)
        for (suffix, view, weighted) in Self.views(reference) {
            if let expected = reference.nodeValues("closeness" + suffix) {
                expectClose(Closeness.closeness(view, weighted: weighted).values, expected, tolerance: exactTolerance, "closeness\(suffix)", graph: reference.graph)
            }
            if let expected = reference.nodeValues("harmonic" + suffix) {
                expectClose(Closeness.harmonic(view, weighted: weighted).values, expected, tolerance: exactTolerance, "harmonic\(suffix)", graph: reference.graph)
            }
        }
    }

    @Test("eigenvector", arguments: Reference.names)
    func eigenvector(name: String) throws {
        let reference = try Reference.load(name)
        let skipped = reference.measures["_skipped"] as? [String: Any] ?? [:]
        for (key, view, weighted) in [("eigenvector", reference.undirected(), false), ("eigenvector_weighted", reference.undirected(weighted: true), true)] {
            if let expected = reference.nodeValues(key) {
                let ours = try Spectral.eigenvector(view, weighted: weighted)
                expectClose(ours.scores.values, expected, tolerance: iterativeTolerance, key, graph: reference.graph)
            } else if skipped[key] != nil {
                #expect(throws: UndefinedMeasure.self, "\(key) should be undefined") { try Spectral.eigenvector(view, weighted: weighted) }
            }
        }
        if reference.isDirected {
            if let expected = reference.nodeValues("eigenvector_directed") {
                expectClose(try Spectral.eigenvector(reference.directed()).scores.values, expected, tolerance: iterativeTolerance, "eigenvector_directed", graph: reference.graph)
            } else {
                #expect(throws: UndefinedMeasure.self) { try Spectral.eigenvector(reference.directed()) }
            }
        }
    }

    @Test("PageRank", arguments: Reference.names)
    func pageRank(name: String) throws {
        let reference = try Reference.load(name)
        let main = reference.isDirected ? reference.directed() : reference.undirected()
        if let expected = reference.nodeValues("pagerank") {
            let ours = Spectral.pageRank(main)
            expectClose(ours.scores.values, expected, tolerance: iterativeTolerance, "pagerank", graph: reference.graph)
            #expect(ours.residual < 1e-13)
            #expect(abs(ours.scores.values.reduce(0, +) - 1) < 1e-12)
        }
        if let expected = reference.nodeValues("pagerank_undirected") {
            expectClose(Spectral.pageRank(reference.undirected()).scores.values, expected, tolerance: iterativeTolerance, "pagerank_undirected", graph: reference.graph)
        }
        if let expected = reference.nodeValues("pagerank_weighted") {
            let view = reference.isDirected ? reference.directed(weighted: true) : reference.undirected(weighted: true)
            expectClose(Spectral.pageRank(view, weighted: true).scores.values, expected, tolerance: iterativeTolerance, "pagerank_weighted", graph: reference.graph)
        }
    }

    @Test func sampledBetweennessIsExactWhenAllSourcesAreSampled() throws {
        let reference = try Reference.load("karate")
        let view = reference.undirected()
        let exact = Betweenness.nodes(view).values
        expectClose(Betweenness.nodes(view, samples: view.nodeCount, seed: 3).values, exact, tolerance: exactTolerance, "k = n", graph: reference.graph)
        let sampled = Betweenness.nodes(view, samples: 12, seed: 3).values
        #expect(sampled == Betweenness.nodes(view, samples: 12, seed: 3).values, "same seed, same answer")
        #expect(sampled != exact)
    }

    @Test func parallelResultsAreDeterministic() throws {
        let reference = try Reference.load("les-miserables")
        let view = reference.undirected(weighted: true)
        let first = Betweenness.nodes(view, weighted: true).values
        for _ in 0..<3 { #expect(Betweenness.nodes(view, weighted: true).values == first) }
    }
}
