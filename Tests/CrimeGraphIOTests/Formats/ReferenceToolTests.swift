import CrimeGraph
import Foundation
import Testing

@testable import CrimeGraphIO

/// What CrimeGraph writes, checked by the other tools' own readers (NetworkX, igraph,
/// followthemoney, Graphviz's dot), and what those tools write, read back by CrimeGraph. The
/// tools come from the pinned `.venv` and the system's Graphviz; without them these tests
/// skip, saying so, unless CI=true, where they fail.
@Suite("Reference tools", .serialized)
struct ReferenceToolTests {
    static func graphs() throws -> [(name: String, graph: Graph)] {
        [("rich", try SampleGraphs.rich()), ("sihanoukville", try GraphLoader.load([Fixtures.sihanoukville]).graph)]
    }

    /// What NetworkX should see: node attributes and edges with their keys and attributes.
    static func expectation(_ graph: Graph, gexf: Bool) -> [String: Any] {
        var nodes: [String: Any] = [:]
        for index in 0..<graph.entityCount {
            var attributes: [String: Any] = ["kind": graph.kind(of: index).rawValue]
            if gexf { attributes["label"] = graph.name(of: index) } else { attributes["name"] = graph.name(of: index) }
            for property in graph.properties(ofEntity: index) {
                let key = ElementEncoder.propertyName(property.key, reserved: ElementEncoder.reservedForEntities)
                if key == "mixed" { continue }  // string and integer values: a JSON key
                switch property.value {
                case .string(let text): attributes[key] = text
                case .integer(let number): attributes[key] = number
                case .number(let number): attributes[key] = number
                case .boolean(let flag): attributes[key] = flag
                default: break
                }
            }
            nodes[graph.id(of: index)] = attributes
        }
        let edges: [[Any]] = (0..<graph.relationshipCount).map { index in
            var attributes: [String: Any] = ["kind": graph.relationKind(of: index).rawValue]
            if let weight = graph.weight(of: index) { attributes["weight"] = weight }
            return [graph.id(of: graph.source(of: index)), graph.id(of: graph.target(of: index)), graph.relationshipID(of: index), attributes]
        }
        return ["directed": graph.isDirected, "nodes": nodes, "edges": edges]
    }

    @Test("NetworkX and igraph read our GraphML and GEXF", arguments: [FileFormat.graphML, .gexf])
    func networkXReadsOurFiles(format: FileFormat) throws {
        guard let python = FormatTesting.python("NetworkX and igraph read CrimeGraph's \(format.name)") else { return }
        let folder = try FormatTesting.temporaryFolder()
        defer { FormatTesting.cleanUp(folder) }
        for (name, graph) in try Self.graphs() {
            let path = folder + "/\(name)\(format.extensions[0])"
            try Data(format.write(graph).files[0].bytes).write(to: URL(fileURLWithPath: path))
            let expected = try JSONSerialization.data(withJSONObject: Self.expectation(graph, gexf: format == .gexf))
            try expected.write(to: URL(fileURLWithPath: folder + "/\(name).json"))
            let result = try FormatTesting.run(python, [FormatTesting.fixture("check_networkx.py"), path, folder + "/\(name).json"])
            #expect(result.status == 0, "\(format.name) \(name): \(result.output)\(result.errors)")
            #expect(result.output.hasPrefix("ok: \(graph.entityCount) nodes, \(graph.relationshipCount) edges"), "\(result.output)")
        }
    }

    @Test func followTheMoneyAcceptsEveryEntityWeWrite() throws {
        guard let python = FormatTesting.python("followthemoney parses CrimeGraph's FtM output") else { return }
        let folder = try FormatTesting.temporaryFolder()
        defer { FormatTesting.cleanUp(folder) }
        for (name, graph) in try Self.graphs() {
            let path = folder + "/\(name).ftm.json"
            try Data(FileFormat.followTheMoney.write(graph).files[0].bytes).write(to: URL(fileURLWithPath: path))
            let result = try FormatTesting.run(python, [FormatTesting.fixture("check_ftm.py"), path])
            #expect(result.status == 0, "\(name): \(result.output)\(result.errors)")
            let summary = try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [String: Any]
            #expect(summary?["entities"] as? Int == graph.entityCount + graph.relationshipCount, "\(name): \(result.output)")
        }
    }

    @Test func dotParsesOurDOTAndItsCanonicalFormReadsBack() throws {
        guard let dot = FormatTesting.dot("dot parses CrimeGraph's DOT") else { return }
        let folder = try FormatTesting.temporaryFolder()
        defer { FormatTesting.cleanUp(folder) }
        for (name, graph) in try Self.graphs() {
            let path = folder + "/\(name).dot"
            try Data(FileFormat.dot.write(graph).files[0].bytes).write(to: URL(fileURLWithPath: path))
            let result = try FormatTesting.run(dot, ["-Tcanon", path])
            #expect(result.status == 0 && result.errors.isEmpty, "\(name): \(result.errors)")
            // Graphviz's own rewriting of the file reads back into the same graph (it sorts
            // attributes by name, so properties come back in another order).
            let canonical = folder + "/\(name).canon.gv"
            try result.output.write(toFile: canonical, atomically: true, encoding: .utf8)
            let back = try GraphLoader.load([canonical]).graph
            let entities = FormatTesting.entitiesMatch(graph, back, propertyOrder: false)
            let relationships = FormatTesting.relationshipsMatch(graph, back, propertyOrder: false)
            #expect(entities.isEmpty, "\(name): \(entities.prefix(2))")
            #expect(relationships.isEmpty, "\(name): \(relationships.prefix(2))")
        }
    }

    /// Files NetworkX and igraph write read back into the graph they describe: the committed
    /// copies, and (with the tools present) files made afresh by the pinned versions.
    @Test func filesWrittenByNetworkXAndIgraphReadBack() throws {
        var folders = [FormatTesting.fixture("networkx")]
        let fresh = try FormatTesting.temporaryFolder()
        defer { FormatTesting.cleanUp(fresh) }
        if let python = FormatTesting.python("files freshly written by NetworkX and igraph read back") {
            let result = try FormatTesting.run(python, [FormatTesting.fixture("make_reference_files.py"), fresh])
            #expect(result.status == 0, "\(result.errors)")
            folders.append(fresh)
        }
        for folder in folders {
            let expected = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: folder + "/expected.json"))) as? [String: Any])
            for file in ["networkx.graphml", "networkx.gexf"] {
                try check(try GraphLoader.load([folder + "/" + file]).graph, against: expected, file: file)
            }
            let igraph = try GraphLoader.load([folder + "/igraph.graphml"]).graph
            #expect(igraph.isDirected && igraph.entityCount == 4 && igraph.relationshipCount == 4)
            #expect((0..<4).map { igraph.name(of: $0) } == ["a", "b", "c", "d"])
            #expect((0..<4).map { igraph.kind(of: $0).rawValue } == ["person", "person", "company", "location"])
            #expect(igraph.properties(ofEntity: 0)["label"] == .string("Alpha"))
            #expect((0..<4).map { igraph.relationKind(of: $0).rawValue } == ["owns", "directs", "directs", "located_in"])
            #expect((0..<4).compactMap { igraph.weight(of: $0) } == [1.5, 2, 2, 4])
        }
    }

    private func check(_ graph: Graph, against expected: [String: Any], file: String) throws {
        let nodes = try #require(expected["nodes"] as? [String: [String: Any]])
        let edges = try #require(expected["edges"] as? [[String: Any]])
        #expect(graph.isDirected == (expected["directed"] as? Bool), "\(file)")
        #expect(graph.entityCount == nodes.count && graph.relationshipCount == edges.count, "\(file)")
        for (id, node) in nodes {
            let index = try #require(graph.index(ofEntity: id), "\(file): \(id)")
            #expect(graph.name(of: index) == node["name"] as? String && graph.kind(of: index).rawValue == node["kind"] as? String, "\(file): \(id)")
            let properties = try #require(node["properties"] as? [String: Any])
            #expect(graph.properties(ofEntity: index).count == properties.count, "\(file): \(id) \(graph.properties(ofEntity: index))")
            for (key, value) in properties { #expect(Self.same(graph.properties(ofEntity: index)[key], value), "\(file): \(id).\(key)") }
        }
        for (position, edge) in edges.enumerated() {
            #expect(graph.id(of: graph.source(of: position)) == edge["from"] as? String && graph.id(of: graph.target(of: position)) == edge["to"] as? String, "\(file) #\(position)")
            #expect(graph.relationKind(of: position).rawValue == edge["kind"] as? String, "\(file) #\(position)")
            #expect(graph.weight(of: position) == edge["weight"] as? Double, "\(file) #\(position)")
            #expect(graph.date(ofRelationship: position)?.iso == edge["date"] as? String, "\(file) #\(position)")
            let properties = try #require(edge["properties"] as? [String: Any])
            var found = graph.properties(ofRelationship: position)
            found["key"] = nil
            #expect(found.count == properties.count, "\(file) #\(position): \(found)")
            for (key, value) in properties { #expect(Self.same(found[key], value), "\(file) #\(position).\(key)") }
        }
    }

    private static func same(_ value: PropertyValue?, _ expected: Any) -> Bool {
        switch value {
        case .string(let text): return text == expected as? String
        case .integer(let number): return (expected as? Int) == number
        case .number(let number): return (expected as? NSNumber)?.doubleValue == number
        case .boolean(let flag): return (expected as? NSNumber).map { $0.boolValue == flag } ?? false
        default: return false
        }
    }
}
