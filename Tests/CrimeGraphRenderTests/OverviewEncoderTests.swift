import CrimeGraph
import CrimeGraphIO
import Foundation
import Testing

@testable import CrimeGraphRender

@Suite("Overview: group diagrams in DOT and SVG")
struct OverviewEncoderTests {
    /// Graphviz draws one node per group, the largest labelled with name, size and most-tied
    /// members, the others with their size, and a legend that says what `other` holds.
    @Test func svgHasOneNodePerGroupLabelledBySize() throws {
        let graph = try PlantedNetwork.make()
        let diagram = GroupDiagram(graph, by: .community(seed: 1), minimumSize: 10)
        let dot = GroupDOTEncoder.encode(diagram, options: DiagramOptions(title: "Planted"), engine: .neato, labelledGroups: 3)
        let svg = try GraphvizRenderer(timeout: .seconds(60)).render(dot: dot, engine: .neato, format: .svg)
        let parsed = try SVGNodeTexts.parse(svg)
        #expect(parsed.nodeIDs == ["group-1", "group-2", "group-3", "group-4", "group-5", "group-6", "group-other"])
        let first = try #require(parsed.texts["group-1"])
        #expect(first.prefix(2) == ["community 1", "60 entities"])
        #expect(first.count == 4, "two most-tied members' names: \(first)")
        #expect(parsed.texts["group-4"] == ["30"])
        #expect(parsed.texts["group-other"] == ["other", "5 communities", "15 entities"])
        let text = String(decoding: svg, as: UTF8.self)
        #expect(text.contains("Planted"))
        #expect(text.contains("Overview of 225 entities"))
        #expect(text.contains("&#39;other&#39; gathers 5 communities of fewer than 10 entities (15 entities).")
            || text.contains("'other' gathers 5 communities of fewer than 10 entities (15 entities)."))
        #expect(text.contains("id=\"tie&#45;1&#45;2\""), "Graphviz writes the hyphens of ids as &#45;")
    }

    @Test func tiesCarryTheirCountUnlessLabelsAreOff() throws {
        let diagram = GroupDiagram(try PlantedNetwork.make(), by: .community(seed: 1), minimumSize: 10)
        let dot = GroupDOTEncoder.encode(diagram, engine: .neato)
        #expect(dot.contains("\"g1\" -- \"g2\" [label=<<TABLE"))
        #expect(dot.contains("<TD>3</TD>"))
        let bare = GroupDOTEncoder.encode(diagram, options: DiagramOptions(edgeLabels: DiagramOptions.EdgeLabels.none, legend: false), engine: .neato)
        #expect(!bare.contains("-- \"g2\" [label="))
        #expect(!bare.contains("Overview of"))
        // The strongest tie is the thickest and darkest.
        #expect(dot.contains("penwidth=7, color=\"#333333E0\""))
    }

    @Test func kindGroupsKeepTheirKindsLook() throws {
        let graph = try GraphLoader.load([Fixtures.sihanoukville]).graph
        let diagram = GroupDiagram(graph, by: .kind)
        #expect(diagram.groups.count == graph.entityKinds.count)
        let dot = GroupDOTEncoder.encode(diagram, engine: GroupDOTEncoder.engine(for: diagram))
        let event = KindStyle.of(.event)
        #expect(dot.contains("shape=\(event.shape), style=\"filled\", fillcolor=\"\(event.fill)\", fontcolor=\"#FFFFFF\""))
        #expect(GroupDOTEncoder.engine(for: diagram) == .neato)
    }

    /// Group names are data: markup, escapes and DOT syntax come out as written.
    @Test func hostileGroupNamesAreDrawnAsWritten() throws {
        var builder = GraphBuilder()
        for (index, name) in hostileNames.enumerated() {
            builder.add(Entity(id: "n\(index)", kind: .person, name: "Member \(index)", properties: ["cell": .string(name)]))
        }
        for index in 1..<hostileNames.count {
            builder.add(Relationship(from: "n0", to: "n\(index)", kind: "associated_with"))
        }
        let graph = try builder.build()
        let diagram = GroupDiagram(graph, by: .property("cell"))
        let dot = GroupDOTEncoder.encode(diagram, options: DiagramOptions(title: "<T> & \"q\" \\N"), engine: .neato)
        let svg = try GraphvizRenderer(timeout: .seconds(60)).render(dot: dot, engine: .neato, format: .svg)
        let parsed = try SVGNodeTexts.parse(svg)
        for (index, group) in diagram.groups.enumerated() {
            let texts = try #require(parsed.texts["group-\(index + 1)"])
            #expect(texts.first == group.name || DOTText.wrap(group.name, width: 22) == Array(texts.prefix(DOTText.wrap(group.name, width: 22).count)),
                    "\(group.name): \(texts)")
        }
        #expect(String(decoding: svg, as: UTF8.self).contains("&lt;T&gt; &amp; &quot;q&quot; \\N"))
    }

    @Test func scaleThresholdsAreConsistent() {
        #expect(DiagramScale.needsOverview(entities: 2_001, relationships: 10))
        #expect(DiagramScale.needsOverview(entities: 100, relationships: 5_001))
        #expect(!DiagramScale.needsOverview(entities: 2_000, relationships: 5_000))
        #expect(DiagramScale.maximumEntities > DiagramScale.overviewEntities)
        #expect(DiagramScale.labelledGroups < DiagramScale.maximumGroups)
    }

    @Test func edgesCurveOnlyInSmallDiagrams() throws {
        let small = try GraphLoader.load([Fixtures.sihanoukville]).graph
        #expect(DOTEncoder.encode(small, engine: .neato).contains("splines=\"true\""))
        let large = try PlantedNetwork.make()
        #expect(large.relationshipCount > DiagramScale.maximumCurvedEdges)
        #expect(DOTEncoder.encode(large, engine: .sfdp).contains("splines=\"false\""))
        var curved = DiagramOptions()
        curved.curvedEdges = true
        #expect(DOTEncoder.encode(large, options: curved, engine: .sfdp).contains("splines=\"true\""))
    }
}
