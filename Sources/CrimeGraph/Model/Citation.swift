/// Where a fact comes from: a source, the paragraph that states it, and optionally a few
/// words of it as evidence.
public struct Citation: Hashable, Sendable, CustomStringConvertible {
    /// The id of a ``Source``.
    public var source: String
    /// The paragraph, counting the non-blank lines of the source text from 1.
    public var paragraph: Int?
    /// A few words of the paragraph, verbatim.
    public var quote: String?
    /// Where the citation was written.
    public var origin: SourceLocation?

    /// Creates a citation.
    public init(source: String, paragraph: Int? = nil, quote: String? = nil, origin: SourceLocation? = nil) {
        self.source = source
        self.paragraph = paragraph
        self.quote = quote
        self.origin = origin
    }

    /// `source ¶N`.
    public var description: String { paragraph.map { "\(source) ¶\($0)" } ?? source }

    /// Equality of what is cited, ignoring where the citation was written.
    public func sameReference(as other: Citation) -> Bool {
        source == other.source && paragraph == other.paragraph && quote == other.quote
    }

    /// Whether two citations cite the same source, paragraph and quote (see ``sameReference(as:)``).
    public static func == (lhs: Citation, rhs: Citation) -> Bool { lhs.sameReference(as: rhs) }

    /// Hashes what is cited, consistently with `==`.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(source)
        hasher.combine(paragraph)
        hasher.combine(quote)
    }
}
