import CrimeGraph
import Foundation
import Testing

@testable import CrimeGraphAnalysis

/// Brokerage and Burt's measures against straightforward implementations on random graphs.
@Suite("Brokerage properties")
struct BrokeragePropertyTests {
    static let seeds: [UInt64] = Array(1...10)

    /// Roles counted over every ordered triple, from an adjacency matrix.
    static func naiveRoles(_ graph: AnalysisGraph, _ groups: [Int32]) -> [BrokerageRoles] {
        let n = graph.nodeCount
        var arc = [[Bool]](repeating: [Bool](repeating: false, count: n), count: n)
        for u in 0..<n { for position in graph.arcs(of: u) { arc[u][Int(graph.targets[position])] = true } }
        var roles = [BrokerageRoles](repeating: BrokerageRoles(), count: n)
        for j in 0..<n {
            for i in 0..<n where i != j && arc[i][j] {
                for k in 0..<n where k != i && k != j && arc[j][k] && !arc[i][k] {
                    let (gi, gj, gk) = (groups[i], groups[j], groups[k])
                    if gi == gj && gj == gk { roles[j].coordinator += 1 }
                    else if gi == gk { roles[j].itinerant += 1 }
                    else if gi == gj { roles[j].representative += 1 }
                    else if gj == gk { roles[j].gatekeeper += 1 }
                    else { roles[j].liaison += 1 }
                }
            }
        }
        return roles
    }

    @Test("roles equal a count over all triples", arguments: seeds)
    func roles(seed: UInt64) throws {
        for directed in [true, false] {
            let graph = try RandomGraphs.make(seed: seed, nodes: 35, edges: 110, directed: directed, selfLoops: true)
            let view = AnalysisGraph(graph, directed: true)
            var random = SeededRandom(seed: seed + 100)
            let groups = (0..<35).map { _ in Int32(random.next() % 3) }
            #expect(Brokerage.roles(in: view, groups: groups) == Self.naiveRoles(view, groups))
        }
    }

    @Test("one group: every brokerage is coordination; singleton groups: every brokerage is liaison")
    func extremeGroupings() throws {
        let graph = try RandomGraphs.make(seed: 5, nodes: 25, edges: 70, directed: true)
        let view = AnalysisGraph(graph, directed: true)
        let together = Brokerage.roles(in: view, groups: [Int32](repeating: 0, count: 25))
        let apart = Brokerage.roles(in: view, groups: (0..<25).map(Int32.init))
        for node in 0..<25 {
            #expect(together[node].total == together[node].coordinator)
            #expect(apart[node].total == apart[node].liaison)
            #expect(together[node].total == apart[node].total)
        }
    }

    @Test("grouping by kind, tag and property")
    func grouping() throws {
        var builder = GraphBuilder()
        builder.add(Entity(id: "a", kind: .person, name: "A", tags: ["boss", "x"], properties: ["club": .string("red")]))
        builder.add(Entity(id: "b", kind: .company, name: "B", tags: ["front"], properties: ["club": .integer(2)]))
        builder.add(Entity(id: "c", kind: .person, name: "C"))
        let graph = try builder.build()
        let kinds = Grouping(graph, by: .kind)
        #expect(kinds.labels == ["company", "person"] && kinds.groups == [1, 0, 1])
        let tags = Grouping(graph, by: .tag)
        #expect(tags.labels == ["boss", "front", Grouping.missingLabel] && tags.groups == [0, 1, 2])
        let clubs = Grouping(graph, by: .property("club"))
        #expect(clubs.labels == ["2", "red", Grouping.missingLabel] && clubs.groups == [1, 0, 2])
        #expect(clubs.sizes == [1, 1, 1])
    }

    /// Burt's constraint and effective size transcribed from NetworkX's per-node code, with
    /// dictionaries, on the graph without self-loops.
    static func naiveBurt(_ graph: AnalysisGraph) -> (constraint: [Double], effectiveSize: [Double]) {
        let n = graph.nodeCount
        var a = [[Double]](repeating: [Double](repeating: 0, count: n), count: n)
        for u in 0..<n {
            for position in graph.arcs(of: u) where Int(graph.targets[position]) != u { a[u][Int(graph.targets[position])] = graph.strengths[position] }
        }
        func mutual(_ u: Int, _ v: Int) -> Double { a[u][v] + a[v][u] }
        let neighbors = (0..<n).map { u in (0..<n).filter { $0 != u && mutual(u, $0) > 0 } }
        func p(_ u: Int, _ v: Int) -> Double {
            let scale = neighbors[u].reduce(0.0) { $0 + mutual(u, $1) }
            return scale == 0 ? 0 : mutual(u, v) / scale
        }
        func m(_ u: Int, _ v: Int) -> Double {
            let scale = neighbors[u].map { mutual(u, $0) }.max() ?? 0
            return scale == 0 ? 0 : mutual(u, v) / scale
        }
        var constraint = [Double](repeating: .nan, count: n)
        var effective = [Double](repeating: .nan, count: n)
        for v in 0..<n where !neighbors[v].isEmpty {
            constraint[v] = neighbors[v].reduce(0.0) { sum, j in
                let local = p(v, j) + neighbors[v].reduce(0.0) { $0 + p(v, $1) * p($1, j) }
                return sum + local * local
            }
            effective[v] = neighbors[v].reduce(0.0) { sum, u in sum + 1 - neighbors[v].reduce(0.0) { $0 + p(v, $1) * m(u, $1) } }
        }
        return (constraint, effective)
    }

    @Test("constraint and effective size equal their definitions", arguments: seeds)
    func burt(seed: UInt64) throws {
        for directed in [false, true] {
            let graph = try RandomGraphs.make(seed: seed, nodes: 30, edges: 60, directed: directed, weighted: seed % 2 == 0, selfLoops: true)
            let view = AnalysisGraph(graph, directed: directed, weights: .declared)
            let naive = Self.naiveBurt(view)
            let constraint = GroupFixtures.compare(StructuralHoles.constraint(view).values, naive.constraint)
            let effective = GroupFixtures.compare(StructuralHoles.effectiveSize(view).values, naive.effectiveSize)
            #expect(constraint.worst <= 1e-12 && constraint.nanMismatches == 0)
            #expect(effective.worst <= 1e-12 && effective.nanMismatches == 0)
        }
    }

    @Test("an unweighted simple graph's effective size is Borgatti's n − 2t/n", arguments: seeds)
    func borgatti(seed: UInt64) throws {
        let graph = try RandomGraphs.make(seed: seed, nodes: 30, edges: 70)
        let view = AnalysisGraph(graph, directed: false)
        let ours = StructuralHoles.effectiveSize(view).values
        for v in 0..<30 {
            let contacts = Set(view.neighbors(of: v).map(Int.init))
            guard !contacts.isEmpty else {
                #expect(ours[v].isNaN)
                continue
            }
            let ties = contacts.reduce(0) { sum, u in sum + view.neighbors(of: u).filter { contacts.contains(Int($0)) && Int($0) > u }.count }
            let expected = Double(contacts.count) - 2 * Double(ties) / Double(contacts.count)
            #expect(abs(ours[v] - expected) <= 1e-12)
        }
    }
}
