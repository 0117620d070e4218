import CrimeGraph

/// Assembles a report from a graph: sections written by the caller or made by the standard
/// builders, with footnote numbers shared by all of them.
///
/// ```swift
/// var composer = ReportComposer(graph: graph)
/// let raid = try graph.resolve("Second raid, Galaxy World")
/// composer.append(ReportSection(id: "raid", title: "The raid", blocks: [
///     .paragraph(composer.mention(raid) + " targeted Galaxy World."),
/// ]))
/// composer.append(.timeline)
/// let report = composer.report(title: "Galaxy World")
/// ```
public struct ReportComposer: Sendable {
    /// The graph the report describes.
    public let graph: Graph
    /// Settings the standard sections follow.
    public var options: ReportOptions
    /// The notes numbered so far.
    public var footnotes: FootnoteList
    /// The sections so far.
    public var sections: [ReportSection] = []

    /// A composer for `graph`.
    public init(graph: Graph, options: ReportOptions = ReportOptions()) {
        self.graph = graph
        self.options = options
        self.footnotes = FootnoteList(sources: graph.sources)
    }

    // MARK: Pieces of text

    /// A mention of the entity at `index`, linked to its details.
    public func entity(_ index: Int) -> Inline { .entity(id: graph.id(of: index), name: graph.name(of: index)) }

    /// Footnote markers for `citations`, numbering new ones.
    public mutating func cite(_ citations: [Citation]) -> [Inline] {
        footnotes.numbers(for: citations).map(Inline.footnote)
    }

    /// The entity, with a note for the first citation that establishes it.
    public mutating func mention(_ index: Int) -> RichText {
        RichText([entity(index)] + cite(Array(graph.citations(ofEntity: index).prefix(1))))
    }

    /// The relationship as `A —kind→ B` (or `B ←kind— A` when read from `B`), with its notes.
    public mutating func hop(_ relationship: Int, from start: Int? = nil) -> RichText {
        let source = graph.source(of: relationship)
        let target = graph.target(of: relationship)
        let kind = Wording.relation(graph.relationKind(of: relationship))
        var text: RichText
        if let start, start == target, source != target {
            text = RichText([entity(target), .text(" ←\(kind)— "), entity(source)])
        } else {
            text = RichText([entity(source), .text(" —\(kind)→ "), entity(target)])
        }
        if let date = graph.date(ofRelationship: relationship) { text.append(", dated \(date)") }
        text.append(contentsOf: cite(graph.citations(ofRelationship: relationship)))
        return text
    }

    // MARK: Sections

    /// Appends a section.
    public mutating func append(_ section: ReportSection) { sections.append(section) }

    /// Appends a standard section built from the graph (``StandardSection/sources`` adds
    /// nothing here: the source list closes every report that `report(title:subtitle:notices:)`
    /// makes with `listsSources`).
    public mutating func append(_ standard: StandardSection) {
        switch standard {
        case .summary: append(SummarySection.build(&self))
        case .diagram: append(DiagramSection.build(&self))
        case .keyPlayers: append(KeyPlayersSection.build(&self))
        case .brokers: append(BrokersSection.build(&self))
        case .communities: append(CommunitiesSection.build(&self))
        case .connections: append(ConnectionsSection.build(&self))
        case .timeline: append(TimelineSection.build(&self))
        case .outcomes: append(OutcomeChainsSection.build(&self))
        case .sources: break
        }
    }

    /// The finished report: the sections so far, the entity cards for the HTML panel (whose
    /// citations are numbered after those of the sections) and the notes.
    public mutating func report(
        title: String? = nil, subtitle: RichText? = nil, notices: [RichText] = [], listsSources: Bool = true,
        isRedacted: Bool = false
    ) -> Report {
        let cards = EntityCards.build(&self)
        var labels: [String: String] = [:]
        for relationship in 0..<graph.relationshipCount {
            let kind = Wording.relation(graph.relationKind(of: relationship))
            labels[graph.relationshipID(of: relationship)] =
                "\(graph.name(of: graph.source(of: relationship))) —\(kind)→ \(graph.name(of: graph.target(of: relationship)))"
        }
        return Report(
            title: title ?? options.title ?? graph.title ?? "CrimeGraph report", subtitle: subtitle, notices: notices,
            sections: sections, footnotes: footnotes, listsSources: listsSources, entities: cards,
            relationshipLabels: labels, isRedacted: isRedacted)
    }
}
