import CrimeGraph
import CrimeGraphReport
import Foundation
import Testing

@Suite("Redaction")
struct RedactionTests {
    /// Every name, alias and id of the people in the Sihanoukville graph, and name parts.
    static func personStrings(_ graph: Graph) -> [String] {
        var strings: [String] = []
        for person in graph.entities(ofKind: .person) {
            strings += [graph.name(of: person), graph.id(of: person)] + graph.aliases(of: person)
            strings += graph.name(of: person).split(separator: " ").map(String.init).filter { $0.count >= 4 }
        }
        return strings
    }

    @Test func noRedactedNameAppearsAnywhereInTheFiles() throws {
        let original = try ReportTestSupport.sihanoukville()
        let focus = try ["Hun Sen", "Galaxy World"].map { try original.resolve($0) }
        let redacted = try Redaction.apply(["person"], to: original)
        #expect(redacted.redactedCount == 5)
        var report = ReportBuilder.build(
            redacted.graph, options: ReportOptions(title: redacted.mask("Report on Sar Kheng"), focus: focus),
            notices: [RichText(redacted.notice)], isRedacted: true)
        FigureRenderer(formats: [.svg]).render(&report)
        let html = HTMLReportWriter().write(report)
        let markdown = MarkdownReportWriter().write(report, imageStem: "r")
        var everything = html + markdown.text
        for file in markdown.files where file.name.hasSuffix(".svg") { everything += String(decoding: file.bytes, as: UTF8.self) }
        let folded = everything.lowercased()
        for name in Self.personStrings(original) {
            #expect(!folded.contains(name.lowercased()), "'\(name)' appears in the redacted report")
            #expect(!folded.contains(name.lowercased().replacingOccurrences(of: " ", with: "-")), "'\(name)' appears as an id")
        }
        #expect(html.contains("Redacted: the names of 5 entities (5 × person)"))
        #expect(markdown.text.contains("> **Redacted: the names of 5 entities"))
        #expect(html.contains("Person A"))
        #expect(html.contains("Meeting of [Person A] and Chinese ambassador [Person B]"))
        #expect(report.title == "Report on [Person A]")
        let structure = try HTMLStructure(html)
        #expect((structure.entityNodes["figure-network"] ?? []).count == original.entityCount)
    }

    @Test func tagsSelectEntitiesAndOtherTextIsMasked() throws {
        var builder = GraphBuilder()
        builder.add(Source(id: "s", title: "Interview with Ana Müller"))
        _ = builder.add(Entity(id: "ana", kind: .person, name: "Ana Müller", aliases: ["Ana"], tags: ["victim"],
                               properties: ["age": .integer(14)], citations: [Citation(source: "s", paragraph: 1, quote: "ANA MULLER said")]))
        _ = builder.add(Entity(id: "bo", kind: .person, name: "Bo Lind", tags: ["witness"]))
        _ = builder.add(Entity(id: "ring", kind: .organization, name: "Ring that exploited Ana", properties: ["ana_mullers_role": .string("victim of Ana Müller's captors; Anabel is another person")]))
        builder.add(Relationship(from: "ring", to: "ana", kind: "associated_with", citations: [Citation(source: "s", paragraph: 2, quote: "Bo Lind saw Ana")]))
        builder.add(Relationship(from: "bo", to: "ring", kind: "associated_with"))
        let graph = try builder.build()
        let redacted = try Redaction.apply(["victim", "witness"], to: graph)
        let view = redacted.graph
        #expect(view.name(of: 0) == "Victim A")
        #expect(view.name(of: 1) == "Witness A")
        #expect(view.aliases(of: 0).isEmpty && view.properties(ofEntity: 0).isEmpty)
        #expect(view.name(of: 2) == "Ring that exploited [Victim A]")
        #expect(view.citations(ofEntity: 0).first?.quote == "[Victim A] said")
        #expect(view.citations(ofRelationship: 0).first?.quote == "[Witness A] saw [Victim A]")
        #expect(view.sources.first?.title == "Interview with [Victim A]")
        let property = view.properties(ofEntity: 2).first
        #expect(property?.value.description == "victim of [Victim A]'s captors; Anabel is another person")
        #expect(view.id(of: 0) == "entity-1")
        #expect(view.relationshipID(of: 0) == "relationship-1")
        #expect(try Redaction.apply(["victim"], to: graph).graph.name(of: 1) == "Bo Lind")
    }

    @Test func anUnknownSelectorIsAnErrorWithSuggestions() throws {
        let graph = try ReportTestSupport.sihanoukville()
        let error = #expect(throws: Redaction.Failure.self) { try Redaction.apply(["persn"], to: graph) }
        #expect(error?.description == "--redact persn: no entity has this kind or tag; did you mean 'person'?")
    }
}
