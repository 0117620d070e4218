import CrimeGraph
import Foundation
import Testing

@testable import CrimeGraphAnalysis

/// Gould–Fernandez brokerage against R's sna, Burt's measures against NetworkX.
@Suite("Brokerage against sna and NetworkX")
struct BrokerageReferenceTests {
    @Test("brokerage role counts equal sna::brokerage", arguments: ["karate", "caviar", "directed-weighted"])
    func brokerage(name: String) throws {
        let fixture = try GroupFixtures.load(name)
        let reference = try #require(fixture.measures["brokerage"] as? [String: Any])
        let property = try #require(reference["group_property"] as? String)
        let nodes = try #require(reference["nodes"] as? [String: [String: Any]])
        let grouping = Grouping(fixture.graph, by: .property(property))
        let roles = Brokerage.roles(in: fixture.directed(), groups: grouping.groups)
        #expect(nodes.count == fixture.graph.entityCount)
        var compared = 0
        for (id, expected) in nodes {
            let entity = try #require(fixture.graph.index(ofEntity: id))
            let ours = roles[entity]
            let theirs = BrokerageRoles(
                coordinator: expected["coordinator"] as? Int ?? -1, itinerant: expected["itinerant"] as? Int ?? -1,
                representative: expected["representative"] as? Int ?? -1, gatekeeper: expected["gatekeeper"] as? Int ?? -1,
                liaison: expected["liaison"] as? Int ?? -1)
            #expect(ours == theirs, "\(name) \(id)")
            #expect(ours.total == expected["total"] as? Int, "\(name) \(id) total")
            #expect(grouping.labels[Int(grouping.groups[entity])] == expected["group"] as? String, "\(name) \(id) group")
            compared += 1
        }
        print("brokerage \(name): \(compared) entities, all five counts equal")
    }

    @Test("constraint equals nx.constraint", arguments: GroupFixtures.names)
    func constraint(name: String) throws {
        let fixture = try GroupFixtures.load(name)
        let expected = try #require(fixture.nodeValues("constraint"))
        let ours = StructuralHoles.constraint(fixture.undirected(weighted: fixture.isWeighted)).values
        let (worst, mismatches) = GroupFixtures.compare(ours, expected)
        #expect(mismatches == 0, "\(name): undefined values differ")
        #expect(worst <= GroupFixtures.tolerance, "\(name): worst \(worst)")
        print("constraint \(name): worst difference \(worst)")
    }

    @Test("effective size equals nx.effective_size", arguments: GroupFixtures.names)
    func effectiveSize(name: String) throws {
        let fixture = try GroupFixtures.load(name)
        let expected = try #require(fixture.nodeValues("effective_size"))
        let ours = StructuralHoles.effectiveSize(fixture.undirected(weighted: fixture.isWeighted)).values
        let (worst, mismatches) = GroupFixtures.compare(ours, expected)
        #expect(mismatches == 0, "\(name): undefined values differ")
        print("effective size \(name): worst difference \(worst)")
        // The fixture uses NetworkX's per-node path (nodes=list(G)): its default sparse path is
        // wrong for weighted graphs in 3.6 (networkx/networkx#8906).
        #expect(worst <= GroupFixtures.tolerance, "\(name): worst \(worst)")
    }
}
