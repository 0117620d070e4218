import Testing

@testable import CrimeGraph

/// A small case: two people, an agency, an event, one relationship added before its ends.
func sampleFile(path: String = "a.yaml") -> CaseFile {
    CaseFile(
        title: "Sample",
        entities: [
            Entity(id: "sar-kheng", kind: .person, name: "Sar Kheng", aliases: ["Samdech Kralahom Sar Kheng"], origin: .init(file: path, line: 3)),
            Entity(id: "moi", kind: .agency, name: "Ministry of Interior", aliases: ["MoI"], origin: .init(file: path, line: 4)),
            Entity(id: "raid", kind: .event, name: "Raid", origin: .init(file: path, line: 5)),
            Entity(id: "quach", kind: .person, name: "Quách Văn Đức", origin: .init(file: path, line: 6)),
        ],
        relationships: [
            Relationship(from: "sar-kheng", to: "moi", kind: "holds_post", origin: .init(file: path, line: 8)),
            Relationship(from: "moi", to: "raid", kind: "participated_in", origin: .init(file: path, line: 9)),
            Relationship(from: "moi", to: "raid", kind: "participated_in", date: CaseDate(iso: "2022-09"), origin: .init(file: path, line: 10)),
        ], path: path)
}

@Suite("Graph building")
struct GraphBuilderTests {
    @Test func indexesEntitiesAndRelationshipsInOrder() throws {
        let graph = try Graph.build([sampleFile()])
        #expect(graph.entityCount == 4)
        #expect(graph.relationshipCount == 3)
        #expect(graph.index(ofEntity: "moi") == 1)
        #expect(graph.kind(of: 2) == .event)
        #expect(graph.entities(ofKind: .person) == [0, 3])
        #expect(graph.relationships(ofKind: "participated_in") == [1, 2])
        #expect(graph.entityCountsByKind == [.person: 2, .agency: 1, .event: 1])
    }

    @Test func repeatedTriplesGetNumberedIDs() throws {
        let graph = try Graph.build([sampleFile()])
        #expect(graph.relationshipID(of: 0) == "sar-kheng--holds_post--moi")
        #expect(graph.relationshipID(of: 1) == "moi--participated_in--raid")
        #expect(graph.relationshipID(of: 2) == "moi--participated_in--raid--2")
        #expect(graph.index(ofRelationship: "moi--participated_in--raid--2") == 2)
        #expect(graph.relationship(at: 2).hasGeneratedID)
    }

    @Test func identicalEntitiesFromTwoFilesUnionOnce() throws {
        var second = sampleFile(path: "b.yaml")
        second.entities.append(Entity(id: "galaxy", kind: .company, name: "Galaxy World", origin: .init(file: "b.yaml", line: 7)))
        second.relationships = [Relationship(from: "raid", to: "galaxy", kind: "targeted", origin: .init(file: "b.yaml", line: 12))]
        let graph = try Graph.build([sampleFile(), second])
        #expect(graph.entityCount == 5)
        #expect(graph.relationshipCount == 4)
        #expect(graph.files == ["a.yaml", "b.yaml"])
    }

    @Test func conflictingDuplicatesNameBothPlaces() {
        var second = CaseFile(path: "b.yaml")
        second.entities = [Entity(id: "moi", kind: .organization, name: "Ministry of Interior", origin: .init(file: "b.yaml", line: 2, column: 3))]
        #expect {
            try Graph.build([sampleFile(), second])
        } throws: { error in
            guard let error = error as? DiagnosticsError else { return false }
            return error.diagnostics.map(\.description) == [
                "b.yaml:2:3: error: entity 'moi' is defined differently (first defined at a.yaml:4)"
            ]
        }
    }

    @Test func duplicatesWithinOneFileAreErrors() {
        var file = sampleFile()
        file.entities.append(Entity(id: "raid", kind: .event, name: "Raid", origin: .init(file: "a.yaml", line: 20)))
        #expect(throws: DiagnosticsError.self) { try Graph.build([file]) }
    }

    @Test func danglingReferencesSuggestCloseIDs() {
        var file = sampleFile()
        file.relationships.append(Relationship(from: "sar-khen", to: "raid", kind: "ordered", origin: .init(file: "a.yaml", line: 30, column: 5)))
        #expect {
            try Graph.build([file])
        } throws: { error in
            (error as? DiagnosticsError)?.description
                == "a.yaml:30:5: error: relationship 'sar-khen--ordered--raid': 'from' names unknown entity 'sar-khen'; did you mean 'sar-kheng'?"
        }
    }

    @Test func directedSettingsMustAgree() {
        var undirected = CaseFile(isDirected: false, path: "u.yaml")
        undirected.entities = [Entity(id: "x", kind: .person, name: "X")]
        #expect(throws: DiagnosticsError.self) { try Graph.build([sampleFile(), undirected]) }
    }

    @Test func bulkInsertionKeepsMemoryColumnar() throws {
        var builder = GraphBuilder()
        let a = builder.addEntity(id: "a", kind: .person)
        let b = builder.addEntity(id: "b", kind: .person)
        #expect(builder.addEntity(id: "a", kind: .person) == a)
        builder.addRelationship(from: a, to: b, kind: "communicated_with", weight: 3)
        builder.addRelationship(from: b, to: a, kind: "communicated_with")
        let graph = try builder.build()
        #expect(graph.weight(of: 0) == 3)
        #expect(graph.weight(of: 1) == nil)
        #expect(graph.isWeighted)
        #expect(graph.entity(at: 0).citations.isEmpty)
        #expect(graph.name(of: 1) == "b")
    }

    @Test func caseFileOfAGraphRebuildsTheSameGraph() throws {
        let graph = try Graph.build([sampleFile()])
        let again = try Graph.build([graph.caseFile()])
        #expect(again.entities.map(\.id) == graph.entities.map(\.id))
        #expect((0..<again.relationshipCount).map(again.relationshipID(of:)) == (0..<graph.relationshipCount).map(graph.relationshipID(of:)))
    }
}

extension Graph {
    /// Builds a graph from case files (test convenience).
    static func build(_ files: [CaseFile]) throws -> Graph {
        var builder = GraphBuilder()
        for file in files { builder.add(file) }
        return try builder.build()
    }
}
