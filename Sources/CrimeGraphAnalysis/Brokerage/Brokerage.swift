/// How often an entity occupies each of Gould and Fernandez's (1989) brokerage roles, counted
/// as R's `sna::brokerage` counts them.
///
/// For a broker j, every two-path i → j → k with i ≠ k and no arc i → k is one brokerage;
/// the groups of i, j and k name its role.
public struct BrokerageRoles: Hashable, Sendable {
    /// w_I: i, j and k in one group: the broker coordinates within its own group.
    public var coordinator = 0
    /// w_O: i and k in one group, j in another: an outsider brokers within a group.
    public var itinerant = 0
    /// b_IO: i in j's group, k elsewhere: the broker represents its group to outsiders.
    public var representative = 0
    /// b_OI: i elsewhere, k in j's group: the broker controls what enters its group.
    public var gatekeeper = 0
    /// b_O: i, j and k in three different groups.
    public var liaison = 0

    /// Creates counts (all zero by default).
    public init(coordinator: Int = 0, itinerant: Int = 0, representative: Int = 0, gatekeeper: Int = 0, liaison: Int = 0) {
        self.coordinator = coordinator
        self.itinerant = itinerant
        self.representative = representative
        self.gatekeeper = gatekeeper
        self.liaison = liaison
    }

    /// t: all roles together (the number of open two-paths through the entity).
    public var total: Int { coordinator + itinerant + representative + gatekeeper + liaison }
}

/// Gould–Fernandez brokerage on a directed view.
public enum Brokerage {
    /// Each entity's brokerage role counts.
    ///
    /// Matches `sna::brokerage(g, cl)`'s raw counts (columns w_I, w_O, b_IO, b_OI, b_O): two-paths
    /// i → j → k with i, j, k distinct and i → k absent. Self-loops never broker. On an undirected
    /// view every tie is an arc both ways, as sna reads a symmetric matrix, so each open pair
    /// counts once in each direction.
    /// - Parameters:
    ///   - graph: the graph; use a directed view (`AnalysisGraph(graph, directed: true)`).
    ///   - groups: per entity, its group (see ``Grouping``).
    /// - Complexity: O(Σ_i Σ_{j ∈ out(i)} (1 + outdeg j)) time, O(n) extra space.
    public static func roles(in graph: AnalysisGraph, groups: [Int32]) -> [BrokerageRoles] {
        precondition(groups.count == graph.nodeCount, "one group per node")
        let n = graph.nodeCount
        var roles = [BrokerageRoles](repeating: BrokerageRoles(), count: n)
        // mark[k] == i + 1 when i → k is an arc, for the current ego i.
        var mark = [Int](repeating: 0, count: n)
        for i in 0..<n {
            let stamp = i + 1
            for arc in graph.arcs(of: i) { mark[Int(graph.targets[arc])] = stamp }
            let gi = groups[i]
            for arc in graph.arcs(of: i) {
                let j = Int(graph.targets[arc])
                if j == i { continue }
                let gj = groups[j]
                for second in graph.arcs(of: j) {
                    let k = Int(graph.targets[second])
                    if k == i || k == j || mark[k] == stamp { continue }
                    let gk = groups[k]
                    if gj == gi {
                        if gj == gk { roles[j].coordinator += 1 } else { roles[j].representative += 1 }
                    } else if gj == gk {
                        roles[j].gatekeeper += 1
                    } else if gi == gk {
                        roles[j].itinerant += 1
                    } else {
                        roles[j].liaison += 1
                    }
                }
            }
        }
        return roles
    }
}
