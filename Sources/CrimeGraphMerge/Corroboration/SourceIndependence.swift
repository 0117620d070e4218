import CrimeGraph

/// Which sources are independent of each other: sources from one publisher count once.
///
/// Each source gets an independence key: its publisher (folded, so "The Post" and "the post"
/// agree) when the publisher is known; otherwise its URL, else its text file, else its id — two
/// records of one article under different ids count once, and sources of unknown publisher
/// count separately, since nothing says they share one.
public struct SourceIndependence: Sendable {
    private let keys: [String: String]

    /// Indexes `sources`.
    public init(sources: [Source]) {
        var keys: [String: String] = [:]
        for source in sources { keys[source.id] = Self.key(of: source) }
        self.keys = keys
    }

    /// The independence key of a source.
    public static func key(of source: Source) -> String {
        let publisher = TextFolding.fold(source.publisher)
        if !publisher.isEmpty, publisher != "unknown" { return "publisher:" + publisher }
        if let url = source.url, !url.isEmpty { return "url:" + url.lowercased() }
        if let file = source.file, !file.isEmpty { return "file:" + file }
        return "source:" + source.id
    }

    /// The key of the source with `id`; an id no source has counts as its own.
    public func key(ofSource id: String) -> String { keys[id] ?? "source:" + id }

    /// The cited sources grouped by independence key, in first-cited order: each group counts once.
    public func groups(_ citations: [Citation]) -> [[String]] {
        var order: [String] = []
        var groups: [String: [String]] = [:]
        for citation in citations {
            let key = key(ofSource: citation.source)
            if groups[key] == nil { order.append(key) }
            if !(groups[key]?.contains(citation.source) ?? false) { groups[key, default: []].append(citation.source) }
        }
        return order.compactMap { groups[$0] }
    }

    /// How many independent sources `citations` name.
    /// - Complexity: O(c) for c citations.
    public func count(_ citations: [Citation]) -> Int {
        var seen = Set<String>()
        for citation in citations { seen.insert(key(ofSource: citation.source)) }
        return seen.count
    }
}
