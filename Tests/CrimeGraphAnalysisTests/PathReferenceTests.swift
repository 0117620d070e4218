import CrimeGraph
import Foundation
import Testing

@testable import CrimeGraphAnalysis

/// Shortest, k-shortest and simple paths, and connecting networks, against NetworkX.
@Suite("Paths against NetworkX")
struct PathReferenceTests {
    func search(_ reference: Reference, directed: Bool = false, weighted: Bool = false) -> ConnectionGraph {
        ConnectionGraph(reference.graph, options: TraversalOptions(direction: directed ? .outgoing : .both), weighted: weighted)
    }

    @Test("shortest paths: lengths and counts", arguments: Reference.names)
    func shortestPaths(name: String) throws {
        let reference = try Reference.load(name)
        for (key, directed, weighted) in [
            ("shortest_paths", false, false), ("shortest_paths_weighted", false, true),
            ("shortest_paths_directed", true, false), ("shortest_paths_directed_weighted", true, true),
        ] {
            let cases = reference.list(key)
            guard !cases.isEmpty else { continue }
            let graph = search(reference, directed: directed, weighted: weighted)
            for item in cases {
                guard let from = reference.index(item["from"]), let to = reference.index(item["to"]) else { continue }
                let found = graph.shortestConnection(from: from, to: to)
                if let length = (item["length"] as? NSNumber)?.doubleValue {
                    let ours = found?.length ?? .nan
                    #expect(abs(ours - length) <= exactTolerance * max(1, length), "\(key) \(item)")
                    if let count = item["count"] as? Int, !weighted {
                        #expect(Int(graph.shortestConnectionCount(from: from, to: to)) == count, "\(key) count \(item)")
                        #expect(graph.allShortestConnections(from: from, to: to, limit: 10_000).count == count)
                    }
                } else {
                    #expect(found == nil, "\(key): expected unreachable \(item)")
                }
            }
        }
    }

    @Test("neighbourhoods: who is within 1, 2 and 3 hops, and how far", arguments: Reference.names)
    func neighborhoods(name: String) throws {
        let reference = try Reference.load(name)
        let cases = reference.list("neighborhoods")
        #expect(!cases.isEmpty, "the fixture lists neighbourhoods")
        let directions: [String: Direction] = ["both": .both, "out": .outgoing, "in": .incoming]
        for item in cases {
            guard let origin = reference.index(item["from"]), let depth = item["depth"] as? Int,
                let direction = (item["direction"] as? String).flatMap({ directions[$0] }),
                let distances = item["distances"] as? [String: Int]
            else {
                Issue.record("unreadable neighbourhood case \(item)")
                continue
            }
            let nearby = reference.graph.neighborhood(of: origin, options: TraversalOptions(direction: direction, maxDepth: depth))
            var ours: [String: Int] = [:]
            for (position, entity) in nearby.entities.enumerated() { ours[reference.graph.id(of: entity)] = nearby.depth(at: position) }
            #expect(ours == distances, "\(name) from \(item["from"] ?? "") \(direction) within \(depth)")
            #expect(nearby.entities.count == Set(nearby.entities).count, "each entity once")
        }
    }

    @Test("k shortest and simple paths", arguments: Reference.names)
    func kShortestAndSimple(name: String) throws {
        let reference = try Reference.load(name)
        let graph = search(reference)
        for item in reference.list("k_shortest_paths") {
            guard let from = reference.index(item["from"]), let to = reference.index(item["to"]), let lengths = item["lengths"] as? [Int] else { continue }
            let ours = graph.kShortestConnections(from: from, to: to, k: lengths.count).map(\.hopCount)
            #expect(ours == lengths, "\(item)")
        }
        for item in reference.list("simple_paths") {
            guard let from = reference.index(item["from"]), let to = reference.index(item["to"]),
                let cutoff = item["cutoff"] as? Int, let count = item["count"] as? Int
            else { continue }
            let ours = graph.simpleConnections(from: from, to: to, maximumHops: cutoff, limit: 1_000_000)
            #expect(ours.count == count, "\(item)")
            #expect(ours.allSatisfy { Set($0.entities).count == $0.entities.count && $0.hopCount <= cutoff })
        }
    }

    /// Steiner approximations differ by tie-breaking (even NetworkX's own, by hash order), so the
    /// check is the guarantee: optimum ≤ ours ≤ 2·optimum, spanning every terminal with a tree.
    @Test("connecting networks are within twice the optimum", arguments: Reference.names)
    func connectingNetwork(name: String) throws {
        let reference = try Reference.load(name)
        for item in reference.list("steiner_tree") {
            let terminals = (item["terminals"] as? [String] ?? []).compactMap { reference.graph.index(ofEntity: $0) }
            guard let optimum = (item["optimum"] as? NSNumber)?.doubleValue else { continue }
            let weighted = (item["weight"] as? String) == "distance"
            let network = search(reference, weighted: weighted).connectingNetwork(of: terminals)
            #expect(network.unreachable.isEmpty)
            #expect(network.totalLength >= optimum - 1e-9 && network.totalLength <= 2 * optimum + 1e-9, "\(network.totalLength) vs optimum \(optimum)")
            #expect(network.links.count == network.entities.count - 1, "a tree")
            #expect(Set(terminals).isSubset(of: network.entities))
        }
    }
}
