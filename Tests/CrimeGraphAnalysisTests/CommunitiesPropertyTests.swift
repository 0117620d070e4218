import CrimeGraph
import Testing

@testable import CrimeGraphAnalysis

/// Properties of modularity, Louvain and label propagation on seeded random graphs.
@Suite("Communities properties")
struct CommunitiesPropertyTests {
    static let seeds: [UInt64] = Array(1...12)

    /// Newman's modularity straight from its definition, Q = (1/2m) Σ_ij [A_ij − γ k_i k_j / 2m] δ(c_i, c_j),
    /// with A_ii = 2 × the self-loop strength (undirected), or the directed
    /// Q = (1/m) Σ_ij [A_ij − γ k_i^out k_j^in / m] δ(c_i, c_j).
    static func naiveModularity(_ graph: AnalysisGraph, _ labels: [Int32], resolution: Double = 1) -> Double {
        let n = graph.nodeCount
        var a = [[Double]](repeating: [Double](repeating: 0, count: n), count: n)
        for u in 0..<n {
            for arc in graph.arcs(of: u) {
                let v = Int(graph.targets[arc])
                a[u][v] += (!graph.isDirected && u == v) ? 2 * graph.strengths[arc] : graph.strengths[arc]
            }
        }
        let out = a.map { $0.reduce(0, +) }
        let into = (0..<n).map { v in (0..<n).reduce(0.0) { $0 + a[$1][v] } }
        let total = out.reduce(0, +)  // 2m undirected, m directed
        var q = 0.0
        for i in 0..<n {
            for j in 0..<n where labels[i] == labels[j] {
                q += a[i][j] - resolution * out[i] * into[j] / total
            }
        }
        return q / total
    }

    @Test("modularity matches its definition, for any labels", arguments: seeds)
    func modularityDefinition(seed: UInt64) throws {
        for directed in [false, true] {
            let graph = try RandomGraphs.make(seed: seed, nodes: 30, edges: 70, directed: directed, weighted: seed % 2 == 0, selfLoops: true)
            let view = AnalysisGraph(graph, directed: directed, weights: .declared)
            var random = SeededRandom(seed: seed &* 31)
            let labels = (0..<30).map { _ in Int32(random.next() % 5) * 7 - 3 }
            for resolution in [0.5, 1, 2] {
                let ours = Modularity.score(of: labels, in: view, resolution: resolution)
                #expect(abs(ours - Self.naiveModularity(view, labels, resolution: resolution)) <= 1e-12)
            }
        }
    }

    @Test("relabelling a partition leaves its modularity unchanged", arguments: seeds)
    func relabelling(seed: UInt64) throws {
        let graph = try RandomGraphs.make(seed: seed, nodes: 40, edges: 90)
        let view = AnalysisGraph(graph, directed: false)
        var random = SeededRandom(seed: seed)
        let labels = (0..<40).map { _ in Int32(random.next() % 6) }
        let permutation: [Int32] = [4, 0, 5, 2, 1, 3]
        let relabelled = labels.map { permutation[Int($0)] * 100 + 17 }
        #expect(Modularity.score(of: labels, in: view) == Modularity.score(of: relabelled, in: view))
        let a = Communities(labels: labels, graph: view)
        let b = Communities(labels: relabelled, graph: view)
        #expect(a.membership == b.membership, "canonical numbering does not depend on the labels")
    }

    @Test("Louvain never does worse than singletons, and is deterministic", arguments: seeds)
    func louvainProperties(seed: UInt64) throws {
        for directed in [false, true] {
            let graph = try RandomGraphs.make(seed: seed, nodes: 60, edges: 150, directed: directed, weighted: seed % 3 == 0)
            let view = AnalysisGraph(graph, directed: directed, weights: .declared)
            let singletons = Modularity.score(of: (0..<60).map { Int32($0) }, in: view)
            let found = Louvain.communities(in: view, seed: seed)
            #expect(found.modularity >= singletons)
            #expect(abs(found.modularity - Self.naiveModularity(view, found.membership)) <= 1e-12)
            let again = Louvain.communities(in: view, seed: seed)
            #expect(again.membership == found.membership)
            Self.expectCanonical(found)
            // A higher resolution never gives fewer, larger communities on average; at least it runs.
            let fine = Louvain.communities(in: view, seed: seed, resolution: 3)
            #expect(fine.count >= 1 && fine.resolution == 3)
        }
    }

    @Test("Louvain on graphs without ties gives singletons with undefined modularity")
    func louvainWithoutTies() throws {
        var builder = GraphBuilder()
        for node in 0..<5 { builder.addEntity(id: "v\(node)", kind: .person) }
        let view = AnalysisGraph(try builder.build(), directed: false)
        let found = Louvain.communities(in: view)
        #expect(found.count == 5)
        #expect(found.modularity.isNaN)
        #expect(LabelPropagation.communities(in: view).count == 5)
        let empty = AnalysisGraph(try GraphBuilder().build(), directed: false)
        #expect(Louvain.communities(in: empty).count == 0)
    }

    @Test("Louvain separates two cliques joined by one tie")
    func twoCliques() throws {
        var builder = GraphBuilder()
        builder.setDirected(false, declaredIn: "test")
        for node in 0..<10 { builder.addEntity(id: "v\(node)", kind: .person) }
        for group in [0, 5] {
            for a in group..<group + 5 { for b in a + 1..<group + 5 { builder.addRelationship(from: a, to: b, kind: "associated_with") } }
        }
        builder.addRelationship(from: 4, to: 5, kind: "associated_with")
        let view = AnalysisGraph(try builder.build(), directed: false)
        for seed in 0..<5 as Range<UInt64> {
            let found = Louvain.communities(in: view, seed: seed)
            #expect(found.count == 2)
            #expect(Array(found.members(of: 0)) == [0, 1, 2, 3, 4])
            #expect(Array(found.members(of: 1)) == [5, 6, 7, 8, 9])
            let propagated = LabelPropagation.communities(in: view, seed: seed)
            #expect(propagated.count == 2)
        }
    }

    /// Large levels (``LouvainPass/largeLevel`` nodes and more) revisit only nodes whose
    /// neighbourhood changed. On a planted partition of 12,000 entities — 120 groups of 100,
    /// each entity tying itself to 10 random members of its group, every other one to a random
    /// entity anywhere — the groups are the answer (NetworkX's `louvain_communities` finds
    /// exactly them, modularity 0.9400): Louvain must find them, score at least their
    /// modularity, and report the modularity its membership has. (With sparser groups, 24 of
    /// 500 tied 4 times each, NetworkX and CrimeGraph both settle at 0.789 against the planted
    /// 0.851: Louvain's known weakness, not a property to test.)
    @Test("Louvain recovers a planted partition on a large level")
    func plantedPartitionOnALargeLevel() throws {
        let (groups, size) = (120, 100)
        let n = groups * size
        var random = SeededRandom(seed: 2024)
        var builder = GraphBuilder()
        builder.setDirected(false, declaredIn: "test")
        let index = (0..<n).map { builder.addEntity(id: "v\($0)", kind: .person) }
        for node in 0..<n {
            let group = node / size
            for _ in 0..<10 {
                builder.addRelationship(from: index[node], to: index[group * size + Int(random.next() % UInt64(size))], kind: "associated_with")
            }
            if node % 2 == 0 { builder.addRelationship(from: index[node], to: index[Int(random.next() % UInt64(n))], kind: "associated_with") }
        }
        let graph = try builder.build()
        let view = AnalysisGraph(graph, directed: false)
        #expect(view.nodeCount >= LouvainPass.largeLevel)
        // The planted group of each entity, by its id (the built graph numbers entities its own way).
        let groupOf = (0..<n).map { entity in Int(graph.id(of: entity).dropFirst())! / size }
        let planted = groupOf.map(Int32.init)
        let plantedScore = Modularity.score(of: planted, in: view)
        let found = Louvain.communities(in: view, seed: 7)
        #expect(found.modularity >= plantedScore - 1e-9, "found \(found.modularity), planted \(plantedScore)")
        #expect(abs(found.modularity - Modularity.score(of: found.membership, in: view)) <= 1e-12)
        // Every found community lies within one planted group, and each group is one community.
        var groupsOf = [Set<Int>](repeating: [], count: found.count)
        var piecesOf = [Set<Int32>](repeating: [], count: groups)
        for node in 0..<n {
            groupsOf[Int(found.membership[node])].insert(groupOf[node])
            piecesOf[groupOf[node]].insert(found.membership[node])
        }
        #expect(groupsOf.allSatisfy { $0.count == 1 }, "\(found.count) communities, \(groupsOf.map(\.count).max() ?? 0) groups in one")
        #expect(piecesOf.allSatisfy { $0.count == 1 }, "\(piecesOf.map(\.count).max() ?? 0) pieces")
        #expect(Louvain.communities(in: view, seed: 7).membership == found.membership, "deterministic")
    }

    @Test("label propagation stops where every entity holds a most common neighbour label", arguments: seeds)
    func labelPropagation(seed: UInt64) throws {
        let graph = try RandomGraphs.make(seed: seed, nodes: 50, edges: 120, weighted: seed % 2 == 1)
        let view = AnalysisGraph(graph, directed: false, weights: .declared)
        let found = LabelPropagation.communities(in: view, seed: seed)
        Self.expectCanonical(found)
        #expect(LabelPropagation.communities(in: view, seed: seed).membership == found.membership)
        for node in 0..<view.nodeCount where !view.arcs(of: node).isEmpty {
            var votes: [Int32: Double] = [:]
            for arc in view.arcs(of: node) { votes[found.membership[Int(view.targets[arc])], default: 0] += view.strengths[arc] }
            let most = votes.values.max() ?? 0
            #expect(votes[found.membership[node]] == most, "node \(node) holds a label its neighbours do not favour")
        }
    }

    /// Communities numbered by size, ties by smallest member; members ascending; sizes add up.
    static func expectCanonical(_ found: Communities, sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        var previous: (size: Int, first: Int32)?
        var total = 0
        for community in 0..<found.count {
            let members = Array(found.members(of: community))
            #expect(!members.isEmpty && members == members.sorted(), sourceLocation: sourceLocation)
            #expect(members.allSatisfy { found.membership[Int($0)] == Int32(community) }, sourceLocation: sourceLocation)
            if let previous, let first = members.first {
                #expect(previous.size > members.count || (previous.size == members.count && previous.first < first), sourceLocation: sourceLocation)
            }
            previous = (members.count, members.first ?? -1)
            total += members.count
        }
        #expect(total == found.membership.count, sourceLocation: sourceLocation)
    }
}
