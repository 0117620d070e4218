import CrimeGraph
import Dispatch
import Foundation
import Synchronization

/// Finds entities that are probably the same: one official under two spellings, a company with
/// and without its legal form, a name with and without diacritics or with its words reordered.
///
/// Only entities of the same kind are compared, and only pairs that share a blocking key (see
/// `Blocking`), never all pairs. Each pair's score is its best name match (name or alias
/// against name or alias; see `NameSimilarity`) plus the other evidence (see `Evidence`),
/// clamped to 0…1 and rounded to two decimals. `docs/merge.md` lists every rule and weight.
public enum DuplicateFinder {
    /// The candidate pairs of `graph` scoring at least `options.minimumScore`.
    /// - Complexity: O(N log N) for the N name variants, plus O(P) scorings for the P pairs the
    ///   blocks propose (at most `maximumBlockSize²` per block), spread over every core.
    public static func find(in graph: Graph, options: DuplicateOptions = DuplicateOptions()) -> DuplicateReport {
        var variants = [[NameVariant]](repeating: [], count: graph.entityCount)
        var blocking = Blocking()
        for index in 0..<graph.entityCount {
            let kind = graph.kind(of: index)
            if let kinds = options.kinds, !kinds.contains(kind) { continue }
            variants[index] = NameVariant.all(name: graph.name(of: index), aliases: graph.aliases(of: index), kind: kind)
            blocking.add(entity: index, kindCode: graph.entityKindCodes[index], variants: variants[index], initials: kind != .person)
        }
        var (pairs, skipped) = blocking.pairs(maximumBlockSize: options.maximumBlockSize)
        let declared = declaredSameAs(in: graph, kinds: options.kinds)
        if !declared.isEmpty { pairs = Blocking.sortedUnique(pairs + declared) }
        // Scoring is independent per pair: chunks run on every core, and their results are
        // put back in pair order, so the output does not depend on scheduling.
        let chunkCount = pairs.count < 4_096 ? 1 : 4 * max(1, ProcessInfo.processInfo.activeProcessorCount)
        let chunkSize = (pairs.count + chunkCount - 1) / max(1, chunkCount)
        let results = Mutex([[(pair: UInt64, candidate: DuplicateCandidate)]](repeating: [], count: chunkCount))
        let frozenPairs = pairs
        let frozenVariants = variants
        DispatchQueue.concurrentPerform(iterations: chunkCount) { chunk in
            var local: [(pair: UInt64, candidate: DuplicateCandidate)] = []
            let start = chunk * chunkSize
            for pair in frozenPairs[min(start, frozenPairs.count)..<min(start + chunkSize, frozenPairs.count)] {
                let a = Int(pair >> 32)
                let b = Int(pair & 0xFFFF_FFFF)
                if let candidate = score(a, b, in: graph, variants: frozenVariants, sameAs: declared.contains(pair),
                                         minimumScore: options.minimumScore) {
                    local.append((pair, candidate))
                }
            }
            results.withLock { $0[chunk] = local }
        }
        var found = results.withLock { $0.flatMap { $0 } }
        found.sort { $0.candidate.score != $1.candidate.score ? $0.candidate.score > $1.candidate.score : $0.pair < $1.pair }
        let candidates = found.map(\.candidate)
        return DuplicateReport(candidates: candidates, entityCount: graph.entityCount, comparedPairs: pairs.count,
                               skippedBlocks: skipped)
    }

    /// The score and reasons of one pair of entities of the same kind (`a` before `b`), or nil
    /// when it scores below `minimumScore` (the words of the reasons are built only for pairs
    /// that pass).
    static func score(_ a: Int, _ b: Int, in graph: Graph, variants: [[NameVariant]], sameAs: Bool,
                      minimumScore: Double = 0) -> DuplicateCandidate? {
        let kind = graph.kind(of: a)
        guard kind == graph.kind(of: b) else { return nil }
        var best: (match: NameMatch, first: NameVariant, second: NameVariant)?
        for first in variants[a] {
            for second in variants[b] {
                guard let match = NameSimilarity.compare(first, second, kind: kind) else { continue }
                if match.score > (best?.match.score ?? 0) { best = (match, first, second) }
            }
        }
        guard best != nil || sameAs else { return nil }
        let evidence = Evidence.reasons(a, b, in: graph, sameAs: sameAs)
        let total = evidence.reduce(best?.match.score ?? 0) { $0 + $1.weight }
        let score = (min(1, max(0, total)) * 100).rounded() / 100
        guard score >= minimumScore else { return nil }
        var reasons: [MatchReason] = []
        if let best {
            var text = NameSimilarity.describe(best.match, best.first, best.second)
            let via = [best.first.isAlias ? "alias '\(best.first.text)' of \(graph.id(of: a))" : nil,
                       best.second.isAlias ? "alias '\(best.second.text)' of \(graph.id(of: b))" : nil].compactMap { $0 }
            if !via.isEmpty { text += " (" + via.joined(separator: ", ") + ")" }
            reasons.append(MatchReason(code: best.match.rule, text: text, weight: best.match.score))
        }
        return DuplicateCandidate(first: graph.id(of: a), second: graph.id(of: b), kind: kind, firstName: graph.name(of: a),
                                  secondName: graph.name(of: b), score: score, reasons: reasons + evidence)
    }

    /// Pairs tied by a `same_as` relationship, smaller index first.
    private static func declaredSameAs(in graph: Graph, kinds: Set<EntityKind>?) -> Set<UInt64> {
        var pairs = Set<UInt64>()
        for edge in graph.relationships(ofKind: "same_as") {
            let a = graph.source(of: edge)
            let b = graph.target(of: edge)
            guard a != b, graph.kind(of: a) == graph.kind(of: b) else { continue }
            if let kinds, !kinds.contains(graph.kind(of: a)) { continue }
            pairs.insert(UInt64(min(a, b)) << 32 | UInt64(max(a, b)))
        }
        return pairs
    }
}
