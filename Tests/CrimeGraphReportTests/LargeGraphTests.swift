import CrimeGraph
import CrimeGraphReport
import Testing

@Suite("Large graphs")
struct LargeGraphTests {
    @Test func theDiagramKeepsTheMostConnectedEntities() throws {
        var builder = GraphBuilder()
        for index in 0..<2_000 { _ = builder.addEntity(id: "n\(index)", name: "Node \(index)", kind: .person) }
        for index in 0..<2_000 {
            builder.addRelationship(from: index, to: (index + 1) % 2_000, kind: "associated_with")
            if index % 10 == 0 { builder.addRelationship(from: index, to: (index + 500) % 2_000, kind: "associated_with") }
        }
        let graph = try builder.build()
        let report = ReportBuilder.build(graph, options: ReportOptions(focus: [1_999], sections: [.diagram, .keyPlayers]))
        let figure = try #require(report.figures.first)
        #expect(figure.isPrimary)
        #expect(figure.entityIDs.count == 501)
        #expect(figure.entityIDs.contains("n1999"))
        #expect(figure.caption.plainText.hasPrefix("The 501 most connected of the network's 2000 entities"))
        #expect(report.sections.map(\.id) == ["diagram", "key-players"])
    }
}
