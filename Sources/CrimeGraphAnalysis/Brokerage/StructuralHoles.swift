/// Burt's structural-hole measures, as NetworkX's `nx.constraint` and `nx.effective_size`
/// compute them.
///
/// Both rest on the mutual weight a_uv + a_vu of a tie (twice the strength on an undirected
/// view) and on the proportion p_uv of u's mutual weight spent on v. Neighbours (contacts) are
/// all entities tied either way. Self-loops are ignored — a tie to oneself is no contact — so
/// the values are NetworkX's on the graph without self-loops. Entities without contacts get
/// NaN.
public enum StructuralHoles {
    /// Burt's constraint: c(v) = Σ_{j ∈ N(v)} (p_vj + Σ_{q ∈ N(v)} p_vq · p_qj)². High when
    /// v's contacts are tied to each other; low for a broker between separate groups.
    /// - Complexity: O(Σ_v d_v²) time, O(n + m) space.
    public static func constraint(_ graph: AnalysisGraph) -> NodeScores {
        let mutual = MutualTies(graph)
        let n = graph.nodeCount
        var values = [Double](repeating: .nan, count: n)
        var indirect = [Double](repeating: 0, count: n)
        for v in 0..<n where !mutual.range(of: v).isEmpty {
            for position in mutual.range(of: v) {
                let q = Int(mutual.neighbors[position])
                let pvq = mutual.proportion(at: position, of: v)
                for second in mutual.range(of: q) {
                    indirect[Int(mutual.neighbors[second])] += pvq * mutual.proportion(at: second, of: q)
                }
            }
            var sum = 0.0
            for position in mutual.range(of: v) {
                let j = Int(mutual.neighbors[position])
                let local = mutual.proportion(at: position, of: v) + indirect[j]
                sum += local * local
            }
            values[v] = sum
            for position in mutual.range(of: v) {
                let q = Int(mutual.neighbors[position])
                for second in mutual.range(of: q) { indirect[Int(mutual.neighbors[second])] = 0 }
            }
        }
        return NodeScores(measure: "constraint", values: values)
    }

    /// Burt's effective size: the number of contacts minus their redundancy,
    /// Σ_{u ∈ N(v)} (1 − Σ_{w ∈ N(v)} p_vw · m_uw), with m_uw = a_uw / max_x a_ux (u's
    /// strongest tie). On an unweighted simple graph this is Borgatti's n − 2t/n (n contacts,
    /// t ties among them).
    ///
    /// NetworkX 3.6's default (sparse-matrix) path divides by w's largest weight instead of
    /// u's (networkx/networkx#8906), which changes weighted and directed results; this follows
    /// the definition, as its per-node path `nx.effective_size(G, nodes=list(G), weight=…)`,
    /// UCINET and igraph do.
    /// - Complexity: O(Σ_v d_v²) time, O(n + m) space.
    public static func effectiveSize(_ graph: AnalysisGraph) -> NodeScores {
        let mutual = MutualTies(graph)
        let n = graph.nodeCount
        var values = [Double](repeating: .nan, count: n)
        // share[w] = p_vw for the current v, 0 elsewhere.
        var share = [Double](repeating: 0, count: n)
        for v in 0..<n where !mutual.range(of: v).isEmpty {
            for position in mutual.range(of: v) {
                share[Int(mutual.neighbors[position])] = mutual.proportion(at: position, of: v)
            }
            var sum = 0.0
            for position in mutual.range(of: v) {
                let u = Int(mutual.neighbors[position])
                let largest = mutual.largest[u]
                var redundancy = 0.0
                for second in mutual.range(of: u) {
                    let pvw = share[Int(mutual.neighbors[second])]
                    if pvw != 0 { redundancy += pvw * (mutual.weights[second] / largest) }
                }
                sum += 1 - redundancy
            }
            values[v] = sum
            for position in mutual.range(of: v) { share[Int(mutual.neighbors[position])] = 0 }
        }
        return NodeScores(measure: "effective_size", values: values)
    }
}
