import CrimeGraph

/// Words that are part of how a name is written but not of what it names: honorifics before a
/// person's name, legal-form words after a company's, and filler words anywhere.
///
/// The lists are folded (lowercase, no diacritics), as ``TextFolding/fold(_:)`` gives tokens.
/// They are deliberately short: a word listed here is ignored when comparing names, so a word
/// that often *is* the distinctive part of a name must not be listed.
enum NameWords {
    /// Titles and honorifics written before Cambodian, Chinese, Vietnamese, Thai and English
    /// names ("Samdech Kralahom Sar Kheng", "H.E. Sar Kheng", "Oknha …"). Words that are also common
    /// surnames ("He", "Tan", "Ong") are left out.
    /// Stripped from the front of a person's name while a word of the name remains.
    static let honorifics: Set<String> = [
        "samdech", "kralahom", "akka", "moha", "sena", "padei", "techo", "thipadei", "bandit", "oknha", "okhna",
        "lok", "chumteav", "neak", "excellency", "his", "her", "h", "e", "mr", "mrs", "ms", "miss", "mx",
        "dr", "prof", "professor", "sir", "madam", "madame", "dame", "lord", "general", "gen", "lt", "col",
        "colonel", "major", "maj", "brig", "brigadier", "captain", "capt", "police", "commissioner", "khun",
        "dato", "datuk", "haji", "hajji",
    ]

    /// Legal-form and generic business words written after a company's or organization's name
    /// ("Jing Chhay Technology Co., Ltd."). Stripped from the end of the name while a word of the
    /// name remains.
    static let legalForms: Set<String> = [
        "co", "ltd", "limited", "company", "corp", "corporation", "inc", "incorporated", "llc", "llp", "plc",
        "gmbh", "ag", "sa", "sarl", "sas", "bv", "nv", "pte", "pty", "bhd", "sdn", "jsc", "ojsc", "tnhh", "cty",
        "group", "holding", "holdings", "technology", "technologies", "tech", "international", "intl",
        "enterprise", "enterprises", "investment", "investments", "development", "trading", "industrial",
        "industries", "services", "service", "ventures",
    ]

    /// The legal-form words that say only how a business is registered ("Co., Ltd."), as
    /// opposed to words that say what it does ("Technology", "Trading", "Holdings"): names that
    /// differ in the latter may be sister companies.
    static let registrationForms: Set<String> = [
        "co", "ltd", "limited", "company", "corp", "corporation", "inc", "incorporated", "llc", "llp", "plc",
        "gmbh", "ag", "sa", "sarl", "sas", "bv", "nv", "pte", "pty", "bhd", "sdn", "jsc", "ojsc", "tnhh", "cty",
    ]

    /// Filler words ignored anywhere in a name ("Ministry of the Interior").
    static let fillers: Set<String> = ["the", "of", "and", "for", "de", "du", "des", "la", "le", "al", "el"]

    /// Words that make an alias a role rather than a name ("the minister", "Prime Minister"):
    /// a person's alias made only of these and filler words is not used for matching.
    static let roles: Set<String> = [
        "minister", "prime", "deputy", "director", "general", "ambassador", "president", "chairman", "chief",
        "governor", "spokesman", "spokesperson", "secretary", "official", "officer", "head", "leader", "boss",
        "commander", "envoy", "king", "queen", "prince", "princess", "premier", "mayor", "judge", "prosecutor",
    ]

    /// Tokens that must match exactly: numbers and Roman numerals ("Commune I" is not
    /// "Commune IV", "Village 3" is not "Village 4").
    static func isNumberLike(_ token: String) -> Bool {
        if token.unicodeScalars.allSatisfy({ $0.properties.numericType != nil }) { return true }
        return romanNumerals.contains(token)
    }

    private static let romanNumerals: Set<String> = [
        "i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii", "xiii", "xiv", "xv", "xvi",
        "xvii", "xviii", "xix", "xx",
    ]
}
