import CrimeGraph
import Foundation
import Testing

@testable import CrimeGraphAnalysis

/// Projection weights against shared neighbours counted naively, and the errors.
@Suite("Projection properties")
struct ProjectionPropertyTests {
    @Test("weights equal shared-neighbour counts and Newman sums computed naively", arguments: Array(1...10) as [UInt64])
    func naive(seed: UInt64) throws {
        let graph = try RandomGraphs.make(
            seed: seed, nodes: 45, edges: 120, directed: seed % 2 == 0, kinds: [.person, .event, .location], selfLoops: true)
        let projection = try Projection(graph, onto: .person, via: .event, weighting: .shared)
        let newman = try Projection(graph, onto: .person, via: .event, weighting: .newman)
        let people = graph.entities(ofKind: .person)
        func events(of entity: Int) -> Set<Int> {
            Set(graph.undirected.neighbors(of: entity).map(Int.init).filter { graph.kind(of: $0) == .event })
        }
        func attendance(of event: Int) -> Int {
            Set(graph.undirected.neighbors(of: event).map(Int.init).filter { graph.kind(of: $0) == .person }).count
        }
        var expected: [ProjectedTie] = []
        var expectedNewman: [Double] = []
        for (position, u) in people.enumerated() {
            for v in people[(position + 1)...] {
                let shared = events(of: u).intersection(events(of: v)).sorted()
                guard !shared.isEmpty else { continue }
                expected.append(ProjectedTie(from: u, to: v, weight: Double(shared.count), shared: shared))
                expectedNewman.append(shared.reduce(0.0) { $0 + 1 / Double(attendance(of: $1) - 1) })
            }
        }
        #expect(projection.ties == expected)
        #expect(newman.ties.map(\.shared) == expected.map(\.shared))
        for (tie, weight) in zip(newman.ties, expectedNewman) { #expect(abs(tie.weight - weight) <= 1e-12) }
        #expect(projection.entities == people)
        #expect(try projection.graph().entityCount == people.count)
    }

    @Test("impossible projections are errors that say why")
    func errors() throws {
        let graph = try RandomGraphs.make(seed: 3, nodes: 12, edges: 0, kinds: [.person, .event, .company])
        #expect(throws: ProjectionError.self) { try Projection(graph, onto: .person, via: .person) }
        do {
            _ = try Projection(graph, onto: .person, via: .agency)
            Issue.record("expected an error")
        } catch {
            #expect(error.reason == .noEntities(.agency))
        }
        var builder = GraphBuilder()
        builder.addEntity(id: "p", kind: .person)
        builder.addEntity(id: "c", kind: .company)
        builder.addEntity(id: "e", kind: .event)
        builder.addRelationship(from: 0, to: 2, kind: "participated_in")
        let linked = try builder.build()
        do {
            _ = try Projection(linked, onto: .person, via: .company)
            Issue.record("expected an error")
        } catch {
            #expect(error.reason == .notLinked(onto: .person, via: .company, linkedKinds: [.init(kind: .event, relationships: 1)]))
            #expect(error.description == "no relationship links a 'person' to a 'company'; 'person' entities are linked to: event (1)")
        }
    }
}
