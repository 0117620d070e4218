import Testing

@testable import CrimeGraph

/// A random graph with self-loops, parallel edges and isolated entities.
func randomGraph(nodes: Int, edges: Int, seed: UInt64) throws -> (graph: Graph, pairs: [(Int, Int)]) {
    var generator = SeededGenerator(seed: seed)
    var builder = GraphBuilder()
    for index in 0..<nodes { builder.addEntity(id: "n\(index)", kind: index % 3 == 0 ? .company : .person) }
    var pairs: [(Int, Int)] = []
    for _ in 0..<edges {
        let from = Int.random(in: 0..<nodes, using: &generator)
        let to = Int.random(in: 0..<nodes, using: &generator)
        pairs.append((from, to))
        builder.addRelationship(from: from, to: to, kind: Bool.random(using: &generator) ? "associated_with" : "owns")
    }
    return (try builder.build(), pairs)
}

@Suite("Adjacency and traversal")
struct TraversalTests {
    @Test("CSR neighbour lists match a naive construction", arguments: [1 as UInt64, 2, 3, 4, 5])
    func csrMatchesNaiveLists(seed: UInt64) throws {
        let (graph, pairs) = try randomGraph(nodes: 60, edges: 150, seed: seed)
        var out = [[Int]](repeating: [], count: 60)
        var incoming = [[Int]](repeating: [], count: 60)
        var both = [[Int]](repeating: [], count: 60)
        for (edge, pair) in pairs.enumerated() {
            out[pair.0].append(edge)
            incoming[pair.1].append(edge)
            both[pair.0].append(edge)
            both[pair.1].append(edge)
        }
        for node in 0..<60 {
            #expect(graph.outgoing.relationships(of: node).map(Int.init) == out[node])
            #expect(graph.incoming.relationships(of: node).map(Int.init) == incoming[node])
            #expect(graph.undirected.relationships(of: node).map(Int.init) == both[node])
            #expect(graph.outgoing.neighbors(of: node).map(Int.init) == out[node].map { pairs[$0].1 })
        }
    }

    @Test("BFS depths equal naive relaxation", arguments: [7 as UInt64, 8, 9])
    func bfsDepthsAreShortest(seed: UInt64) throws {
        let (graph, pairs) = try randomGraph(nodes: 80, edges: 120, seed: seed)
        // Bellman–Ford style relaxation on unit weights, both directions.
        var distance = [Int](repeating: Int.max, count: 80)
        distance[0] = 0
        var changed = true
        while changed {
            changed = false
            for (a, b) in pairs {
                for (x, y) in [(a, b), (b, a)] where distance[x] != Int.max && distance[x] + 1 < distance[y] {
                    distance[y] = distance[x] + 1
                    changed = true
                }
            }
        }
        let search = graph.breadthFirstSearch(from: 0)
        for node in 0..<80 {
            #expect(Int(search.depth[node]) == (distance[node] == Int.max ? -1 : distance[node]))
            if let path = search.path(to: node) {
                #expect(path.length == distance[node])
                for (step, edge) in path.relationships.enumerated() {
                    let ends = Set([graph.source(of: edge), graph.target(of: edge)])
                    #expect(ends == Set([path.entities[step], path.entities[step + 1]]))
                }
            }
        }
    }

    @Test func filtersDirectionDepthKindsAndExclusions() throws {
        let graph = try Graph.build([sampleFile()])
        let sar = 0, moi = 1, raid = 2
        #expect(graph.shortestPath(from: sar, to: raid)?.entities == [sar, moi, raid])
        #expect(graph.shortestPath(from: raid, to: sar, options: .init(direction: .outgoing)) == nil)
        #expect(graph.shortestPath(from: sar, to: raid, options: .init(excludedEntities: [moi])) == nil)
        #expect(graph.shortestPath(from: sar, to: raid, options: .init(relationKinds: ["holds_post"])) == nil)
        #expect(graph.shortestPath(from: sar, to: raid, options: .init(entityKinds: [.agency, .event]))?.length == 2)
        let near = graph.breadthFirstSearch(from: sar, options: .init(maxDepth: 1))
        #expect(near.order == [sar, moi])
    }

    /// A neighbourhood is the breadth-first search cut at its depth: the same entities in the
    /// same order, with the same depths and the same first relationships, under every filter.
    @Test("neighbourhood equals BFS cut at its depth", arguments: [11 as UInt64, 12, 13, 14])
    func neighborhoodMatchesBreadthFirstSearch(seed: UInt64) throws {
        let (graph, _) = try randomGraph(nodes: 120, edges: 200, seed: seed)
        let variants: [TraversalOptions] = [
            TraversalOptions(), TraversalOptions(direction: .outgoing), TraversalOptions(direction: .incoming),
            TraversalOptions(relationKinds: ["owns"]), TraversalOptions(entityKinds: [.person]),
            TraversalOptions(excludedEntities: [1, 2, 3, 5, 8, 13]),
        ]
        var checked = 0
        for base in variants {
            for depth in [nil, 0, 1, 2, 3] {
                var options = base
                options.maxDepth = depth
                for origin in stride(from: 0, to: 120, by: 7) {
                    let search = graph.breadthFirstSearch(from: origin, options: options)
                    let nearby = graph.neighborhood(of: origin, options: options)
                    #expect(nearby.entities == search.order)
                    #expect(nearby.entities.indices.map(nearby.depth(at:)) == search.order.map { Int(search.depth[$0]) })
                    #expect(nearby.entities.indices.map { nearby.relationship(at: $0).map(UInt32.init) ?? .max }
                        == search.order.map { search.parentRelationship[$0] })
                    for position in nearby.entities.indices {
                        #expect(nearby.path(toEntityAt: position) == search.path(to: nearby.entities[position]))
                    }
                    let levels = (0...nearby.maximumDepth).map { Array(nearby.entities(atDepth: $0)) }
                    #expect(levels.joined().elementsEqual(nearby.entities), "the levels partition the entities in order")
                    #expect(levels.allSatisfy { !$0.isEmpty }, "no empty level")
                    #expect(nearby.entities(atDepth: nearby.maximumDepth + 1).isEmpty)
                    checked += nearby.reachedCount
                }
            }
        }
        #expect(checked > 1_000, "the variants reach something")
    }

    /// Marks are pooled and reused by generation: thousands of searches on one graph, from
    /// several threads at once, must each see cleared marks.
    @Test func neighbourhoodsFromManyThreadsSeeClearedMarks() async throws {
        let (graph, _) = try randomGraph(nodes: 300, edges: 600, seed: 21)
        let expected = (0..<300).map { graph.neighborhood(of: $0, options: TraversalOptions(maxDepth: 2)).entities }
        try await withThrowingTaskGroup(of: Bool.self) { group in
            for worker in 0..<4 {
                group.addTask {
                    for round in 0..<20 {
                        for origin in 0..<300 where (origin + round + worker) % 3 == 0 {
                            guard graph.neighborhood(of: origin, options: TraversalOptions(maxDepth: 2)).entities == expected[origin] else { return false }
                        }
                    }
                    return true
                }
            }
            for try await agreed in group { #expect(agreed) }
        }
    }

    @Test func componentsAreNumberedLargestFirst() throws {
        var builder = GraphBuilder()
        for id in ["a", "b", "c", "d", "e", "f"] { builder.addEntity(id: id, kind: .person) }
        builder.addRelationship(from: 4, to: 5, kind: "associated_with")
        builder.addRelationship(from: 1, to: 2, kind: "associated_with")
        builder.addRelationship(from: 3, to: 2, kind: "associated_with")
        builder.addRelationship(from: 0, to: 0, kind: "associated_with")
        let components = try builder.build().connectedComponents()
        #expect(components.count == 3)
        #expect(components.sizes == [3, 2, 1])
        #expect(components.members(of: 0) == [1, 2, 3])
        #expect(components.members(of: 1) == [4, 5])
        #expect(components.members(of: 2) == [0])
    }

    @Test func subgraphKeepsIDsAndDetails() throws {
        let graph = try Graph.build([sampleFile()])
        let view = graph.subgraph(keeping: [1, 2])
        #expect(view.entities.map(\.id) == ["moi", "raid"])
        #expect((0..<view.relationshipCount).map(view.relationshipID(of:)) == ["moi--participated_in--raid", "moi--participated_in--raid--2"])
        let later = graph.subgraph(keeping: [1, 2]) { $0 == 2 }
        #expect(later.relationshipID(of: 0) == "moi--participated_in--raid--2")
        #expect(later.date(ofRelationship: 0)?.iso == "2022-09")
    }
}
