import CrimeGraph
import Foundation
import Testing

@testable import CrimeGraphAnalysis

/// Two-mode projections of the Davis southern women against NetworkX's bipartite projections.
@Suite("Projection against NetworkX")
struct ProjectionReferenceTests {
    @Test("weighted and collaboration projections equal NetworkX's", arguments: [
        ("women", EntityKind.person, EntityKind.event), ("events", EntityKind.event, EntityKind.person),
    ])
    func davis(side: String, onto: EntityKind, via: EntityKind) throws {
        let fixture = try GroupFixtures.load("davis")
        let projections = try #require(fixture.measures["projection"] as? [String: [String: [[String: Any]]]])
        let expectedSide = try #require(projections[side])
        for (key, weighting) in [("weighted", ProjectionWeighting.shared), ("collaboration", .newman)] {
            let expected = try #require(expectedSide[key])
            let projection = try Projection(fixture.graph, onto: onto, via: via, weighting: weighting)
            #expect(projection.ties.count == expected.count, "\(side) \(key): tie count")
            var worst = 0.0
            for (tie, row) in zip(projection.ties, expected) {
                #expect(fixture.graph.id(of: tie.from) == row["from"] as? String && fixture.graph.id(of: tie.to) == row["to"] as? String,
                        "\(side) \(key): tie order")
                let weight = try #require((row["weight"] as? NSNumber)?.doubleValue)
                worst = max(worst, abs(tie.weight - weight))
                if weighting == .shared { #expect(Double(tie.shared.count) == tie.weight) }
            }
            #expect(worst <= GroupFixtures.tolerance, "\(side) \(key): worst \(worst)")
            print("projection davis \(side) \(key): \(projection.ties.count) ties, worst difference \(worst)")
        }
    }

    @Test("the projected graph keeps the entities and carries the ties as weighted shares_<via> relationships")
    func projectedGraph() throws {
        let fixture = try GroupFixtures.load("davis")
        let projection = try Projection(fixture.graph, onto: .person, via: .event)
        let graph = try projection.graph()
        #expect(graph.entityCount == 18 && graph.entities(ofKind: .person).count == 18)
        #expect(!graph.isDirected && graph.weightMeaning == .strength)
        #expect(graph.relationshipCount == projection.ties.count)
        #expect(graph.relationKinds == ["shares_event"] && graph.declaredRelationKinds["shares_event"] != nil)
        for (index, tie) in projection.ties.enumerated() {
            #expect(graph.id(of: graph.source(of: index)) == fixture.graph.id(of: tie.from))
            #expect(graph.id(of: graph.target(of: index)) == fixture.graph.id(of: tie.to))
            #expect(graph.weight(of: index) == tie.weight)
            let shared = graph.properties(ofRelationship: index)[Projection.sharedProperty]
            #expect(shared == .list(tie.shared.map { .string(fixture.graph.id(of: $0)) }))
        }
        for entity in 0..<graph.entityCount {
            let original = try #require(fixture.graph.index(ofEntity: graph.id(of: entity)))
            #expect(graph.name(of: entity) == fixture.graph.name(of: original))
        }
        // Other analyses run on it: weighted degree of the densest woman is her number of co-attendances.
        let view = AnalysisGraph(graph, directed: false, weights: .declared)
        #expect(view.isWeighted && view.edgeCount == projection.ties.count)
    }
}
