import CrimeGraph

/// Which entities become one: the decisions file's merges checked against the entities being
/// merged, then candidates accepted by score.
///
/// Decisions are checked before anything is merged, and every problem is reported with the
/// decisions file's line: an id no file defines (with "did you mean"), an entity absorbing
/// itself, an id absorbed by two different keepers, entities of different kinds, a cycle of
/// absorptions (`a` absorbs `b` and `b` absorbs `a`), and ids marked distinct that the merges
/// put together. Chains are allowed: when `a` absorbs `b` and `b` absorbs `c`, `a` keeps all
/// three.
///
/// Accepting by score takes candidates from the highest score down; a candidate joins two
/// groups unless a `distinct` entry separates them or each group has its own `keep` in the
/// decisions file. The group keeps the decisions file's `keep`, else the entity that comes
/// first in load order.
struct MergePlan {
    /// One group of entities becoming one.
    struct Group {
        var keeper: Int
        var absorbed: [Int]
        var explicit: [MergeDecisions.Merge]
        var accepted: [DuplicateCandidate]
    }

    /// The groups, by keeper index.
    var groups: [Group]

    /// Checks `decisions` against `graph` and accepts `candidates` scoring at least `acceptAbove`.
    /// - Throws: `DiagnosticsError` with every problem of the decisions.
    /// - Complexity: O(d + c · α(n)) for d decided ids and c candidates, plus O(n) per unknown id
    ///   for suggestions.
    static func build(_ decisions: MergeDecisions, graph: Graph, candidates: [DuplicateCandidate], acceptAbove: Double?)
        throws(DiagnosticsError) -> MergePlan
    {
        var checker = DecisionChecker(graph: graph, file: decisions.path ?? "<decisions>")
        let links = checker.links(decisions.merges)
        checker.checkCycles(links)
        let distinct = checker.distinctPairs(decisions.distinct)

        var sets = DisjointSets(count: graph.entityCount)
        var explicitRoots = Set<Int>()
        var entriesByKeeper: [Int: [MergeDecisions.Merge]] = [:]
        for link in links.values.sorted(by: { $0.absorbed < $1.absorbed }) {
            let keeper = checker.root(of: link.absorbed, links)
            sets.join(link.absorbed, into: keeper)
            explicitRoots.insert(keeper)
        }
        for entry in decisions.merges {
            guard let keep = graph.index(ofEntity: entry.keep) else { continue }
            let root = checker.root(of: keep, links)
            if !(entriesByKeeper[root]?.contains(entry) ?? false) { entriesByKeeper[root, default: []].append(entry) }
        }
        for (a, b, origin) in distinct where sets.find(a) == sets.find(b) {
            checker.report(origin, "'\(graph.id(of: a))' and '\(graph.id(of: b))' are marked distinct here, but the merges put them together")
        }
        if !checker.diagnostics.isEmpty { throw DiagnosticsError(checker.diagnostics) }

        var accepted: [Int: [DuplicateCandidate]] = [:]
        if let acceptAbove {
            var apart: [Int: [Int]] = [:]
            for (a, b, _) in distinct {
                apart[a, default: []].append(b)
                apart[b, default: []].append(a)
            }
            for candidate in candidates where candidate.score >= acceptAbove {
                guard let a = graph.index(ofEntity: candidate.first), let b = graph.index(ofEntity: candidate.second) else { continue }
                let (rootA, rootB) = (sets.find(a), sets.find(b))
                if rootA == rootB || (explicitRoots.contains(rootA) && explicitRoots.contains(rootB)) { continue }
                if sets.members(of: rootA).contains(where: { member in apart[member]?.contains { sets.find($0) == rootB } ?? false }) {
                    continue
                }
                let keeper = explicitRoots.contains(rootA) ? rootA : explicitRoots.contains(rootB) ? rootB : min(rootA, rootB)
                let other = keeper == rootA ? rootB : rootA
                sets.join(other, into: keeper)
                accepted[keeper, default: []] += accepted.removeValue(forKey: other) ?? []
                accepted[keeper, default: []].append(candidate)
                if let moved = entriesByKeeper.removeValue(forKey: other) { entriesByKeeper[keeper, default: []] += moved }
            }
        }
        var groups: [Group] = []
        for root in sets.roots() {
            let absorbed = sets.members(of: root).filter { $0 != root }.sorted()
            groups.append(Group(keeper: root, absorbed: absorbed, explicit: entriesByKeeper[root] ?? [], accepted: accepted[root] ?? []))
        }
        return MergePlan(groups: groups.sorted { ($0.absorbed + [$0.keeper]).min() ?? 0 < ($1.absorbed + [$1.keeper]).min() ?? 0 })
    }
}

/// Union–find whose root is chosen by the caller (the keeper), with member lists.
struct DisjointSets {
    private var parent: [Int]
    private var memberLists: [Int: [Int]] = [:]

    init(count: Int) { parent = Array(0..<count) }

    mutating func find(_ element: Int) -> Int {
        var root = element
        while parent[root] != root { root = parent[root] }
        var node = element
        while parent[node] != root {
            let next = parent[node]
            parent[node] = root
            node = next
        }
        return root
    }

    /// Puts the set of `element` under `keeper`'s root.
    mutating func join(_ element: Int, into keeper: Int) {
        let a = find(element)
        let b = find(keeper)
        guard a != b else { return }
        parent[a] = b
        let moved = memberLists.removeValue(forKey: a) ?? [a]
        memberLists[b, default: [b]] += moved
    }

    func members(of root: Int) -> [Int] { memberLists[root] ?? [root] }

    /// Roots of sets with more than one member, ascending.
    func roots() -> [Int] { memberLists.keys.filter { (memberLists[$0]?.count ?? 0) > 1 }.sorted() }
}
