import CrimeGraph

/// One numbered note: a citation — a source, a paragraph and perhaps a few words quoted.
public struct Footnote: Hashable, Sendable {
    /// The note's number, from 1.
    public let number: Int
    /// What is cited.
    public let citation: Citation
    /// The number of the cited source in the report's source list (`S1` is 1), or nil when the
    /// source is unknown to the graph.
    public let sourceNumber: Int?

    /// `S1 ¶6`.
    public var reference: String {
        let source = sourceNumber.map { "S\($0)" } ?? citation.source
        return citation.paragraph.map { "\(source) ¶\($0)" } ?? source
    }

    /// `S1 ¶6: “rounded up nearly 900 foreigners”`.
    public var text: String {
        citation.quote.map { "\(reference): “\($0)”" } ?? reference
    }
}

/// The report's notes, numbered in the order they are first cited; citing the same source,
/// paragraph and quote again gives the same number.
public struct FootnoteList: Sendable {
    /// The sources notes can cite, numbered from 1 in this order.
    public let sources: [Source]
    /// The notes, in number order (`notes[0]` is note 1).
    public private(set) var notes: [Footnote] = []
    private var numbers: [Citation: Int] = [:]
    private var sourceNumbers: [String: Int] = [:]

    /// An empty list citing `sources`.
    public init(sources: [Source]) {
        self.sources = sources
        for (position, source) in sources.enumerated() where sourceNumbers[source.id] == nil {
            sourceNumbers[source.id] = position + 1
        }
    }

    /// The number of the note for `citation`, adding it if it is new.
    public mutating func number(for citation: Citation) -> Int {
        if let number = numbers[citation] { return number }
        let number = notes.count + 1
        notes.append(Footnote(number: number, citation: citation, sourceNumber: sourceNumbers[citation.source]))
        numbers[citation] = number
        return number
    }

    /// The numbers for several citations, without repeats, in citation order.
    public mutating func numbers(for citations: [Citation]) -> [Int] {
        var seen = Set<Int>()
        return citations.map { number(for: $0) }.filter { seen.insert($0).inserted }
    }

    /// The note with this number.
    public func note(_ number: Int) -> Footnote? {
        number >= 1 && number <= notes.count ? notes[number - 1] : nil
    }

    /// The number of `source` in the source list (from 1).
    public func number(ofSource id: String) -> Int? { sourceNumbers[id] }
}
