import CrimeGraph

/// Finds the figures a text states: digits (`1,450`, `$28,440`, `38.6`, the `19` of
/// `Covid-19`), multipliers (`118 million` → 118,000,000, `Two million`), and spelled numbers
/// from two to twenty, tens, `dozen` (12) and `half` (0.5).
///
/// "one" is left out on purpose: it is far more often a pronoun ("one important aspect") than a
/// figure, on both sides of the comparison.
enum NumberScan {
    static let words: [String: Double] = [
        "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
        "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
        "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
        "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100, "dozen": 12, "half": 0.5,
    ]
    static let multipliers: [String: Double] = ["thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000]

    static let months = [
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
        "december",
    ]

    /// A token: a number or a word.
    enum Token: Equatable {
        case number(Double)
        case word(String)
    }

    static func tokens(_ text: String) -> [Token] {
        var tokens: [Token] = []
        let characters = Array(text.lowercased())
        var index = 0
        while index < characters.count {
            let character = characters[index]
            if character.isASCIIDigit {
                var digits = ""
                while index < characters.count,
                    characters[index].isASCIIDigit
                        || ((characters[index] == "," || characters[index] == ".") && index + 1 < characters.count
                            && characters[index + 1].isASCIIDigit && !digits.isEmpty)
                {
                    if characters[index] != "," { digits.append(characters[index]) }
                    index += 1
                }
                tokens.append(.number(Double(digits) ?? 0))
            } else if character.isLetter {
                var word = ""
                while index < characters.count, characters[index].isLetter {
                    word.append(characters[index])
                    index += 1
                }
                tokens.append(.word(word))
            } else {
                index += 1
            }
        }
        return tokens
    }

    /// Every figure in `text`.
    static func numbers(in text: String) -> Set<Double> {
        var found = Set<Double>()
        let list = tokens(text)
        var index = 0
        while index < list.count {
            var value: Double?
            switch list[index] {
            case .number(let number): value = number
            case .word(let word): value = words[word]
            }
            guard var figure = value else {
                index += 1
                continue
            }
            if index + 1 < list.count, case .word(let next) = list[index + 1], let factor = multipliers[next] {
                figure *= factor
                index += 1
            }
            found.insert(figure)
            index += 1
        }
        return found
    }

    /// The months named in `text` (1–12).
    static func monthsNamed(in text: String) -> Set<Int> {
        var found = Set<Int>()
        for case .word(let word) in tokens(text) {
            if let month = months.firstIndex(of: word) { found.insert(month + 1) }
        }
        return found
    }
}

extension Character {
    var isASCIIDigit: Bool { asciiValue.map { $0 >= 48 && $0 <= 57 } ?? false }
}
