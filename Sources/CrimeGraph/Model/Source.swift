/// Where facts come from: an article, a report, a court filing, a leak.
public struct Source: Hashable, Sendable {
    /// A stable slug.
    public var id: String
    /// The title, or a description when the material has none.
    public var title: String
    /// Who published it; `unknown` when the material does not say.
    public var publisher: String
    /// When it was published, if known.
    public var date: CaseDate?
    /// The source text, relative to the case file that names it.
    public var file: String?
    /// Where it can be read.
    public var url: String?
    /// When it was read.
    public var accessed: CaseDate?
    /// How far the source and its information can be trusted.
    public var reliability: AdmiraltyCode?
    /// The language of the text, such as `en`.
    public var language: String?
    /// Free notes.
    public var notes: String?
    /// Where the source was defined.
    public var origin: SourceLocation?

    /// Creates a source.
    public init(
        id: String, title: String, publisher: String = "unknown", date: CaseDate? = nil, file: String? = nil,
        url: String? = nil, accessed: CaseDate? = nil, reliability: AdmiraltyCode? = nil,
        language: String? = nil, notes: String? = nil, origin: SourceLocation? = nil
    ) {
        self.id = id
        self.title = title
        self.publisher = publisher
        self.date = date
        self.file = file
        self.url = url
        self.accessed = accessed
        self.reliability = reliability
        self.language = language
        self.notes = notes
        self.origin = origin
    }

    /// Equality of content, ignoring where it was written.
    public func isEquivalent(to other: Source) -> Bool {
        var a = self
        var b = other
        a.origin = nil
        b.origin = nil
        return a == b
    }
}

/// The Admiralty (NATO) grading of a source, as i2 and intelligence analysts use it: a letter
/// for the source's reliability (A completely reliable … E unreliable, F cannot be judged) and a
/// digit for the information's credibility (1 confirmed … 5 improbable, 6 cannot be judged).
public struct AdmiraltyCode: Hashable, Sendable, CustomStringConvertible {
    /// A…F.
    public let reliability: Character
    /// 1…6.
    public let credibility: Int

    /// Parses `B2`; nil unless a letter A–F is followed by a digit 1–6.
    public init?(_ text: String) {
        let characters = Array(text)
        guard characters.count == 2, let letter = characters.first, "ABCDEF".contains(letter),
            let digit = characters.last?.wholeNumberValue, (1...6).contains(digit)
        else { return nil }
        reliability = letter
        credibility = digit
    }

    /// `B2`.
    public var description: String { "\(reliability)\(credibility)" }

    /// "usually reliable, probably true".
    public var meaning: String {
        let source = ["A": "completely reliable", "B": "usually reliable", "C": "fairly reliable",
                      "D": "not usually reliable", "E": "unreliable", "F": "reliability cannot be judged"]
        let information = [1: "confirmed", 2: "probably true", 3: "possibly true", 4: "doubtful",
                           5: "improbable", 6: "truth cannot be judged"]
        return "\(source[String(reliability)] ?? "?"), \(information[credibility] ?? "?")"
    }
}
