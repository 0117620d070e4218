/// One block of a report section: a paragraph, a subheading, a list, a table, a figure, a note
/// or a list of definitions.
public enum Block: Sendable {
    /// A paragraph of running text.
    case paragraph(RichText)
    /// A subheading inside a section.
    case heading(RichText)
    /// A bulleted (or numbered) list.
    case list(items: [RichText], ordered: Bool)
    /// A table whose columns a reader can sort (in HTML).
    case table(Table)
    /// A diagram.
    case figure(Figure)
    /// Small print: how a measure was computed, a caveat.
    case note(RichText)
    /// Terms with a one-line explanation each, such as the measures of a table.
    case definitions([Definition])
}

/// A term and its one-line explanation.
public struct Definition: Hashable, Sendable {
    /// The term, such as `Betweenness`.
    public var term: String
    /// What it means.
    public var explanation: RichText

    /// Creates a definition.
    public init(term: String, explanation: RichText) {
        self.term = term
        self.explanation = explanation
    }
}

/// A titled part of a report.
public struct ReportSection: Sendable {
    /// A slug unique within the report, used as the HTML anchor and Markdown heading link
    /// (`key-players`).
    public var id: String
    /// The heading.
    public var title: String
    /// The content, in order.
    public var blocks: [Block]

    /// Creates a section.
    public init(id: String, title: String, blocks: [Block] = []) {
        self.id = id
        self.title = title
        self.blocks = blocks
    }

    /// The figures in this section, in order.
    public var figures: [Figure] {
        blocks.compactMap { block in
            if case .figure(let figure) = block { return figure }
            return nil
        }
    }
}
