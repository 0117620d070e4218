/// A piece of running text in a report: plain or emphasised words, a mention of an entity, a
/// footnote marker, a link.
///
/// Writers escape every string for their output (HTML text, Markdown), so any text — a name
/// holding `<script>`, quotes or `&` — is shown as written and never read as markup.
public enum Inline: Hashable, Sendable {
    /// Plain text.
    case text(String)
    /// Emphasised text (italic).
    case emphasis(String)
    /// Strong text (bold).
    case strong(String)
    /// A short code-like word, such as a relation kind or an option.
    case code(String)
    /// A mention of an entity: its name, linked to its details (the HTML panel) by its id.
    case entity(id: String, name: String)
    /// A footnote marker: the number of a ``Footnote`` in the report's ``FootnoteList``.
    case footnote(Int)
    /// A link. Writers only make `http`, `https` and `mailto` addresses clickable; any other
    /// address is shown as text.
    case link(text: String, url: String)

    /// The text a reader sees, without markup (footnotes as `[N]`).
    public var plainText: String {
        switch self {
        case .text(let text), .emphasis(let text), .strong(let text), .code(let text): return text
        case .entity(_, let name): return name
        case .footnote(let number): return "[\(number)]"
        case .link(let text, _): return text
        }
    }
}

/// A run of ``Inline`` pieces: the content of a paragraph, a list item or a table cell.
public struct RichText: Hashable, Sendable, ExpressibleByStringLiteral, ExpressibleByArrayLiteral {
    /// The pieces in order.
    public var inlines: [Inline]

    /// Text made of these pieces.
    public init(_ inlines: [Inline] = []) { self.inlines = inlines }

    /// Plain text.
    public init(_ text: String) { self.inlines = text.isEmpty ? [] : [.text(text)] }

    /// Plain text from a literal.
    public init(stringLiteral value: String) { self.init(value) }

    /// Text from a literal list of pieces.
    public init(arrayLiteral elements: Inline...) { self.inlines = elements }

    /// Whether there is nothing to show.
    public var isEmpty: Bool { inlines.isEmpty }

    /// The text a reader sees, without markup.
    public var plainText: String { inlines.map(\.plainText).joined() }

    /// Appends a piece.
    public mutating func append(_ inline: Inline) { inlines.append(inline) }

    /// Appends pieces.
    public mutating func append(contentsOf other: some Sequence<Inline>) { inlines.append(contentsOf: other) }

    /// Appends plain text.
    public mutating func append(_ text: String) { if !text.isEmpty { inlines.append(.text(text)) } }

    /// The two texts one after the other.
    public static func + (lhs: RichText, rhs: RichText) -> RichText { RichText(lhs.inlines + rhs.inlines) }

    /// Texts joined by a separator (`; ` by default: names often contain commas).
    public static func joined(_ parts: [RichText], separator: String = "; ") -> RichText {
        var result = RichText()
        for (position, part) in parts.enumerated() {
            if position > 0 { result.append(separator) }
            result.append(contentsOf: part.inlines)
        }
        return result
    }
}
