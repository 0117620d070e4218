import CrimeGraph
import CrimeGraphIO
import Testing

@testable import CrimeGraphMerge

@Suite("Corroboration and source grades")
struct CorroborationTests {
    private func mergedGraph() throws -> Graph {
        let result = try CaseMerger.merge(try MergeFixtures.union(), options: MergeOptions(acceptAbove: 0.85))
        return try GraphBuilderHelper.graph(result.caseFile)
    }

    private func count(_ graph: Graph, _ counts: Corroboration, from: String, kind: RelationKind, to: String) -> Int? {
        (0..<graph.relationshipCount).first {
            graph.id(of: graph.source(of: $0)) == from && graph.relationKind(of: $0) == kind && graph.id(of: graph.target(of: $0)) == to
        }.map { counts.relationshipCounts[$0] }
    }

    @Test func sourcesOfOnePublisherCountOnce() throws {
        let graph = try mergedGraph()
        let counts = Corroboration(graph: graph)
        // Cited by Mekong Daily twice (md1, md2) and Coastal Wire once: two independent sources.
        #expect(count(graph, counts, from: "raid-jing-chhay", kind: "targeted", to: "jing-chhay-technology") == 2)
        let edge = try #require(graph.index(ofRelationship: "raid-jing-chhay--targeted--jing-chhay-technology"))
        #expect(counts.support(ofRelationship: edge, in: graph).groups == [["md1", "md2"], ["cw"]])
        #expect(counts.support(ofRelationship: edge, in: graph).summary == "2 independent sources: md1 + md2, cw")
        #expect(count(graph, counts, from: "quach-van-duc", kind: "holds_post", to: "jing-chhay-technology") == 2)
        #expect(count(graph, counts, from: "sar-kheng", kind: "participated_in", to: "meeting-sep-27") == 1)
        // The leak's publisher is unknown: it counts as its own source.
        #expect(count(graph, counts, from: "quach-van-duc", kind: "communicated_with", to: "chhay-sokha") == 1)
        let jing = try #require(graph.index(ofEntity: "jing-chhay-technology"))
        #expect(counts.entityCounts[jing] == 2)
    }

    @Test func unknownPublishersAreIndependentButOneURLIsOneSource() {
        let independence = SourceIndependence(sources: [
            Source(id: "x", title: "X", publisher: "unknown"), Source(id: "y", title: "Y", publisher: "unknown"),
            Source(id: "u1", title: "U", publisher: "unknown", url: "https://example.org/a"),
            Source(id: "u2", title: "U again", publisher: "unknown", url: "https://example.org/A"),
            Source(id: "p1", title: "P", publisher: "The Post"), Source(id: "p2", title: "P2", publisher: "the post"),
        ])
        let cite = { (ids: [String]) in ids.map { Citation(source: $0) } }
        #expect(independence.count(cite(["x", "y"])) == 2)
        #expect(independence.count(cite(["u1", "u2"])) == 1)
        #expect(independence.count(cite(["p1", "p2", "x"])) == 2)
    }

    @Test func filteringKeepsCorroboratedFactsAndTheirEnds() throws {
        let graph = try mergedGraph()
        let filtered = Corroboration.filter(graph, minimumSources: 2)
        let kept = Set((0..<filtered.relationshipCount).map { filtered.relationshipID(of: $0) })
        #expect(kept == [
            "raid-jing-chhay--targeted--jing-chhay-technology", "quach-van-duc--holds_post--jing-chhay-technology",
            "chhay-sokha--associated_with--jing-chhay-technology",
        ])
        let entities = Set((0..<filtered.entityCount).map { filtered.id(of: $0) })
        #expect(entities.isSuperset(of: ["raid-jing-chhay", "jing-chhay-technology", "quach-van-duc", "chhay-sokha", "sar-kheng", "wang-wentian"]))
        #expect(!entities.contains("sihanoukville"))
        #expect(Corroboration.filter(graph, minimumSources: 1).relationshipCount == graph.relationshipCount)
        #expect(Corroboration.filter(graph, minimumSources: 3).relationshipCount == 0)
    }

    @Test func citationsShowTheirSourcesGrade() throws {
        let graph = try MergeFixtures.graph(MergeFixtures.path("case-a.yaml"))
        let grades = SourceGrades(sources: graph.sources + [Source(id: "ungraded", title: "U")])
        #expect(grades.text(Citation(source: "md1", paragraph: 4, quote: "found 469 foreigners")) == "md1 ¶4 [B2] \"found 469 foreigners\"")
        #expect(grades.text([Citation(source: "md1", paragraph: 2), Citation(source: "ungraded", paragraph: 1)]) == "md1 ¶2 [B2]; ungraded ¶1")
        #expect(grades.describe(source: "md1") == "B2 (usually reliable, probably true)")
        #expect(grades.describe(source: "ungraded") == nil)
    }
}
