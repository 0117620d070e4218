/// A spelling key under which common romanization variants of one name coincide.
///
/// Khmer, Chinese and Vietnamese names reach English text through several romanizations:
/// "Chhay", "Chay" and "Chhai"; "Kheng" and "Keng"; "Vanthan" and "Wanthan"; "Sihanouk" and
/// "Seihanuk". The key maps consonant digraphs to one letter (`chh`, `ch`, `tch`, `ts`, `q` → `C`;
/// `kh` → `k`; `ph` → `p`; `th` → `t`; `sh`, `hs`, `x` → `s`; `zh`, `dj` → `j`; `gh` → `g`;
/// `dh` → `d`; `ck` → `k`; other `c` → `k`), `w` to `v`, `y` to `i`, vowel pairs that spell one
/// sound (`ou`, `oo` → `u`; `ee`, `ei`, `ie` → `i`; `ae` → `e`), collapses doubled letters and
/// drops a final `h` after a vowel. Numbers and Roman numerals are kept as they are.
enum Transliteration {
    /// The key of one folded token.
    /// - Complexity: O(length of the token).
    static func key(_ token: String) -> String {
        if NameWords.isNumberLike(token) { return token }
        var letters = Array(token.unicodeScalars)
        var output: [Unicode.Scalar] = []
        output.reserveCapacity(letters.count)
        var index = 0
        func next(_ offset: Int) -> Unicode.Scalar? {
            index + offset < letters.count ? letters[index + offset] : nil
        }
        while index < letters.count {
            let letter = letters[index]
            let following = next(1)
            switch (letter, following) {
            case ("t", "c") where next(2) == "h":
                output.append("C")
                index += 3
                continue
            case ("c", "h"):
                output.append("C")
                index += next(2) == "h" ? 3 : 2
                continue
            case ("t", "s"), ("t", "z"):
                output.append("C")
            case ("k", "h"): output.append("k")
            case ("p", "h"): output.append("p")
            case ("t", "h"): output.append("t")
            case ("d", "h"): output.append("d")
            case ("g", "h"): output.append("g")
            case ("s", "h"), ("h", "s"): output.append("s")
            case ("z", "h"), ("d", "j"): output.append("j")
            case ("c", "k"): output.append("k")
            default:
                output.append(single(letter))
                index += 1
                continue
            }
            index += 2
        }
        letters = vowelPairs(output)
        var collapsed: [Unicode.Scalar] = []
        collapsed.reserveCapacity(letters.count)
        for letter in letters where collapsed.last != letter { collapsed.append(letter) }
        if collapsed.count > 2, collapsed.last == "h", let before = collapsed.dropLast().last, isVowel(before) {
            collapsed.removeLast()
        }
        var result = ""
        result.unicodeScalars.append(contentsOf: collapsed)
        return result
    }

    private static func single(_ letter: Unicode.Scalar) -> Unicode.Scalar {
        switch letter {
        case "q": return "C"
        case "c": return "k"
        case "x": return "s"
        case "w": return "v"
        case "y": return "i"
        default: return letter
        }
    }

    private static func vowelPairs(_ letters: [Unicode.Scalar]) -> [Unicode.Scalar] {
        var output: [Unicode.Scalar] = []
        output.reserveCapacity(letters.count)
        var index = 0
        while index < letters.count {
            let pair = index + 1 < letters.count ? (letters[index], letters[index + 1]) : (letters[index], " ")
            switch pair {
            case ("o", "u"), ("o", "o"):
                output.append("u")
                index += 2
            case ("e", "e"), ("e", "i"), ("i", "e"):
                output.append("i")
                index += 2
            case ("a", "e"):
                output.append("e")
                index += 2
            default:
                output.append(letters[index])
                index += 1
            }
        }
        return output
    }

    static func isVowel(_ letter: Unicode.Scalar) -> Bool { "aeiou".unicodeScalars.contains(letter) }
}
