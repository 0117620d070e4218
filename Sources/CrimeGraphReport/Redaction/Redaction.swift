import CrimeGraph

/// Replaces the names of chosen entities — by kind (`person`) or tag (`victim`, `minor`,
/// `witness`) — with stable pseudonyms, everywhere a report could show them.
///
/// - Redacted entities are renamed `Person A`, `Victim B`… (the label comes from the selector
///   that matched; letters follow the entities' order in the files), lose their aliases and
///   properties, and keep their kind, tags, dates and citations.
/// - Every other string — names, aliases, properties, quotes, source titles and notes, the case
///   title and description — has each redacted name and alias replaced by `[Person A]`,
///   ignoring case and accents, wherever it stands as a whole word.
/// - Every entity and relationship gets a neutral id (`entity-12`, `relationship-40`), since ids
///   are often made from names (`keo-vanthan`, `meeting-sar-kheng-wang-wentian`) and reach the
///   diagram's element ids.
///
/// The structure is unchanged (same entities, relationships and indices), so every measure
/// gives the same numbers as on the original graph.
public enum Redaction {
    /// Why redaction could not be applied.
    public struct Failure: Error, CustomStringConvertible, Sendable {
        /// What went wrong, in words for users.
        public let description: String
    }

    /// The graph with the entities whose kind or a tag is one of `selectors` redacted.
    /// - Throws: ``Failure`` for a selector no entity matches — a misspelt selector would
    ///   otherwise leave names in the report.
    /// - Complexity: O((n + m) · r) string searches for r redacted names.
    public static func apply(_ selectors: [String], to graph: Graph) throws(Failure) -> RedactedGraph {
        let labels = Set(graph.entityKinds.map(\.rawValue)).union((0..<graph.entityCount).flatMap { graph.tags(of: $0) })
        for selector in selectors where !labels.contains(selector) {
            let close = Suggestions.closest(to: selector, among: labels.sorted(), limit: 3)
            let hint = close.isEmpty ? "" : "; did you mean " + close.map { "'\($0)'" }.joined(separator: ", ") + "?"
            throw Failure(description: "--redact \(selector): no entity has this kind or tag\(hint)")
        }
        var counters: [String: Int] = [:]
        var pseudonyms: [Int: String] = [:]
        for entity in 0..<graph.entityCount {
            let tags = graph.tags(of: entity)
            guard let selector = selectors.first(where: { $0 == graph.kind(of: entity).rawValue || tags.contains($0) }) else { continue }
            let number = counters[selector, default: 0]
            counters[selector] = number + 1
            pseudonyms[entity] = Wording.capitalized(Wording.humanize(selector)) + " " + letters(number)
        }
        var masker = TextMasker()
        for (entity, pseudonym) in pseudonyms.sorted(by: { $0.key < $1.key }) {
            for name in [graph.name(of: entity)] + graph.aliases(of: entity) { masker.add(name, replacement: "[\(pseudonym)]") }
        }
        let redacted = try RedactedGraph.rebuild(graph, pseudonyms: pseudonyms, masker: masker)
        let counts = counters.keys.sorted().map { "\(counters[$0] ?? 0) × \($0)" }
        return RedactedGraph(graph: redacted, redactedCount: pseudonyms.count, selectors: selectors, counts: counts, masker: masker)
    }

    /// `A`…`Z`, then `AA`, `AB`…
    static func letters(_ number: Int) -> String {
        let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZ")
        var value = number
        var result = ""
        repeat {
            result = String(alphabet[value % 26]) + result
            value = value / 26 - 1
        } while value >= 0
        return result
    }
}

/// A graph whose chosen names are replaced by pseudonyms, with what the report must say about it.
public struct RedactedGraph: Sendable {
    /// The redacted graph.
    public let graph: Graph
    /// How many entities were renamed.
    public let redactedCount: Int
    /// The kinds and tags redacted.
    public let selectors: [String]
    /// Per selector, how many entities it matched (`5 × person`).
    let counts: [String]
    let masker: TextMasker

    /// `text` with every redacted name and alias replaced by its pseudonym in brackets: for text
    /// from elsewhere that goes into the report, such as a title given on the command line.
    public func mask(_ text: String) -> String { masker.mask(text) }

    /// The statement a redacted report opens with. It names the kinds and tags redacted and how
    /// many entities, never a name.
    public var notice: String {
        "Redacted: the names of \(redactedCount) entit\(redactedCount == 1 ? "y" : "ies") (\(counts.joined(separator: ", "))) are replaced by pseudonyms everywhere in this report — text, tables, diagrams, search and hidden data; other text that named them shows the pseudonym in brackets, and every id is replaced."
    }
}
