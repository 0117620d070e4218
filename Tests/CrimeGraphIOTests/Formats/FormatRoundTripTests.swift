import CrimeGraph
import Foundation
import Testing

@testable import CrimeGraphIO

/// Native → format → native, for every format CrimeGraph writes.
@Suite("Format round trips")
struct FormatRoundTripTests {
    static let losslessFormats: [FileFormat] = [.graphML, .gexf, .dot, .json, .yaml]

    static func graphs() throws -> [(name: String, graph: Graph)] {
        [
            ("rich", try SampleGraphs.rich()),
            ("sihanoukville", try GraphLoader.load([Fixtures.sihanoukville]).graph),
            ("small", try GraphLoader.load([Fixtures.path("Tests/Fixtures/valid/small.yaml")]).graph),
            ("scripts", try GraphLoader.load([Fixtures.path("Tests/Fixtures/valid/scripts.yaml")]).graph),
        ]
    }

    @Test("lossless formats keep everything", arguments: losslessFormats)
    func lossless(format: FileFormat) throws {
        let folder = try FormatTesting.temporaryFolder()
        defer { FormatTesting.cleanUp(folder) }
        for (name, graph) in try Self.graphs() {
            let (export, back) = try FormatTesting.roundTrip(graph, format, in: folder, name: name)
            #expect(export.losses.isEmpty, "\(format) \(name): \(export.losses)")
            #expect(FormatTesting.entitiesMatch(graph, back).isEmpty, "\(format) \(name): \(FormatTesting.entitiesMatch(graph, back).prefix(3))")
            #expect(FormatTesting.relationshipsMatch(graph, back).isEmpty, "\(format) \(name): \(FormatTesting.relationshipsMatch(graph, back).prefix(3))")
            #expect(back.title == graph.title && back.description == graph.description, "\(format) \(name)")
            #expect(back.isDirected == graph.isDirected && back.weightMeaning == graph.weightMeaning, "\(format) \(name)")
            #expect(back.sources.map { $0.id } == graph.sources.map { $0.id }, "\(format) \(name)")
            #expect(zip(back.sources, graph.sources).allSatisfy { var a = $0; var b = $1; a.origin = nil; b.origin = nil; a.file = nil; b.file = nil; return a == b })
            #expect(back.declaredKinds == graph.declaredKinds && back.declaredRelationKinds == graph.declaredRelationKinds, "\(format) \(name)")
        }
    }

    @Test("writing is deterministic", arguments: FileFormat.allCases)
    func deterministic(format: FileFormat) throws {
        let graph = try SampleGraphs.rich()
        #expect(format.write(graph).files.map(\.bytes) == format.write(graph).files.map(\.bytes))
    }

    @Test("CSV and TSV keep every entity and relationship, and say they drop the header", arguments: [FileFormat.csv, .tsv])
    func tables(format: FileFormat) throws {
        let folder = try FormatTesting.temporaryFolder()
        defer { FormatTesting.cleanUp(folder) }
        for (name, graph) in try Self.graphs() {
            let (export, back) = try FormatTesting.roundTrip(graph, format, in: folder, name: name)
            #expect(export.files.count == 2)
            // Text a spreadsheet would run as a formula comes back with the apostrophe that
            // defused it (InjectionSafetyTests); everything else exactly.
            let expected = try Self.defusingFormulas(graph)
            let entities = FormatTesting.entitiesMatch(expected, back, propertyOrder: false)
            let relationships = FormatTesting.relationshipsMatch(expected, back, propertyOrder: false)
            #expect(entities.isEmpty, "\(format) \(name): \(entities.prefix(3))")
            #expect(relationships.isEmpty, "\(format) \(name): \(relationships.prefix(3))")
            #expect(export.losses.contains { $0.message.hasPrefix("the title, description") })
        }
    }

    /// `graph` as its CSV tables defuse it: names and text properties starting with `=`, `+`,
    /// `-`, `@`, a tab or a carriage return (and not numbers) get a leading `'`.
    static func defusingFormulas(_ graph: Graph) throws -> Graph {
        func defused(_ text: String) -> String {
            guard let first = text.unicodeScalars.first, "=+-@\t\r".unicodeScalars.contains(first), Double(text) == nil else { return text }
            return "'" + text
        }
        func defused(_ properties: PropertyList) -> PropertyList {
            var result = properties
            for property in properties {
                if case .string(let text) = property.value { result[property.key] = .string(defused(text)) }
            }
            return result
        }
        var builder = GraphBuilder()
        for source in graph.sources { builder.add(source) }
        for index in 0..<graph.entityCount {
            var entity = graph.entity(at: index)
            entity.name = defused(entity.name)
            entity.properties = defused(entity.properties)
            _ = builder.add(entity)
        }
        for index in 0..<graph.relationshipCount {
            var relationship = graph.relationship(at: index)
            relationship.properties = defused(relationship.properties)
            builder.add(relationship)
        }
        return try builder.build()
    }

    @Test func neo4jAdminFilesReadBackAsCSV() throws {
        let folder = try FormatTesting.temporaryFolder()
        defer { FormatTesting.cleanUp(folder) }
        let graph = try GraphLoader.load([Fixtures.sihanoukville]).graph
        let export = FileFormat.neo4jAdmin.write(graph)
        for file in export.files { try Data(file.bytes).write(to: URL(fileURLWithPath: file.path(for: folder))) }
        let back = try GraphLoader.load([folder + "/nodes.csv", folder + "/relationships.csv"]).graph
        // Neo4j has no map values: quantities and mixed lists come back as their JSON text.
        let quantities = Set((0..<graph.entityCount).flatMap { index in
            graph.properties(ofEntity: index).filter { if case .string = $0.value { return false } else { return true } }.map(\.key)
        } + (0..<graph.relationshipCount).flatMap { index in
            graph.properties(ofRelationship: index).filter { if case .string = $0.value { return false } else { return true } }.map(\.key)
        })
        let entities = FormatTesting.entitiesMatch(graph, back, ignoringProperties: quantities, propertyOrder: false)
        let relationships = FormatTesting.relationshipsMatch(graph, back, ignoringProperties: quantities, propertyOrder: false)
        #expect(entities.isEmpty, "\(entities.prefix(3))")
        #expect(relationships.isEmpty, "\(relationships.prefix(3))")
    }

    @Test func followTheMoneyKeepsWhatItCanHold() throws {
        let folder = try FormatTesting.temporaryFolder()
        defer { FormatTesting.cleanUp(folder) }
        for (name, graph) in try Self.graphs() {
            let (export, back) = try FormatTesting.roundTrip(graph, .followTheMoney, in: folder, name: name)
            #expect(back.entityCount == graph.entityCount && back.relationshipCount == graph.relationshipCount, "\(name)")
            for index in 0..<graph.entityCount {
                let original = graph.entity(at: index)
                guard let other = back.index(ofEntity: FtMIDs.sanitize(original.id)) else {
                    Issue.record("\(name): entity \(original.id) missing")
                    continue
                }
                let read = back.entity(at: other)
                #expect(read.kind == original.kind && read.name == original.name && read.aliases == original.aliases, "\(name) \(original.id)")
                #expect(read.tags == original.tags, "\(name) \(original.id)")
                if let date = original.date, FtMSchema.intervals.contains(FtMSchema.schemaOfKind[original.kind] ?? "") {
                    #expect(read.date?.iso == date.iso, "\(name) \(original.id)")
                }
            }
            // FtM keeps the order: relationship n is line n after the entities.
            for index in 0..<min(graph.relationshipCount, back.relationshipCount) {
                let original = graph.relationship(at: index)
                let read = back.relationship(at: index)
                #expect(read.kind == original.kind && read.from == FtMIDs.sanitize(original.from) && read.to == FtMIDs.sanitize(original.to),
                    "\(name) \(original.id): \(read.from) \(read.kind) \(read.to)")
                #expect(read.date?.iso == original.date?.iso && read.hasGeneratedID == original.hasGeneratedID, "\(name) \(original.id) → \(read.id)")
            }
            if name == "rich" {
                #expect(export.losses.contains { $0.message.hasPrefix("relationship weights") })
                #expect(export.losses.contains { $0.message.hasPrefix("citations") })
            }
        }
    }

    @Test func matricesKeepIdsTiesAndWeights() throws {
        guard let datasets = Fixtures.shared("datasets") else { return }
        let folder = try FormatTesting.temporaryFolder()
        defer { FormatTesting.cleanUp(folder) }
        for name in ["morselli_caviar", "morselli_siren", "natajaran_cocaine"] {
            let graph = try GraphLoader.load([datasets + "/\(name).csv"]).graph
            let (export, back) = try FormatTesting.roundTrip(graph, .matrix, in: folder, name: name)
            #expect(back.isDirected == graph.isDirected)
            #expect((0..<graph.entityCount).map(graph.id(of:)) == (0..<back.entityCount).map(back.id(of:)))
            #expect(FormatTesting.relationshipsMatch(graph, back).isEmpty, "\(name): \(FormatTesting.relationshipsMatch(graph, back).prefix(3))")
            #expect(export.losses.isEmpty, "\(name): \(export.losses)")
        }
        let rich = try SampleGraphs.rich()
        let losses = FileFormat.matrix.write(rich).losses.map(\.message)
        #expect(losses.contains { $0.hasPrefix("relationship kinds") } && losses.contains { $0.hasPrefix("parallel relationships summed") })
    }

    @Test func foreignIdsBecomeSlugsInCaseFiles() throws {
        guard let datasets = Fixtures.shared("datasets") else { return }
        let graph = try GraphLoader.load([datasets + "/natajaran_cocaine.csv"]).graph
        let export = FileFormat.yaml.write(graph)
        #expect(export.losses.map(\.message).first?.hasPrefix("entity ids that are not slugs") == true)
        let file = try CaseFileReader.decode(export.files[0].bytes, file: "cocaine.yaml", format: .yaml)
        #expect(file.entities.first?.id == "bill" && file.entities.first?.properties["original_id"] == .string("Bill"))
        #expect(!file.isDirected == !graph.isDirected && file.relationships.count == graph.relationshipCount)
        #expect(CaseValidator.validate([file]).filter { $0.severity == .error }.isEmpty)
    }
}
