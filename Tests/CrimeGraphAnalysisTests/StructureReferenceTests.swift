import CrimeGraph
import Foundation
import Testing

@testable import CrimeGraphAnalysis

/// Components, cut points, cores, density and distances against NetworkX.
@Suite("Structure against NetworkX")
struct StructureReferenceTests {
    func ids(_ reference: Reference, _ indices: [Int]) -> [String] { indices.map { reference.graph.id(of: $0) } }

    @Test("components, cut points, cores, density", arguments: Reference.names)
    func structure(name: String) throws {
        let reference = try Reference.load(name)
        let undirected = reference.undirected()
        let weak = Structure.weakComponents(undirected).members.map { ids(reference, $0) }
        #expect(weak == reference.measures["weakly_connected_components"] as? [[String]])
        if reference.isDirected {
            let strong = Structure.strongComponents(reference.directed()).members.map { ids(reference, $0) }
            #expect(strong == reference.measures["strongly_connected_components"] as? [[String]])
            #expect(Structure.weakComponents(reference.directed()).members.map { ids(reference, $0) } == weak)
            if let expected = (reference.measures["density_directed"] as? NSNumber)?.doubleValue {
                #expect(abs(Structure.density(reference.directed()) - expected) < exactTolerance)
            }
        }
        let cuts = Structure.cutPoints(undirected)
        #expect(ids(reference, cuts.articulationPoints) == reference.measures["articulation_points"] as? [String])
        let bridges = cuts.bridges.map { [reference.graph.id(of: $0.from), reference.graph.id(of: $0.to)] }
        #expect(bridges == reference.measures["bridges"] as? [[String]])
        if let expected = reference.nodeValues("core_number") {
            #expect(Structure.coreNumbers(undirected).map(Double.init) == expected)
            // The same with every level peeled on all cores (atomic degrees).
            #expect(Structure.coreNumbers(undirected, parallelFrom: 1).map(Double.init) == expected)
        }
        if let expected = (reference.measures["density"] as? NSNumber)?.doubleValue {
            #expect(abs(Structure.density(undirected) - expected) < exactTolerance)
        }
        let stats = Structure.componentDistances(undirected)
        let expected = reference.list("components")
        #expect(stats.count == expected.count)
        for (ours, theirs) in zip(stats, expected) {
            #expect(ours.size == theirs["size"] as? Int)
            #expect(ours.diameter == theirs["diameter"] as? Int)
            let average = (theirs["average_shortest_path_length"] as? NSNumber)?.doubleValue ?? .nan
            #expect(abs(ours.averageDistance - average) < exactTolerance)
        }
    }

    @Test("fragmentation after removing the top entities", arguments: Reference.names)
    func fragmentation(name: String) throws {
        let reference = try Reference.load(name)
        for item in reference.list("fragmentation") {
            let removed = (item["removed"] as? [String] ?? []).compactMap { reference.graph.index(ofEntity: $0) }
            let report = Disruption.simulate(reference.graph, target: .named(removed))
            #expect(report.after.components == item["components"] as? Int, "\(removed)")
            #expect(report.after.largestComponent == item["largest"] as? Int)
            let expected = (item["fragmentation"] as? NSNumber)?.doubleValue ?? .nan
            #expect(abs(report.after.fragmentation - expected) < exactTolerance)
        }
        // The top-k removal by betweenness picks the same entities as the fixture (ties by id).
        if let third = reference.list("fragmentation").first(where: { ($0["removed"] as? [String])?.count == 3 }),
            reference.graph.entityCount > 3
        {
            let report = Disruption.simulate(reference.graph, target: .top(count: 3, measure: .betweenness))
            let chosen = Set(report.steps.map { reference.graph.id(of: $0.removed) })
            #expect(chosen == Set(third["removed"] as? [String] ?? []))
        }
    }

    /// Core numbers straight from the definition: repeatedly remove a node of least remaining
    /// degree; a node's core number is the largest least-degree seen up to its removal.
    static func naiveCores(_ view: AnalysisGraph) -> [Int] {
        let n = view.nodeCount
        var neighbors = [Set<Int>](repeating: [], count: n)
        for node in 0..<n {
            for arc in view.arcs(of: node) where Int(view.targets[arc]) != node { neighbors[node].insert(Int(view.targets[arc])) }
        }
        var alive = Set(0..<n)
        var cores = [Int](repeating: 0, count: n)
        var floor = 0
        while let node = alive.min(by: { (neighbors[$0].count, $0) < (neighbors[$1].count, $1) }) {
            floor = max(floor, neighbors[node].count)
            cores[node] = floor
            alive.remove(node)
            for other in neighbors[node] { neighbors[other].remove(node) }
        }
        return cores
    }

    /// Random graphs with self-loops, a dense core and pendant chains, peeled one level at a
    /// time on one core and on all cores, against the definition.
    @Test("core numbers equal the definition, on one core and on all", arguments: [1 as UInt64, 2, 3, 4])
    func coreNumbersMatchTheDefinition(seed: UInt64) throws {
        var builder = GraphBuilder()
        builder.setDirected(false, declaredIn: "test")
        let n = 400
        var random = SeededRandom(seed: seed)
        for node in 0..<n { builder.addEntity(id: "v\(node)", kind: .person) }
        for _ in 0..<900 { builder.addRelationship(from: Int(random.next() % UInt64(n)), to: Int(random.next() % UInt64(n)), kind: "associated_with") }
        for a in 0..<20 { for b in a + 1..<20 where random.next() % 4 != 0 { builder.addRelationship(from: a, to: b, kind: "associated_with") } }
        let view = AnalysisGraph(try builder.build(), directed: false)
        let expected = Self.naiveCores(view)
        #expect(Set(expected).count >= 4, "several levels")
        #expect(Structure.coreNumbers(view) == expected)
        #expect(Structure.coreNumbers(view, parallelFrom: 1) == expected)
    }

    @Test func deepChainsDoNotOverflowTheStack() throws {
        var builder = GraphBuilder()
        let count = 200_000
        for index in 0..<count { builder.addEntity(id: "n\(index)", kind: .person) }
        for index in 1..<count { builder.addRelationship(from: index - 1, to: index, kind: "associated_with") }
        let graph = try builder.build()
        let undirected = AnalysisGraph(graph, directed: false)
        let cuts = Structure.cutPoints(undirected)
        #expect(cuts.articulationPoints.count == count - 2)
        #expect(cuts.bridges.count == count - 1)
        #expect(Structure.strongComponents(AnalysisGraph(graph, directed: true)).count == count)
        #expect(Structure.coreNumbers(undirected).allSatisfy { $0 == 1 })
    }
}
