/// Proposes the pairs worth scoring, so that finding duplicates among n entities never compares
/// all n² pairs.
///
/// Every name variant of an entity gets a few blocking keys, each tagged with the entity's kind
/// code so that only entities of one kind meet:
/// - `full`: the transliteration keys in order ("wang ventian"): same, folded, titled and
///   transliterated names;
/// - `sorted`: the keys sorted: reordered words;
/// - `pair`: every pair of two words of the name (names of 2–8 words): names that contain one
///   another, or share two words whatever the rest;
/// - `prefixPair`: every pair of the words' first three letters: typos past the third letter;
/// - `skeletonPair`: every pair of the words' consonant skeletons ("hksng"): vowels spelled
///   differently ("Hikshoung" / "Haikxung");
/// - `wordInitial`: each word with the first letter of each other word: one word the same and
///   the other misspelled anywhere but its first letter;
/// - `single` and `prefix`: the word, and its first three letters, of one-word names;
/// - `initials`: the initials of a longer name, or a short one-word name: "GDI". Not for
///   people. Within such a block only a one-word name and a longer one are paired: longer names
///   that merely share initials are not candidates.
///
/// Entities sharing a key form a block; every pair within a block is a candidate. A block larger
/// than the cap (a common surname, a frequent word) says nothing and is skipped, and counted.
struct Blocking {
    private enum Tag: UInt64 {
        case full = 1, sorted, pair, prefixPair, single, prefix, initials, skeletonPair, wordInitial
    }

    private var strings: [String: UInt64] = [:]
    /// Keys and entities; `entity` has its top bit set for a one-word name in an initials block.
    private var entries: [(key: UInt64, entity: UInt32)] = []
    private static let acronymFlag: UInt32 = 1 << 31

    /// Adds the keys of one entity's name variants.
    mutating func add(entity: Int, kindCode: UInt16, variants: [NameVariant], initials: Bool) {
        let kind = UInt64(kindCode & 0x0FFF) << 48
        for variant in variants {
            let keys = variant.keys
            append(.full, kind, intern(keys.joined(separator: " ")), entity)
            if keys.count > 1 { append(.sorted, kind, intern(keys.sorted().joined(separator: " ")), entity) }
            if keys.count == 1 {
                append(.single, kind, intern(keys[0]), entity)
                if keys[0].count >= 4 { append(.prefix, kind, intern(String(keys[0].prefix(3))), entity) }
                if initials, (2...6).contains(variant.core[0].count) {
                    append(.initials, kind, intern(variant.core[0]), entity, flag: Self.acronymFlag)
                }
            } else if keys.count <= 8 {
                var ids: [UInt64] = []
                var prefixes: [UInt64] = []
                var skeletons: [UInt64] = []
                var initials: [UInt64] = []
                for key in keys {
                    ids.append(intern(key))
                    prefixes.append(intern(String(key.prefix(3))))
                    skeletons.append(intern(Self.skeleton(key)))
                    initials.append(intern(String(key.prefix(1))))
                }
                for i in 0..<ids.count {
                    for j in (i + 1)..<ids.count {
                        append(.pair, kind, pairKey(ids[i], ids[j]), entity)
                        append(.prefixPair, kind, pairKey(prefixes[i], prefixes[j]), entity)
                        append(.skeletonPair, kind, pairKey(skeletons[i], skeletons[j]), entity)
                    }
                    for j in 0..<ids.count where j != i {
                        append(.wordInitial, kind, (ids[i] & 0xFF_FFFF) << 24 | (initials[j] & 0xFF_FFFF), entity)
                    }
                }
            }
            if initials, let letters = variant.initials, letters.count >= 2 { append(.initials, kind, intern(letters), entity) }
        }
    }

    /// The candidate pairs (smaller index first), sorted, and how many blocks were too big.
    /// - Complexity: O(k log k) for k keys, plus the pairs of the blocks kept (each at most
    ///   `maximumBlockSize²`, `4 × maximumBlockSize` squared for exact-name blocks).
    consuming func pairs(maximumBlockSize: Int) -> (pairs: [UInt64], skippedBlocks: Int) {
        entries.sort { $0.key != $1.key ? $0.key < $1.key : $0.entity < $1.entity }
        var pairs: [UInt64] = []
        var skipped = 0
        var start = 0
        var members: [UInt32] = []
        var acronyms: [UInt32] = []
        while start < entries.count {
            var end = start
            members.removeAll(keepingCapacity: true)
            acronyms.removeAll(keepingCapacity: true)
            let key = entries[start].key
            while end < entries.count, entries[end].key == key {
                let entity = entries[end].entity & ~Self.acronymFlag
                if entries[end].entity & Self.acronymFlag != 0 {
                    if acronyms.last != entity { acronyms.append(entity) }
                } else if members.last != entity {
                    members.append(entity)
                }
                end += 1
            }
            let tag = key >> 60
            let cap = tag == Tag.full.rawValue || tag == Tag.sorted.rawValue ? 4 * maximumBlockSize : maximumBlockSize
            if tag == Tag.initials.rawValue {
                // Only a one-word name against a longer one whose initials it is.
                if acronyms.count * members.count > cap * cap {
                    skipped += 1
                } else {
                    for short in acronyms {
                        for long in members where long != short {
                            pairs.append(UInt64(min(short, long)) << 32 | UInt64(max(short, long)))
                        }
                    }
                }
            } else if members.count > cap {
                skipped += 1
            } else if members.count > 1 {
                for i in 0..<members.count {
                    for j in (i + 1)..<members.count {
                        pairs.append(UInt64(members[i]) << 32 | UInt64(members[j]))
                    }
                }
            }
            start = end
        }
        return (Self.sortedUnique(pairs), skipped)
    }

    /// `values` sorted, each once.
    static func sortedUnique(_ values: [UInt64]) -> [UInt64] {
        var sorted = values
        sorted.sort()
        var result: [UInt64] = []
        result.reserveCapacity(sorted.count)
        for value in sorted where result.last != value { result.append(value) }
        return result
    }

    private mutating func intern(_ text: String) -> UInt64 {
        if let id = strings[text] { return id }
        let id = UInt64(strings.count)
        strings[text] = id
        return id
    }

    /// The key without its vowels after the first letter: "hiksung" and "haiksung" are both
    /// "hksng", "tingmia" and "tengmia" both "tngm".
    static func skeleton(_ key: String) -> String {
        var result = ""
        for (offset, scalar) in key.unicodeScalars.enumerated() where offset == 0 || !Transliteration.isVowel(scalar) {
            result.unicodeScalars.append(scalar)
        }
        return result
    }

    /// Two interned ids in one payload. Ids past 2²⁴ (more than 16 million distinct words)
    /// could collide; a collision only proposes extra pairs, which scoring then rejects.
    private func pairKey(_ a: UInt64, _ b: UInt64) -> UInt64 {
        let (low, high) = a <= b ? (a, b) : (b, a)
        return (low & 0xFF_FFFF) << 24 | (high & 0xFF_FFFF)
    }

    private mutating func append(_ tag: Tag, _ kind: UInt64, _ payload: UInt64, _ entity: Int, flag: UInt32 = 0) {
        entries.append((tag.rawValue << 60 | kind | (payload & 0xFFFF_FFFF_FFFF), UInt32(entity) | flag))
    }
}
