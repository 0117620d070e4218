import CrimeGraph
import CrimeGraphIO
import Testing

@testable import CrimeGraphMerge

@Suite("Diff of two versions")
struct DiffTests {
    private func versions() throws -> (Graph, Graph) {
        (try MergeFixtures.graph(MergeFixtures.path("versions/v1.yaml")), try MergeFixtures.graph(MergeFixtures.path("versions/v2.yaml")))
    }

    @Test func findsWhatWasAddedRemovedAndChanged() throws {
        let (old, new) = try versions()
        let diff = GraphDiff.compare(old: old, new: new)
        #expect(diff.addedEntities.map(\.id) == ["quach-van-duc"])
        #expect(diff.removedEntities.map(\.id) == ["galaxy-world"])
        #expect(diff.changedEntities.map(\.id) == ["raid-jing-chhay", "jing-chhay-technology"])
        let raid = diff.changedEntities[0].changes
        #expect(raid.map(\.field) == ["name", "property", "citations"])
        #expect(raid[0] == .name(old: "First raid", new: "First raid, Jing Chhay Technology buildings"))
        if case .property(let key, let before, let after) = raid[1] {
            #expect(key == "foreigners_found")
            #expect(before?.quantities.first?.value == 469 && after?.quantities.first?.value == 470)
        } else {
            Issue.record("expected a property change")
        }
        #expect(raid[2] == .citations(added: [Citation(source: "cw", paragraph: 3)], removed: []))
        #expect(diff.changedEntities[1].changes == [.aliases(added: ["Jing Chhay Technology Co., Ltd."], removed: [])])
        #expect(diff.addedRelationships.map(\.id) == ["quach-van-duc--holds_post--jing-chhay-technology"])
        #expect(diff.removedRelationships.map(\.id) == ["raid-jing-chhay--targeted--galaxy-world"])
        #expect(diff.changedRelationships.map(\.id) == ["chhay-sokha--associated_with--jing-chhay-technology"])
        #expect(diff.changedRelationships.first?.changes == [.date(old: CaseDate(iso: "2022-08"), new: CaseDate(iso: "2022-07"))])
        #expect(diff.addedSources.map(\.id) == ["cw"])
        #expect(diff.changedSources.first?.changes == [.sourceField(field: "reliability", old: nil, new: "B2")])
    }

    @Test func aVersionAgainstItselfHasNoDifferences() throws {
        let (old, _) = try versions()
        #expect(GraphDiff.compare(old: old, new: old).isEmpty)
    }

    @Test func theOverlayMarksEveryElementForRendering() throws {
        let (old, new) = try versions()
        let overlay = DiffOverlay(old: old, new: new)
        #expect(overlay.graph.entityCount == 5)
        #expect(overlay.status(ofEntity: "quach-van-duc") == .added)
        #expect(overlay.status(ofEntity: "galaxy-world") == .removed)
        #expect(overlay.status(ofEntity: "raid-jing-chhay") == .changed)
        #expect(overlay.status(ofEntity: "chhay-sokha") == .unchanged)
        #expect(overlay.status(ofRelationship: "raid-jing-chhay--targeted--galaxy-world") == .removed)
        #expect(overlay.status(ofRelationship: "quach-van-duc--holds_post--jing-chhay-technology") == .added)
        #expect(overlay.status(ofRelationship: "chhay-sokha--associated_with--jing-chhay-technology") == .changed)
        #expect(overlay.relationshipStatus.filter { $0 == .unchanged }.count == 1)
        // The new graph's elements keep their indices.
        for index in 0..<new.entityCount { #expect(overlay.graph.id(of: index) == new.id(of: index)) }
    }
}
