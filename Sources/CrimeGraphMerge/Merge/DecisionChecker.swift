import CrimeGraph

/// Checks decision entries against the entities being merged, collecting every problem with its
/// place in the decisions file.
struct DecisionChecker {
    /// One absorption: `absorbed` becomes part of `keeper`.
    struct Link {
        var absorbed: Int
        var keeper: Int
        var location: SourceLocation
    }

    let graph: Graph
    let file: String
    var diagnostics: [Diagnostic] = []

    init(graph: Graph, file: String) {
        self.graph = graph
        self.file = file
    }

    mutating func report(_ location: SourceLocation?, _ message: String) {
        diagnostics.append(Diagnostic(at: location ?? SourceLocation(file: file), message))
    }

    /// The entity `id` names, or nil after reporting it with suggestions.
    mutating func entity(_ id: String, at location: SourceLocation?) -> Int? {
        if let index = graph.index(ofEntity: id) { return index }
        let ids = (0..<graph.entityCount).map(graph.id(of:))
        let close = Suggestions.closest(to: id, among: ids, limit: 3)
        let hint = close.isEmpty ? "" : "; did you mean " + close.map { "'\($0)'" }.joined(separator: ", ") + "?"
        report(location, "unknown entity '\(id)': no file being merged defines it\(hint)")
        return nil
    }

    /// Every absorption of the merges, by absorbed index, after checking ids, kinds and repeats.
    mutating func links(_ merges: [MergeDecisions.Merge]) -> [Int: Link] {
        var links: [Int: Link] = [:]
        for entry in merges {
            let keeper = entity(entry.keep, at: entry.keepOrigin ?? entry.origin)
            for (position, id) in entry.absorb.enumerated() {
                let location = (position < entry.absorbOrigins.count ? entry.absorbOrigins[position] : nil) ?? entry.origin
                guard let absorbed = entity(id, at: location), let keeper else { continue }
                let here = location ?? SourceLocation(file: file)
                if absorbed == keeper {
                    report(here, "'\(id)' cannot absorb itself")
                } else if graph.kind(of: absorbed) != graph.kind(of: keeper) {
                    report(here, "cannot merge \(graph.kind(of: absorbed)) '\(id)' into \(graph.kind(of: keeper)) '\(entry.keep)': entities of different kinds are different things")
                } else if let earlier = links[absorbed], earlier.keeper != keeper {
                    report(here, "'\(id)' is absorbed by '\(entry.keep)' here and by '\(graph.id(of: earlier.keeper))' at \(earlier.location); an entity can be absorbed once")
                } else if links[absorbed] == nil {
                    links[absorbed] = Link(absorbed: absorbed, keeper: keeper, location: here)
                }
            }
        }
        return links
    }

    /// Reports each cycle of absorptions once, at the absorption written last.
    /// - Complexity: O(d) for d absorptions.
    mutating func checkCycles(_ links: [Int: Link]) {
        var state: [Int: Int] = [:]  // 1 on the current walk, 2 done
        for start in links.keys.sorted() where state[start] == nil {
            var walk: [Int] = []
            var node = start
            while let link = links[node], state[node] == nil {
                state[node] = 1
                walk.append(node)
                node = link.keeper
            }
            if state[node] == 1, let begin = walk.firstIndex(of: node) {
                let cycle = walk[begin...].compactMap { links[$0] }
                let described = cycle.map { "'\(graph.id(of: $0.keeper))' absorbs '\(graph.id(of: $0.absorbed))' (\($0.location))" }
                let last = cycle.max { ($0.location.line, $0.location.column) < ($1.location.line, $1.location.column) }
                report(last?.location, "absorption cycle: " + described.joined(separator: ", ") + "; one of them must be the one kept")
            }
            for visited in walk { state[visited] = 2 }
        }
    }

    /// The entity that finally keeps `index` (itself when nothing absorbs it).
    func root(of index: Int, _ links: [Int: Link]) -> Int {
        var node = index
        var steps = 0
        while let link = links[node], steps <= links.count {
            node = link.keeper
            steps += 1
        }
        return node
    }

    /// Every pair of ids of the distinct entries, with the entry's place.
    mutating func distinctPairs(_ entries: [MergeDecisions.Distinct]) -> [(Int, Int, SourceLocation?)] {
        var pairs: [(Int, Int, SourceLocation?)] = []
        for entry in entries {
            var indices: [Int] = []
            for (position, id) in entry.ids.enumerated() {
                let location = (position < entry.idOrigins.count ? entry.idOrigins[position] : nil) ?? entry.origin
                if let index = entity(id, at: location) { indices.append(index) }
            }
            for i in 0..<indices.count {
                for j in (i + 1)..<indices.count where indices[i] != indices[j] {
                    pairs.append((indices[i], indices[j], entry.origin))
                }
            }
        }
        return pairs
    }
}
