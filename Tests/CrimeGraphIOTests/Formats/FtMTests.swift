import CrimeGraph
import Foundation
import Testing

@testable import CrimeGraphIO

@Suite("FollowTheMoney")
struct FtMTests {
    /// Entities made with the followthemoney library (make_ftm_entities.py).
    @Test func readsEntitiesMadeByTheFollowTheMoneyLibrary() throws {
        let graph = try GraphLoader.load([FormatTesting.fixture("ftm/entities.ftm.json")]).graph
        func entity(_ id: String) throws -> Entity { graph.entity(at: try #require(graph.index(ofEntity: id))) }
        let hunSen = try entity("p-hun-sen")
        #expect(hunSen.kind == .person && hunSen.name == "Hun Sen" && hunSen.aliases == ["Samdech Hun Sen", "Prime Minister"])
        #expect(hunSen.properties["nationality"] == .string("kh") && hunSen.properties["topics"] == .string("role.pep"))
        #expect(hunSen.properties["birthDate"] == .string("1952-08-05"))
        #expect(try entity("c-galaxy").kind == .company && entity("g-gdi").kind == .agency && entity("o-gang").kind == .organization)
        #expect(try entity("o-gang").tags == ["organized-crime"])
        let holding = try entity("l-holding")
        #expect(holding.kind == .organization && holding.properties["ftm_schema"] == .string("LegalEntity"))
        let address = try entity("a-sihanoukville")
        #expect(address.kind == .location && address.name == "Sihanoukville, Cambodia" && address.properties["full"] == nil)
        let raid = try entity("e-raid")
        #expect(raid.kind == .event && raid.date?.iso == "2022-09-19/2022-09-22")
        func relationship(_ id: String) throws -> Relationship { graph.relationship(at: try #require(graph.index(ofRelationship: id))) }
        let ownership = try relationship("own-1")
        #expect(ownership.kind == "owns" && ownership.from == "l-holding" && ownership.to == "c-galaxy")
        #expect(ownership.date?.iso == "2019" && ownership.properties["percentage"] == .string("51"))
        let employment = try relationship("emp-1")
        #expect(employment.kind == "employs" && employment.from == "g-gdi" && employment.to == "p-keo")
        #expect(employment.properties["role"] == .string("Deputy director-general"))
        #expect(try relationship("dir-1").kind == "directs" && relationship("dir-1").date?.iso == "2020-01")
        #expect(try relationship("mem-1").kind == "member_of" && relationship("fam-1").kind == "family_of")
        #expect(try relationship("fam-1").properties["relationship"] == .string("cousin"))
        #expect(try relationship("ass-1").kind == "associated_with" && relationship("unk-1").kind == "associated_with")
        #expect(try relationship("rep-1").kind == "represents" && relationship("rep-1").date?.iso == "2022-09-27")
        // References between entities in the file become relationships.
        let derived = (0..<graph.relationshipCount).filter { graph.relationship(at: $0).hasGeneratedID }.map { index in
            "\(graph.id(of: graph.source(of: index))) \(graph.relationKind(of: index)) \(graph.id(of: graph.target(of: index)))"
        }.sorted()
        #expect(derived == ["c-galaxy located_in a-sihanoukville", "e-raid involved c-galaxy", "g-gdi participated_in e-raid"])
        #expect(try entity("c-galaxy").properties["addressEntity"] == nil)
    }

    @Test func mappingCoversTheSchemataTheLibraryKnows() throws {
        guard let python = FormatTesting.python("every FollowTheMoney schema is mapped") else { return }
        let result = try FormatTesting.run(python, [FormatTesting.fixture("check_ftm.py"), "--schemata"])
        #expect(result.status == 0, "\(result.errors)")
        let schemata = try #require(try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [String: Any])
        for (name, value) in schemata {
            if let ends = value as? [String] {
                let edge = try #require(FtMSchema.edges[name], "edge schema \(name) is not mapped")
                #expect([edge.source, edge.target] == ends, "\(name)")
            } else {
                #expect(FtMSchema.nodes[name] != nil, "node schema \(name) is not mapped")
            }
        }
        #expect(schemata.count == FtMSchema.nodes.count + FtMSchema.edges.count)
    }

    @Test("bad FtM is reported with its line", arguments: [
        ("{\"id\": \"x\", \"schema\": \"Persn\", \"properties\": {}}\n", "1:23: unknown FollowTheMoney schema 'Persn'; did you mean 'Person'?"),
        ("{\"id\": \"x\", \"schema\": \"Thing\"}\n", "1:23: 'Thing' is an abstract FollowTheMoney schema: no entity has it"),
        ("{\"id\": \"a\", \"schema\": \"Person\"}\n{\"id\": \"b\", \"schema\": \"Person\", \n", "2:33: not a JSON object: unexpected end of file inside an object (FollowTheMoney files hold one entity per line)"),
        ("{\"schema\": \"Person\"}\n", "1:1: the entity has no id"),
        ("{\"id\": \"o\", \"schema\": \"Ownership\", \"properties\": {\"owner\": [\"a\"]}}\n", "1:1: Ownership 'o' has no 'asset'"),
        ("{\"id\": \"p\", \"schema\": \"Person\", \"properties\": {\"name\": {\"x\": 1}}}\n", "1:56: property 'name': values must be a list of strings"),
        ("[1, 2]\n", "1:1: an entity must be a JSON object"),
    ])
    func badInput(text: String, expected: String) {
        #expect(FormatTesting.problems(text, name: "bad.ftm.json").first == expected)
    }

    @Test func idsFollowTheMoneyCannotHoldAreRewritten() throws {
        #expect(FtMIDs.sanitize("holds_post") == "holds-post" && FtMIDs.sanitize("-a.b-") == "a.b" && FtMIDs.sanitize("王") == "x")
        var builder = GraphBuilder()
        builder.add(Entity(id: "a_b", kind: .person, name: "A"))
        builder.add(Entity(id: "a-b", kind: .person, name: "B"))
        builder.add(Relationship(from: "a_b", to: "a-b", kind: "family_of"))
        let export = FileFormat.followTheMoney.write(try builder.build())
        let text = String(decoding: export.files[0].bytes, as: UTF8.self)
        #expect(text.contains("\"id\":\"a-b-2\"") && text.contains("\"person\":[\"a-b-2\"],\"relative\":[\"a-b\"]"))
        #expect(export.losses.first?.message == "entity ids FollowTheMoney cannot hold, rewritten (1, e.g. 'a_b → a-b-2')")
    }
}
