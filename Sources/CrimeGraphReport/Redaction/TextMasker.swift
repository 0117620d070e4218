import Foundation
import CrimeGraph

/// Replaces whole-word occurrences of names in text, ignoring case and accents; longer names
/// first, so `Sar Kheng` wins over `Sar`.
struct TextMasker: Sendable {
    private var names: [(needle: String, replacement: String)] = []

    mutating func add(_ name: String, replacement: String) {
        let trimmed = name.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !trimmed.isEmpty, !names.contains(where: { $0.needle == trimmed }) else { return }
        names.append((trimmed, replacement))
        names.sort { $0.needle.count != $1.needle.count ? $0.needle.count > $1.needle.count : $0.needle < $1.needle }
    }

    func mask(_ text: String) -> String {
        guard !names.isEmpty, !text.isEmpty else { return text }
        var result = text
        for (needle, replacement) in names {
            var searchStart = result.startIndex
            while let found = result.range(of: needle, options: [.caseInsensitive, .diacriticInsensitive], range: searchStart..<result.endIndex) {
                let before = found.lowerBound > result.startIndex ? result[result.index(before: found.lowerBound)] : " "
                let after = found.upperBound < result.endIndex ? result[found.upperBound] : " "
                if before.isLetter || before.isNumber || after.isLetter || after.isNumber {
                    searchStart = result.index(after: found.lowerBound)
                    continue
                }
                let offset = result.distance(from: result.startIndex, to: found.lowerBound) + replacement.count
                result.replaceSubrange(found, with: replacement)
                searchStart = result.index(result.startIndex, offsetBy: offset)
            }
        }
        return result
    }

    func mask(_ value: PropertyValue) -> PropertyValue {
        switch value {
        case .string(let text): return .string(mask(text))
        case .quantity(var quantity):
            quantity.text = quantity.text.map { mask($0) }
            quantity.citations = quantity.citations.map { mask($0) }
            return .quantity(quantity)
        case .list(let values): return .list(values.map { mask($0) })
        default: return value
        }
    }

    /// A key, tag or slug (`sar_kheng_affirmed`): masked as words, so `[Person A] affirmed`.
    func mask(slug: String) -> String {
        let words = slug.replacingOccurrences(of: "_", with: " ").replacingOccurrences(of: "-", with: " ")
        let masked = mask(words)
        return masked == words ? slug : masked
    }

    func mask(_ properties: PropertyList) -> PropertyList {
        var result = PropertyList()
        for property in properties { result[mask(slug: property.key)] = mask(property.value) }
        return result
    }

    func mask(_ citation: Citation) -> Citation {
        Citation(source: citation.source, paragraph: citation.paragraph, quote: citation.quote.map { mask($0) })
    }

    func mask(_ date: CaseDate?) -> CaseDate? {
        guard var date else { return nil }
        date.text = date.text.map { mask($0) }
        return date
    }
}
