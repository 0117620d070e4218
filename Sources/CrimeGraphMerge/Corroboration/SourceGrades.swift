import CrimeGraph

/// Citations written with their source's Admiralty grade: `a1 ¶9 [B2] "469 foreigners"`, for
/// `show`, `explain` and reports.
public struct SourceGrades: Sendable {
    private let grades: [String: AdmiraltyCode]

    /// Indexes the grades of `sources`.
    public init(sources: [Source]) {
        var grades: [String: AdmiraltyCode] = [:]
        for source in sources { if let grade = source.reliability { grades[source.id] = grade } }
        self.grades = grades
    }

    /// The grade of the source with `id`, if it has one.
    public func grade(ofSource id: String) -> AdmiraltyCode? { grades[id] }

    /// `a1 ¶9 [B2]`, then ` "quote"` when asked and present; no brackets for an ungraded source.
    public func text(_ citation: Citation, quote: Bool = true) -> String {
        var text = citation.description
        if let grade = grades[citation.source] { text += " [\(grade)]" }
        if quote, let words = citation.quote { text += " \"\(words)\"" }
        return text
    }

    /// Citations joined with `; `, as `Present.citationText` writes them, with grades.
    public func text(_ citations: [Citation], quotes: Bool = true) -> String {
        citations.map { text($0, quote: quotes) }.joined(separator: "; ")
    }

    /// `B2 (usually reliable, probably true)`, or nil for an ungraded source.
    public func describe(source id: String) -> String? {
        grades[id].map { "\($0) (\($0.meaning))" }
    }
}
