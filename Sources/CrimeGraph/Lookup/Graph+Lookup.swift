/// Folded ids, names and aliases → entity indices, built on first lookup.
struct NameIndex: Sendable {
    var entries: [String: [UInt32]] = [:]
}

/// Why a name did not resolve to exactly one entity.
public enum LookupError: Error, Hashable, Sendable, CustomStringConvertible {
    /// Nothing matches; `suggestions` are `id (name)` strings of close matches.
    case notFound(query: String, suggestions: [String])
    /// Several entities match; `candidates` are their ids.
    case ambiguous(query: String, candidates: [String])

    /// The message for users: what was asked, and the close matches or the candidates.
    public var description: String {
        switch self {
        case .notFound(let query, let suggestions):
            let hint = suggestions.isEmpty ? "" : "; did you mean " + suggestions.joined(separator: ", ") + "?"
            return "no entity named '\(query)'\(hint)"
        case .ambiguous(let query, let candidates):
            return "'\(query)' matches several entities: \(candidates.joined(separator: ", ")); use an id"
        }
    }
}

extension Graph {
    /// Every entity whose id, name or an alias matches `query` exactly, or else after folding
    /// case, diacritics and punctuation.
    /// - Complexity: O(1) on average after an O(n) index built on first use.
    public func entities(named query: String) -> [Int] {
        if let exact = idIndex[query] { return [Int(exact)] }
        let folded = TextFolding.fold(query)
        return cache.names.withLock { index in
            if index == nil { index = buildNameIndex() }
            return (index?.entries[folded] ?? []).map(Int.init)
        }
    }

    /// The one entity `query` names (id, name or alias; case- and diacritic-insensitive).
    /// - Throws: ``LookupError`` with suggestions when nothing or several things match.
    public func resolve(_ query: String) throws(LookupError) -> Int {
        let matches = entities(named: query)
        if matches.count == 1 { return matches[0] }
        if matches.count > 1 {
            throw .ambiguous(query: query, candidates: matches.map { "\(id(of: $0)) (\(name(of: $0)), \(kind(of: $0)))" })
        }
        throw .notFound(query: query, suggestions: suggestions(for: query))
    }

    /// Close matches for a name that matched nothing, as `id (name)`.
    /// - Complexity: O(n · L²) for names of length L.
    public func suggestions(for query: String, limit: Int = 5) -> [String] {
        var labelToEntity: [String: Int] = [:]
        var labels: [String] = []
        for index in 0..<entityCount {
            for label in [entityIDs[index], entityNames[index]] + aliases(of: index) where labelToEntity[label] == nil {
                labelToEntity[label] = index
                labels.append(label)
            }
        }
        var seen = Set<Int>()
        var result: [String] = []
        for label in Suggestions.closest(to: query, among: labels, limit: limit * 3) {
            guard let index = labelToEntity[label], seen.insert(index).inserted else { continue }
            result.append("'\(entityIDs[index])' (\(entityNames[index]))")
            if result.count == limit { break }
        }
        return result
    }

    private func buildNameIndex() -> NameIndex {
        var index = NameIndex()
        for entity in 0..<entityCount {
            var keys = Set([TextFolding.fold(entityIDs[entity]), TextFolding.fold(entityNames[entity])])
            for alias in aliases(of: entity) { keys.insert(TextFolding.fold(alias)) }
            for key in keys where !key.isEmpty { index.entries[key, default: []].append(UInt32(entity)) }
        }
        return index
    }
}
