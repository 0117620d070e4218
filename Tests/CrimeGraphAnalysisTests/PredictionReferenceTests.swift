import CrimeGraph
import Foundation
import Testing

@testable import CrimeGraphAnalysis

/// Hidden-link scores against NetworkX's link-prediction functions.
@Suite("Prediction against NetworkX")
struct PredictionReferenceTests {
    static let methods: [(key: String, method: LinkPredictionMethod)] = [
        ("jaccard", .jaccard), ("adamic_adar", .adamicAdar), ("resource_allocation", .resourceAllocation),
        ("common_neighbors", .commonNeighbors),
    ]

    @Test("ranked pairs equal NetworkX's", arguments: GroupFixtures.names)
    func ranking(name: String) throws {
        let fixture = try GroupFixtures.load(name)
        let reference = try #require(fixture.measures["link_prediction"] as? [String: Any])
        let limit = reference["limit"] as? Int
        let view = fixture.undirected()
        var report: [String] = []
        for (key, method) in Self.methods {
            let rows = try #require(reference[key] as? [[Any]])
            var expected: [(first: Int, second: Int, score: Double)] = []
            for row in rows {
                let first = try #require(fixture.index(row[0]))
                let second = try #require(fixture.index(row[1]))
                expected.append((first, second, try #require((row[2] as? NSNumber)?.doubleValue)))
            }
            let positive = expected.filter { $0.score > 0 }
            let ours = LinkPrediction.predict(in: view, method: method, top: limit)
            if limit == nil || positive.count < expected.count {
                #expect(ours.count == positive.count, "\(name) \(key): every pair with a positive score, no other")
            } else {
                #expect(ours.count == limit, "\(name) \(key): the top \(limit ?? 0)")
            }
            var byPair: [Int64: Double] = [:]
            for row in positive { byPair[Int64(row.first) << 32 | Int64(row.second)] = row.score }
            var worst = 0.0
            var boundaryTies = 0
            for (position, link) in ours.enumerated() {
                #expect(link.first < link.second, "\(name) \(key): pairs oriented in entity order")
                if position < positive.count { worst = max(worst, abs(link.score - positive[position].score)) }
                if let theirs = byPair[Int64(link.first) << 32 | Int64(link.second)] {
                    worst = max(worst, abs(link.score - theirs))
                } else {
                    // Only possible at the cut of a truncated list, among scores tied with its last.
                    boundaryTies += 1
                    #expect(limit != nil && abs(link.score - (positive.last?.score ?? .nan)) <= GroupFixtures.tolerance,
                            "\(name) \(key): \(fixture.graph.id(of: link.first))–\(fixture.graph.id(of: link.second)) is not in NetworkX's list")
                }
            }
            #expect(worst <= GroupFixtures.tolerance, "\(name) \(key): worst \(worst)")
            report.append("\(key) \(ours.count) pairs, worst \(worst), boundary ties \(boundaryTies)")
        }
        print("prediction \(name): " + report.joined(separator: "; "))
    }
}
