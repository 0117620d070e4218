import Foundation

/// Normalizes names for matching: case, diacritics, punctuation and spacing do not matter.
///
/// "Samdech Sar Kheng", "sar-kheng" and "SAR  KHÉNG" fold to `samdech sar kheng`, `sar kheng`,
/// `sar kheng`.
public enum TextFolding {
    /// Lowercased, without diacritics, with every run of non-alphanumeric characters replaced
    /// by one space and no leading or trailing space.
    public static func fold(_ text: String) -> String {
        let stripped = text.folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: nil)
        var result = ""
        result.reserveCapacity(stripped.utf8.count)
        var pendingSpace = false
        for scalar in stripped.unicodeScalars {
            let mapped = special[scalar] ?? (scalar.properties.isAlphabetic || scalar.properties.numericType != nil ? String(scalar) : nil)
            if let mapped {
                if pendingSpace && !result.isEmpty { result.append(" ") }
                pendingSpace = false
                result.append(mapped)
            } else if scalar.properties.generalCategory != .nonspacingMark {
                pendingSpace = true
            }
        }
        return result
    }

    /// Letters that do not decompose into a base letter and a mark.
    private static let special: [Unicode.Scalar: String] = [
        "đ": "d", "ð": "d", "ø": "o", "ł": "l", "ß": "ss", "æ": "ae", "œ": "oe", "þ": "th", "ı": "i",
    ]
}

/// "Did you mean" candidates by edit distance.
public enum Suggestions {
    /// Up to `limit` of `candidates` closest to `query` (after folding), nearest first, among
    /// those within a distance of a third of the query's length (at least 2). Candidates that
    /// contain the query, or that it contains, come first.
    public static func closest(to query: String, among candidates: [String], limit: Int = 5) -> [String] {
        let target = Array(TextFolding.fold(query).unicodeScalars)
        guard !target.isEmpty else { return [] }
        let threshold = max(2, target.count / 3)
        let targetText = String(String.UnicodeScalarView(target))
        var scored: [(score: Int, text: String)] = []
        var seen = Set<String>()
        for candidate in candidates where seen.insert(candidate).inserted {
            let folded = TextFolding.fold(candidate)
            if folded.isEmpty { continue }
            if folded.contains(targetText) || (folded.count >= 3 && targetText.contains(folded)) {
                scored.append((0, candidate))
                continue
            }
            let distance = editDistance(target, Array(folded.unicodeScalars), limit: threshold)
            if distance <= threshold { scored.append((distance, candidate)) }
        }
        scored.sort { ($0.score, $0.text) < ($1.score, $1.text) }
        return scored.prefix(limit).map(\.text)
    }

    /// Optimal string alignment distance (Levenshtein plus adjacent transpositions), stopping
    /// early once it must exceed `limit`.
    /// - Complexity: O(|a| · |b|).
    public static func editDistance(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar], limit: Int = .max) -> Int {
        if abs(a.count - b.count) > limit { return limit + 1 }
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous2 = [Int](repeating: 0, count: b.count + 1)
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            var rowMinimum = i
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                var value = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    value = min(value, previous2[j - 2] + 1)
                }
                current[j] = value
                rowMinimum = min(rowMinimum, value)
            }
            if rowMinimum > limit { return limit + 1 }
            swap(&previous2, &previous)
            swap(&previous, &current)
        }
        return previous[b.count]
    }
}
