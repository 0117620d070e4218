import CrimeGraph
import Foundation
import Testing

@testable import CrimeGraphAnalysis

/// Modularity and Louvain against NetworkX.
@Suite("Communities against NetworkX")
struct CommunitiesReferenceTests {
    @Test("modularity of given partitions equals nx.community.modularity", arguments: GroupFixtures.names)
    func modularityOfPartitions(name: String) throws {
        let fixture = try GroupFixtures.load(name)
        let partitions = try #require(fixture.measures["modularity_of_partitions"] as? [[String: Any]])
        #expect(!partitions.isEmpty)
        var worst = 0.0
        for partition in partitions {
            let membership = try #require(partition["membership"] as? [String: Any])
            var labels = [Int32](repeating: -1, count: fixture.graph.entityCount)
            for (id, value) in membership {
                let entity = try #require(fixture.index(id))
                labels[entity] = Int32(try #require((value as? NSNumber)?.intValue))
            }
            #expect(!labels.contains(-1), "\(name): partition covers every entity")
            let views: [(String, AnalysisGraph)] = [
                ("modularity", fixture.undirected()), ("modularity_weighted", fixture.undirected(weighted: true)),
                ("modularity_directed", fixture.directed()), ("modularity_directed_weighted", fixture.directed(weighted: true)),
            ]
            for (key, view) in views {
                guard let expected = (partition[key] as? NSNumber)?.doubleValue else { continue }
                let ours = Modularity.score(of: labels, in: view)
                let difference = abs(ours - expected)
                worst = max(worst, difference)
                #expect(difference <= GroupFixtures.tolerance, "\(name) \(partition["name"] ?? "") \(key): \(ours) vs \(expected)")
            }
        }
        print("modularity \(name): worst difference \(worst)")
    }

    @Test("Louvain reaches NetworkX's best modularity over 20 seeds", arguments: GroupFixtures.names)
    func louvain(name: String) throws {
        let fixture = try GroupFixtures.load(name)
        let louvain = try #require(fixture.measures["louvain"] as? [String: Any])
        let best = try #require((louvain["best_modularity"] as? NSNumber)?.doubleValue)
        let weighted = (louvain["weight"] as? String) == "strength"
        let view = fixture.undirected(weighted: weighted)
        let results = (0..<20).map { Louvain.communities(in: view, seed: UInt64($0)).modularity }
        let ours = results.max() ?? .nan
        // Each seed's modularity, recomputed from its membership, is the one reported.
        let first = Louvain.communities(in: view, seed: 0)
        #expect(abs(Modularity.score(of: first.membership, in: view) - first.modularity) <= GroupFixtures.tolerance)
        #expect(ours >= best - 0.01, "\(name): best of 20 seeds \(ours), NetworkX \(best)")
        #expect((results.min() ?? .nan) >= best - 0.05, "\(name): worst seed \(results.min() ?? .nan), NetworkX best \(best)")
        print("louvain \(name): ours best \(ours) (seed 0: \(results[0]), worst \(results.min() ?? .nan)), networkx best \(best), difference \(ours - best)")
    }
}
