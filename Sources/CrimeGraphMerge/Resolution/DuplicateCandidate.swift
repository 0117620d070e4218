import CrimeGraph

/// One piece of evidence for or against two entities being the same, with its weight.
public struct MatchReason: Hashable, Sendable, CustomStringConvertible {
    /// What kind of evidence it is; the raw values are the stable codes of the JSON output.
    public enum Code: String, Sendable, Hashable, CaseIterable {
        /// The same text.
        case sameName = "same_name"
        /// The same after folding case, accents and punctuation.
        case sameFoldedName = "same_folded_name"
        /// The same once honorifics, legal-form words and fillers are left out.
        case sameNameWithoutTitles = "same_name_without_titles"
        /// The same words in another order.
        case reorderedWords = "reordered_words"
        /// The same romanization key.
        case transliteration
        /// One name is the initials of the other.
        case initials
        /// Every word of one name is in the other.
        case containsName = "contains_name"
        /// Words spelled alike.
        case similarSpelling = "similar_spelling"
        /// A `same_as` relationship ties them.
        case declaredSameAs = "declared_same_as"
        /// A property with the same value on both.
        case sameProperty = "same_property"
        /// An identifying property (birth date, passport, registration number…) that differs.
        case differentProperty = "different_property"
        /// Their dates overlap.
        case datesOverlap = "dates_overlap"
        /// Their dates do not overlap.
        case datesDiffer = "dates_differ"
        /// They are tied to the same other entities.
        case sharedNeighbors = "shared_neighbors"
    }

    /// The kind of evidence.
    public let code: Code
    /// The evidence in words: "same name without 'co ltd': 'jing chhay'".
    public let text: String
    /// What it adds to the score: the name score for the name reason, a small bonus or a
    /// penalty for the others.
    public let weight: Double

    /// Creates a reason.
    public init(code: Code, text: String, weight: Double) {
        self.code = code
        self.text = text
        self.weight = weight
    }

    /// `text (+0.03)`.
    public var description: String { text }
}

/// Two entities that are probably the same, with a score from 0 to 1 and the reasons.
public struct DuplicateCandidate: Hashable, Sendable {
    /// The id of the entity that comes first in load order (the one a merge keeps by default).
    public let first: String
    /// The id of the other entity.
    public let second: String
    /// The kind both have.
    public let kind: EntityKind
    /// The name of ``first``.
    public let firstName: String
    /// The name of ``second``.
    public let secondName: String
    /// 0…1, rounded to two decimals: the best name match plus the other evidence.
    public let score: Double
    /// The name match first, then the other evidence.
    public let reasons: [MatchReason]

    /// Creates a candidate.
    public init(first: String, second: String, kind: EntityKind, firstName: String, secondName: String,
                score: Double, reasons: [MatchReason]) {
        self.first = first
        self.second = second
        self.kind = kind
        self.firstName = firstName
        self.secondName = secondName
        self.score = score
        self.reasons = reasons
    }
}

/// What ``DuplicateFinder`` found, with how much work it did.
public struct DuplicateReport: Sendable {
    /// Candidates at or above the minimum score, highest score first, then by load order.
    public let candidates: [DuplicateCandidate]
    /// The number of entities considered.
    public let entityCount: Int
    /// The number of distinct pairs the blocking keys proposed and that were scored.
    public let comparedPairs: Int
    /// Blocking keys shared by more entities than ``DuplicateOptions/maximumBlockSize`` (words
    /// so common they say nothing, such as a frequent surname); their pairs were not proposed.
    public let skippedBlocks: Int
}

/// How ``DuplicateFinder`` searches.
public struct DuplicateOptions: Sendable {
    /// Candidates scoring below this are left out. Default 0.6.
    public var minimumScore: Double
    /// Only entities of these kinds, when set.
    public var kinds: Set<EntityKind>?
    /// Blocks larger than this are skipped (exact-name blocks may be four times larger).
    public var maximumBlockSize: Int

    /// Creates options.
    public init(minimumScore: Double = 0.6, kinds: Set<EntityKind>? = nil, maximumBlockSize: Int = 200) {
        self.minimumScore = minimumScore
        self.kinds = kinds
        self.maximumBlockSize = maximumBlockSize
    }
}
