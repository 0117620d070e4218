import Foundation

/// A neighbourhood score for a missing tie, as NetworkX's link-prediction functions define it.
public enum LinkPredictionMethod: String, Sendable, CaseIterable {
    /// Σ 1 / log d(w) over common neighbours w (`nx.adamic_adar_index`).
    case adamicAdar = "adamic-adar"
    /// |N(u) ∩ N(v)| / |N(u) ∪ N(v)| (`nx.jaccard_coefficient`).
    case jaccard
    /// Σ 1 / d(w) over common neighbours w (`nx.resource_allocation_index`).
    case resourceAllocation = "resource-allocation"
    /// |N(u) ∩ N(v)| (`nx.common_neighbors`).
    case commonNeighbors = "common-neighbors"
}

/// A likely missing tie between two entities not tied to each other.
public struct PredictedLink: Hashable, Sendable {
    /// The entity that comes first in the tie-break order.
    public let first: Int
    /// The other entity.
    public let second: Int
    /// The method's score (higher = more likely).
    public let score: Double
    /// The number of neighbours the two share.
    public let commonNeighbors: Int
}

/// Hidden-link prediction: pairs of entities not tied to each other, ranked by how much their
/// neighbourhoods overlap.
///
/// Runs on an undirected simple view (direction, weights and parallel relationships ignored,
/// as NetworkX's functions require a simple undirected `Graph`). Self-loops are ignored too: a
/// tie of an entity to itself says nothing about whom it might know, and with them NetworkX's
/// functions count an entity among its own neighbours. So the scores are NetworkX's on the
/// graph without self-loops, N(u) being u's neighbours and d(w) = |N(w)|.
public enum LinkPrediction {
    /// The best-scoring non-adjacent pairs.
    ///
    /// Only pairs with at least one common neighbour are scored — every other pair scores 0
    /// with every method — and they are found through 2-hop neighbourhoods, so the O(n²) pairs
    /// are never listed. With `top`, a bounded heap keeps the best `top` only.
    /// - Parameters:
    ///   - graph: an undirected view.
    ///   - method: the score.
    ///   - top: how many to keep (nil: all scored pairs).
    ///   - order: per node, its rank for ties and pair orientation; nil orders by index (the
    ///     order entities were read in).
    ///   - eligible: which nodes may be an end of a predicted tie (nil: all); common neighbours
    ///     may be any node.
    /// - Returns: pairs by score, highest first, ties by the two ends' ranks.
    /// - Complexity: O(Σ_w d_w² + P log top) time for P scored pairs, O(n + top) space.
    public static func predict(
        in graph: AnalysisGraph, method: LinkPredictionMethod, top: Int? = nil, order: [Int32]? = nil,
        eligible: ((Int) -> Bool)? = nil
    ) -> [PredictedLink] {
        precondition(!graph.isDirected, "link prediction needs an undirected view")
        let n = graph.nodeCount
        let rank = order ?? (0..<n).map { Int32($0) }
        let allowed = (0..<n).map { eligible?($0) ?? true }
        let neighborCount = (0..<n).map { node in graph.arcs(of: node).count - (graph.hasSelfLoop(node) ? 1 : 0) }
        let term: [Double] = (0..<n).map { node in
            let degree = Double(neighborCount[node])
            switch method {
            case .adamicAdar: return degree > 1 ? 1 / log(degree) : 0
            case .resourceAllocation: return degree > 0 ? 1 / degree : 0
            case .jaccard, .commonNeighbors: return 1
            }
        }
        var best = BestLinks(limit: top, rank: rank)
        var adjacentStamp = [Int32](repeating: -1, count: n)
        var common = [Int32](repeating: 0, count: n)
        var sum = [Double](repeating: 0, count: n)
        var touched: [Int32] = []
        for u in 0..<n where allowed[u] {
            for arc in graph.arcs(of: u) { adjacentStamp[Int(graph.targets[arc])] = Int32(u) }
            for arc in graph.arcs(of: u) {
                let w = Int(graph.targets[arc])
                if w == u { continue }
                for second in graph.arcs(of: w) {
                    let v = Int(graph.targets[second])
                    if v <= u || v == w || !allowed[v] || adjacentStamp[v] == Int32(u) { continue }
                    if common[v] == 0 { touched.append(Int32(v)) }
                    common[v] += 1
                    sum[v] += term[w]
                }
            }
            for v32 in touched {
                let v = Int(v32)
                let shared = Int(common[v])
                let score: Double
                switch method {
                case .commonNeighbors: score = Double(shared)
                case .jaccard: score = Double(shared) / Double(neighborCount[u] + neighborCount[v] - shared)
                case .adamicAdar, .resourceAllocation: score = sum[v]
                }
                best.offer(u, v, score: score, commonNeighbors: shared)
                common[v] = 0
                sum[v] = 0
            }
            touched.removeAll(keepingCapacity: true)
        }
        return best.sorted()
    }
}
