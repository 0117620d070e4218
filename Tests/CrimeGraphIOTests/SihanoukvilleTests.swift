import CrimeGraph
import Testing

@testable import CrimeGraphIO

/// The facts of one element of the case that carry figures, and the paragraphs they cite.
struct CitedFacts {
    var owner: String
    var citations: [Citation]
    var texts: [String] = []
    var values: [Double] = []
    var dates: [CaseDate] = []

    /// Every figure these facts hold: values, numbers written in texts, dates' days and years.
    var figures: Set<Double> {
        var all = Set(values)
        for text in texts { all.formUnion(NumberScan.numbers(in: text)) }
        for date in dates {
            if let text = date.text { all.formUnion(NumberScan.numbers(in: text)) }
            for part in [date.start] + (date.end.map { [$0] } ?? []) {
                all.insert(Double(part.year))
                if let day = part.day { all.insert(Double(day)) }
            }
        }
        return all
    }
}

/// Splits the case into facts: each entity and relationship, and each quantity that carries
/// its own citation.
func citedFacts(_ graph: Graph) -> [CitedFacts] {
    var facts: [CitedFacts] = []
    func add(owner: String, citations: [Citation], texts: [String], date: CaseDate?, properties: PropertyList) {
        var own = CitedFacts(owner: owner, citations: citations, texts: texts, dates: date.map { [$0] } ?? [])
        func visit(_ value: PropertyValue, key: String) {
            switch value {
            case .string(let text): own.texts.append(text)
            case .integer(let number): own.values.append(Double(number))
            case .number(let number): own.values.append(number)
            case .boolean: break
            case .list(let values): values.forEach { visit($0, key: key) }
            case .quantity(let quantity):
                var figure = CitedFacts(owner: "\(owner): \(key)", citations: quantity.citations.isEmpty ? citations : quantity.citations)
                figure.values = quantity.value.map { [$0] } ?? []
                figure.texts = quantity.text.map { [$0] } ?? []
                facts.append(figure)
            }
        }
        for property in properties { visit(property.value, key: property.key) }
        facts.append(own)
    }
    for index in 0..<graph.entityCount {
        add(owner: "entity \(graph.id(of: index))", citations: graph.citations(ofEntity: index),
            texts: [graph.name(of: index)] + graph.aliases(of: index), date: graph.date(ofEntity: index),
            properties: graph.properties(ofEntity: index))
    }
    for index in 0..<graph.relationshipCount {
        add(owner: "relationship \(graph.relationshipID(of: index))", citations: graph.citations(ofRelationship: index),
            texts: [], date: graph.date(ofRelationship: index), properties: graph.properties(ofRelationship: index))
    }
    return facts
}

@Suite("The Sihanoukville network")
struct SihanoukvilleTests {
    /// The graph and the source texts, or nil when `../shared/seeds` is absent (reported).
    static func load(sourceLocation: Testing.SourceLocation = #_sourceLocation) throws -> (graph: Graph, texts: [String: SourceText])? {
        guard Fixtures.shared("seeds", sourceLocation: sourceLocation) != nil else { return nil }
        let graph = try GraphLoader.load([Fixtures.sihanoukville]).graph
        var texts: [String: SourceText] = [:]
        for source in graph.sources {
            guard let file = source.file else { continue }
            texts[source.id] = try SourceText(contentsOf: SourceText.resolve(file, relativeTo: Fixtures.sihanoukville))
        }
        return (graph, texts)
    }

    @Test func validatesWithoutWarnings() throws {
        let loaded = try GraphLoader.load([Fixtures.sihanoukville])
        if Fixtures.shared("seeds") != nil { #expect(loaded.warnings.isEmpty, "\(loaded.warnings)") }
        #expect(loaded.graph.connectedComponents().count == 1)
    }

    @Test func everyEntityAndRelationshipCitesAParagraph() throws {
        let graph = try GraphLoader.load([Fixtures.sihanoukville]).graph
        for index in 0..<graph.entityCount {
            let citations = graph.citations(ofEntity: index)
            #expect(!citations.isEmpty && citations.allSatisfy { $0.paragraph != nil }, "entity \(graph.id(of: index))")
        }
        for index in 0..<graph.relationshipCount {
            let citations = graph.citations(ofRelationship: index)
            #expect(!citations.isEmpty && citations.allSatisfy { $0.paragraph != nil }, "relationship \(graph.relationshipID(of: index))")
        }
    }

    /// Every figure in a cited paragraph is held by some fact citing that paragraph.
    @Test func everyNumberOfACitedParagraphIsCaptured() throws {
        guard let (graph, texts) = try Self.load() else { return }
        let facts = citedFacts(graph)
        var cited: [String: Set<Int>] = [:]
        for fact in facts { for citation in fact.citations { if let p = citation.paragraph { cited[citation.source, default: []].insert(p) } } }
        for (source, paragraphs) in cited.sorted(by: { $0.key < $1.key }) {
            for paragraph in paragraphs.sorted() {
                guard let text = texts[source]?.paragraph(paragraph) else { continue }
                let citing = facts.filter { $0.citations.contains { $0.source == source && $0.paragraph == paragraph } }
                let captured = citing.reduce(into: Set<Double>()) { $0.formUnion($1.figures) }
                let missing = NumberScan.numbers(in: text).subtracting(captured)
                #expect(missing.isEmpty, "\(source) ¶\(paragraph) states \(missing.sorted()) but no fact citing it holds them")
            }
        }
    }

    /// Every figure a fact holds is stated in a paragraph it cites. A date's day and month must be
    /// stated there (or in the date's own wording); its year may come from any cited source of the
    /// case, since articles rarely repeat the year.
    @Test func everyCapturedNumberIsInItsParagraph() throws {
        guard let (graph, texts) = try Self.load() else { return }
        let yearsInSources = texts.values.reduce(into: Set<Double>()) { years, text in
            years.formUnion(NumberScan.numbers(in: text.paragraphs.joined(separator: "\n")).filter { (1900...2100).contains($0) })
        }
        for fact in citedFacts(graph) {
            let paragraphs = fact.citations.compactMap { citation in citation.paragraph.flatMap { texts[citation.source]?.paragraph($0) } }
            guard !paragraphs.isEmpty else { continue }
            let stated = paragraphs.reduce(into: Set<Double>()) { $0.formUnion(NumberScan.numbers(in: $1)) }
            var held = Set(fact.values)
            for text in fact.texts { held.formUnion(NumberScan.numbers(in: text)) }
            let unstated = held.subtracting(stated)
            #expect(unstated.isEmpty, "\(fact.owner) holds \(unstated.sorted()), not stated in \(fact.citations.map(\.description))")
            let monthsStated = paragraphs.reduce(into: Set<Int>()) { $0.formUnion(NumberScan.monthsNamed(in: $1)) }
            for date in fact.dates {
                if let wording = date.text {
                    let extra = NumberScan.numbers(in: wording).subtracting(stated)
                    #expect(extra.isEmpty, "\(fact.owner): date wording '\(wording)' has \(extra.sorted()) not in its paragraphs")
                    continue
                }
                for part in [date.start] + (date.end.map { [$0] } ?? []) {
                    if let day = part.day { #expect(stated.contains(Double(day)), "\(fact.owner): day \(day) of \(date.iso) not stated") }
                    if let month = part.month { #expect(monthsStated.contains(month), "\(fact.owner): month \(month) of \(date.iso) not named") }
                    #expect(stated.contains(Double(part.year)) || yearsInSources.contains(Double(part.year)),
                        "\(fact.owner): year \(part.year) of \(date.iso) appears in no source")
                }
            }
        }
    }

    @Test func numberScanReadsFiguresAsWritten() {
        #expect(NumberScan.numbers(in: "collected 118 million riel ($28,440)") == [118_000_000, 28_440])
        #expect(NumberScan.numbers(in: "Two million of them had visited the city in 2019") == [2_000_000, 2019])
        #expect(NumberScan.numbers(in: "a dozen police raids, half of whom, Covid-19, a three-day operation") == [12, 0.5, 19, 3])
        #expect(NumberScan.numbers(in: "September 19-22; 38.6% left; one important aspect") == [19, 22, 38.6])
        #expect(NumberScan.monthsNamed(in: "between August 18 and October 4") == [8, 10])
    }
}
