import CrimeGraph
import Foundation
import Testing

@testable import CrimeGraphAnalysis

/// Hidden-link prediction against all pairs scored naively.
@Suite("Prediction properties")
struct PredictionPropertyTests {
    /// Every non-adjacent pair with a common neighbour, scored from neighbour sets (self-loops
    /// dropped), best first, ties by index.
    static func naive(_ graph: AnalysisGraph, _ method: LinkPredictionMethod) -> [PredictedLink] {
        let n = graph.nodeCount
        let neighbors = (0..<n).map { u in Set(graph.neighbors(of: u).map(Int.init).filter { $0 != u }) }
        var links: [PredictedLink] = []
        for u in 0..<n {
            for v in u + 1..<n where !neighbors[u].contains(v) {
                let common = neighbors[u].intersection(neighbors[v]).sorted()
                guard !common.isEmpty else { continue }
                let score: Double
                switch method {
                case .commonNeighbors: score = Double(common.count)
                case .jaccard: score = Double(common.count) / Double(neighbors[u].union(neighbors[v]).count)
                case .resourceAllocation: score = common.reduce(0.0) { $0 + 1 / Double(neighbors[$1].count) }
                case .adamicAdar: score = common.reduce(0.0) { $0 + 1 / log(Double(neighbors[$1].count)) }
                }
                links.append(PredictedLink(first: u, second: v, score: score, commonNeighbors: common.count))
            }
        }
        return links.sorted { $0.score != $1.score ? $0.score > $1.score : ($0.first, $0.second) < ($1.first, $1.second) }
    }

    @Test("scores equal all pairs scored naively; top-K is a prefix", arguments: Array(1...8) as [UInt64])
    func allPairs(seed: UInt64) throws {
        let graph = try RandomGraphs.make(seed: seed, nodes: 50, edges: 110, directed: seed % 2 == 0, selfLoops: true)
        let view = AnalysisGraph(graph, directed: false)
        for method in LinkPredictionMethod.allCases {
            let ours = LinkPrediction.predict(in: view, method: method)
            let expected = Self.naive(view, method)
            #expect(ours.count == expected.count)
            let table = Dictionary(uniqueKeysWithValues: expected.map { ($0.first * 1000 + $0.second, $0) })
            for link in ours {
                let match = table[link.first * 1000 + link.second]
                #expect(match != nil && abs((match?.score ?? .nan) - link.score) <= 1e-12 && match?.commonNeighbors == link.commonNeighbors)
            }
            for top in [1, 7, 40] {
                #expect(LinkPrediction.predict(in: view, method: method, top: top) == Array(ours.prefix(top)), "\(method) top \(top)")
            }
        }
    }

    @Test("eligible ends restrict the pairs, not the shared neighbours")
    func eligible() throws {
        let graph = try RandomGraphs.make(seed: 9, nodes: 40, edges: 100, kinds: [.person, .event])
        let view = AnalysisGraph(graph, directed: false)
        let all = LinkPrediction.predict(in: view, method: .adamicAdar)
        let people = LinkPrediction.predict(in: view, method: .adamicAdar) { graph.kind(of: $0) == .person }
        #expect(people == all.filter { graph.kind(of: $0.first) == .person && graph.kind(of: $0.second) == .person })
        #expect(LinkPrediction.predict(in: view, method: .jaccard, top: 5) { _ in false }.isEmpty)
    }

    @Test("a custom order orients pairs and breaks ties")
    func order() throws {
        // A star: every pair of leaves shares the hub, all with the same score.
        var builder = GraphBuilder()
        builder.setDirected(false, declaredIn: "test")
        for node in 0..<5 { builder.addEntity(id: "v\(node)", kind: .person) }
        for leaf in 1..<5 { builder.addRelationship(from: 0, to: leaf, kind: "associated_with") }
        let view = AnalysisGraph(try builder.build(), directed: false)
        let reversed: [Int32] = [4, 3, 2, 1, 0]
        let links = LinkPrediction.predict(in: view, method: .commonNeighbors, top: 2, order: reversed)
        #expect(links.map { [$0.first, $0.second] } == [[4, 3], [4, 2]])
    }
}
