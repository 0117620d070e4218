import CrimeGraph

/// A complete analysis report, independent of its output format: a title, notices (redaction,
/// date cut-off), sections of blocks, the entity cards behind the HTML panel and search, and
/// the numbered sources and notes every claim points to.
///
/// ``ReportBuilder`` makes the standard report from a graph; a Swift program can assemble its
/// own with ``ReportComposer`` or by filling the fields directly, then write it with
/// ``HTMLReportWriter`` or ``MarkdownReportWriter``.
public struct Report: Sendable {
    /// The title.
    public var title: String
    /// A line or paragraph under the title (the case description).
    public var subtitle: RichText?
    /// Statements the reader must see first, such as "this report is redacted".
    public var notices: [RichText]
    /// The sections, in order.
    public var sections: [ReportSection]
    /// The cited sources and the numbered notes.
    public var footnotes: FootnoteList
    /// Whether to end with the list of sources and notes.
    public var listsSources: Bool
    /// Per entity, what the HTML panel shows and its search box matches.
    public var entities: [EntityCard]
    /// Relationship ids and how each reads (`Sar Kheng —holds post→ Ministry of Interior`), for
    /// the HTML diagram's hover text.
    public var relationshipLabels: [String: String]
    /// Whether names were replaced by pseudonyms (see ``Redaction``).
    public var isRedacted: Bool

    /// Creates a report.
    public init(
        title: String, subtitle: RichText? = nil, notices: [RichText] = [], sections: [ReportSection] = [],
        footnotes: FootnoteList = FootnoteList(sources: []), listsSources: Bool = true, entities: [EntityCard] = [],
        relationshipLabels: [String: String] = [:], isRedacted: Bool = false
    ) {
        self.title = title
        self.subtitle = subtitle
        self.notices = notices
        self.sections = sections
        self.footnotes = footnotes
        self.listsSources = listsSources
        self.entities = entities
        self.relationshipLabels = relationshipLabels
        self.isRedacted = isRedacted
    }

    /// Every figure, in document order.
    public var figures: [Figure] { sections.flatMap(\.figures) }

    /// Applies `transform` to every figure in place.
    public mutating func updateFigures(_ transform: (inout Figure) -> Void) {
        for section in sections.indices {
            for block in sections[section].blocks.indices {
                if case .figure(var figure) = sections[section].blocks[block] {
                    transform(&figure)
                    sections[section].blocks[block] = .figure(figure)
                }
            }
        }
    }
}
