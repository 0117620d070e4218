import CrimeGraph

/// Why two written names look like one name, and how strongly. The words are built only for
/// the matches that are reported (see ``NameSimilarity/describe(_:_:_:)``).
struct NameMatch: Sendable {
    /// 0…1.
    let score: Double
    /// The rule that matched.
    let rule: MatchReason.Code
    /// Whether the score was capped because one name is a single word.
    let capped: Bool
}

/// Compares two prepared names by a ladder of rules, strongest first; the first that holds
/// gives the score.
///
/// | rule | score |
/// |---|---|
/// | the same text | 1.00 |
/// | the same after folding case, accents and punctuation | 0.97 |
/// | the same words once honorifics, legal forms and fillers are left out | 0.93 |
/// | … when what was left out includes business words ("Trading" / "Holdings") | 0.80 |
/// | the same words in another order | 0.90 |
/// | the same transliteration keys (in order; 0.85 in another order) | 0.87 |
/// | one is the initials of the other ("GDI") | 0.80 |
/// | similar spelling, word by word | 0.85 × the share of matching words |
/// | every word of a name of two or more words is in the other | at least 0.72 |
///
/// Containment does not count for kinds whose names describe (events, offences, outcomes,
/// documents, nationalities): "Illegal online gambling" is narrower than "Illegal gambling".
/// A match on a single word counts less: at most 0.55 for people ("Wang" is many people) and
/// 0.80 for other names of fewer than four letters.
enum NameSimilarity {
    /// Kinds whose names describe rather than name ("Illegal online gambling", "Second raid,
    /// Galaxy World"): a longer description is a narrower thing, so containment does not count.
    static let descriptiveKinds: Set<EntityKind> = [.event, .offence, .outcome, .document, .nationality]

    /// The match between `a` and `b`, or nil when they share nothing worth reporting.
    /// - Complexity: O(w² · L²) for names of w words of length L; names are short.
    static func compare(_ a: NameVariant, _ b: NameVariant, kind: EntityKind) -> NameMatch? {
        guard let (score, rule) = ladder(a, b, containment: !descriptiveKinds.contains(kind)) else { return nil }
        guard a.core.count == 1 || b.core.count == 1 else { return NameMatch(score: score, rule: rule, capped: false) }
        let word = a.core.count == 1 ? a.core[0] : b.core[0]
        let cap: Double
        if kind == .person {
            cap = 0.55
        } else if word.count < 4 && rule != .initials {
            cap = 0.80
        } else {
            return NameMatch(score: score, rule: rule, capped: false)
        }
        return NameMatch(score: min(score, cap), rule: rule, capped: score > cap)
    }

    private static func ladder(_ a: NameVariant, _ b: NameVariant, containment: Bool) -> (Double, MatchReason.Code)? {
        func same(_ field: Int) -> Bool { a.fingerprints[field] == b.fingerprints[field] }
        if same(0), a.text == b.text { return (1.0, .sameName) }
        if same(0), a.folded == b.folded { return (0.97, .sameFoldedName) }
        if same(1), a.core == b.core {
            let business = symmetricDifference(a.dropped, b.dropped).contains {
                NameWords.legalForms.contains($0) && !NameWords.registrationForms.contains($0)
            }
            return (business ? 0.80 : 0.93, .sameNameWithoutTitles)
        }
        if same(2), a.sortedCore == b.sortedCore { return (0.90, .reorderedWords) }
        if same(3), a.keys == b.keys { return (0.87, .transliteration) }
        if same(4), a.sortedKeys == b.sortedKeys { return (0.85, .transliteration) }
        if isInitials(a, of: b) || isInitials(b, of: a) { return (0.80, .initials) }
        let alignment = align(a, b, collecting: false)
        if containment, alignment.isContainment { return (max(0.72, alignment.score), .containsName) }
        guard alignment.share >= 0.5 else { return nil }
        return (alignment.score, .similarSpelling)
    }

    /// The match in words, for a reason: "same name without 'co ltd': 'jing chhay'".
    static func describe(_ match: NameMatch, _ a: NameVariant, _ b: NameVariant) -> String {
        let text: String
        switch match.rule {
        case .sameName: text = "same name '\(a.text)'"
        case .sameFoldedName: text = "same name ignoring case, accents and punctuation: '\(a.folded)'"
        case .sameNameWithoutTitles:
            let words = symmetricDifference(a.dropped, b.dropped)
            text = "same name without '\(words.joined(separator: " "))': '\(a.core.joined(separator: " "))'"
        case .reorderedWords:
            text = "same words in another order: '\(a.core.joined(separator: " "))' / '\(b.core.joined(separator: " "))'"
        case .transliteration:
            text = (a.keys == b.keys ? "transliteration variant: " : "transliteration variant in another order: ") + spellingPairs(a, b)
        case .initials:
            text = isInitials(a, of: b) ? "'\(a.text)' is the initials of '\(b.text)'" : "'\(b.text)' is the initials of '\(a.text)'"
        case .containsName:
            let (short, long) = a.keys.count <= b.keys.count ? (a, b) : (b, a)
            text = "one name contains the other: '\(short.core.joined(separator: " "))' in '\(long.core.joined(separator: " "))'"
        default:
            let alignment = align(a, b, collecting: true)
            text = alignment.pairs.isEmpty
                ? "\(alignment.exact) of \(max(a.keys.count, b.keys.count)) words in common"
                : "similar spelling: " + alignment.pairs.joined(separator: ", ")
        }
        return match.capped ? text + " (a single word)" : text
    }

    private static func isInitials(_ short: NameVariant, of long: NameVariant) -> Bool {
        guard short.core.count == 1, let letters = long.initials, letters.count >= 2 else { return false }
        return short.core[0] == letters
    }

    /// A word-by-word alignment on transliteration keys.
    private struct Alignment {
        var score = 0.0
        var share = 0.0
        var exact = 0
        var isContainment = false
        var pairs: [String] = []
    }

    /// Each word of the shorter name takes its most similar unused word of the longer.
    private static func align(_ a: NameVariant, _ b: NameVariant, collecting: Bool) -> Alignment {
        let (short, long) = a.keys.count <= b.keys.count ? (a, b) : (b, a)
        var used = [Bool](repeating: false, count: long.keys.count)
        var result = Alignment()
        var total = 0.0
        for (i, key) in short.keyScalars.enumerated() {
            var best = 0.0
            var bestIndex = -1
            for (j, other) in long.keyScalars.enumerated() where !used[j] {
                let similarity = tokenSimilarity(key, other, numberLike: short.numberLike[i] || long.numberLike[j])
                if similarity > best {
                    best = similarity
                    bestIndex = j
                }
            }
            guard bestIndex >= 0 else { continue }
            used[bestIndex] = true
            total += best
            if best == 1.0 {
                result.exact += 1
            } else if collecting {
                result.pairs.append("'\(short.core[i])' ~ '\(long.core[bestIndex])'")
            }
        }
        result.share = total / Double(long.keys.count)
        result.score = (0.85 * result.share * 100).rounded() / 100
        result.isContainment = short.keys.count >= 2 && result.exact == short.keys.count && long.keys.count > short.keys.count
        return result
    }

    /// 1 for equal keys; for words of four letters or more, 1 − distance/length when that is at
    /// least 0.75; 0 otherwise. Numbers and Roman numerals match only exactly.
    static func tokenSimilarity(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar], numberLike: Bool) -> Double {
        if a == b { return 1 }
        let longest = max(a.count, b.count)
        guard min(a.count, b.count) >= 4, !numberLike else { return 0 }
        let limit = max(1, longest / 4)
        let distance = BoundedDistance.osa(a, b, limit: limit)
        guard distance <= limit else { return 0 }
        let similarity = 1 - Double(distance) / Double(longest)
        return similarity >= 0.75 ? similarity : 0
    }

    private static func symmetricDifference(_ a: [String], _ b: [String]) -> [String] {
        var counts: [String: Int] = [:]
        for word in a { counts[word, default: 0] += 1 }
        for word in b { counts[word, default: 0] -= 1 }
        var result: [String] = []
        for word in a + b where counts[word, default: 0] != 0 {
            result.append(word)
            counts[word] = 0
        }
        return result.isEmpty ? (a.isEmpty ? b : a) : result
    }

    private static func spellingPairs(_ a: NameVariant, _ b: NameVariant) -> String {
        var pairs: [String] = []
        for word in a.core where !b.core.contains(word) {
            let key = Transliteration.key(word)
            if let other = b.core.first(where: { Transliteration.key($0) == key && $0 != word }) {
                pairs.append("'\(word)' ~ '\(other)'")
            }
        }
        return pairs.isEmpty ? "'\(a.text)' ~ '\(b.text)'" : pairs.joined(separator: ", ")
    }
}

/// Optimal string alignment distance for short words, without allocating on the heap.
enum BoundedDistance {
    /// Levenshtein plus adjacent transpositions, or `limit + 1` once it must exceed `limit`.
    /// - Complexity: O(|a| · |b|).
    static func osa(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar], limit: Int) -> Int {
        if abs(a.count - b.count) > limit { return limit + 1 }
        if a.isEmpty || b.isEmpty { return max(a.count, b.count) }
        let width = b.count + 1
        return withUnsafeTemporaryAllocation(of: Int.self, capacity: 3 * width) { buffer in
            var twoBack = 0, back = width, current = 2 * width
            for j in 0..<width { buffer[back + j] = j }
            for i in 1...a.count {
                buffer[current] = i
                var rowMinimum = i
                for j in 1...b.count {
                    let cost = a[i - 1] == b[j - 1] ? 0 : 1
                    var value = min(buffer[back + j] + 1, buffer[current + j - 1] + 1, buffer[back + j - 1] + cost)
                    if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] { value = min(value, buffer[twoBack + j - 2] + 1) }
                    buffer[current + j] = value
                    rowMinimum = min(rowMinimum, value)
                }
                if rowMinimum > limit { return limit + 1 }
                (twoBack, back, current) = (back, current, twoBack)
            }
            return buffer[back + b.count]
        }
    }
}
