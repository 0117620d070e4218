import CrimeGraph
import CrimeGraphAnalysis
import Foundation
import Testing

@testable import CrimeGraphRender

/// A network with planted communities: dense inside, a few known ties between them.
enum PlantedNetwork {
    /// Community sizes of ``make()``: six of 60 down to 10, then five triangles.
    static let sizes = [60, 50, 40, 30, 20, 10, 3, 3, 3, 3, 3]
    /// Ties between communities (by index in ``sizes``), each one relationship.
    static let bridges = [(0, 1), (0, 1), (0, 1), (0, 2), (1, 2), (2, 3), (3, 4), (4, 5), (0, 5)]

    /// Entities `c<community>-<n>`, kind person (even communities) or company (odd), with a
    /// `city` property per community; inside each community every pair is tied with
    /// probability 0.5 (a triangle fully), from a fixed seed.
    static func make() throws -> Graph {
        var builder = GraphBuilder()
        var random = SeededGenerator(seed: 42)
        var first: [Int] = []
        for (community, size) in sizes.enumerated() {
            first.append(builder.entityCount)
            for member in 0..<size {
                builder.add(Entity(
                    id: "c\(community)-\(member)", kind: community % 2 == 0 ? .person : .company, name: "Member \(member) of \(community)",
                    properties: ["city": .string("City \(community % 4)")]))
            }
        }
        for (community, size) in sizes.enumerated() {
            for a in 0..<size {
                for b in (a + 1)..<size where size == 3 || random.next() % 2 == 0 {
                    builder.addRelationship(from: first[community] + a, to: first[community] + b, kind: "associated_with")
                }
            }
        }
        for (number, bridge) in bridges.enumerated() {
            builder.addRelationship(
                from: first[bridge.0] + number % sizes[bridge.0], to: first[bridge.1] + number % sizes[bridge.1], kind: "associated_with")
        }
        return try builder.build()
    }
}

@Suite("Overview: group diagrams")
struct OverviewDiagramTests {
    @Test func communitiesBecomeOneNodeEachWithTiesCounted() throws {
        let graph = try PlantedNetwork.make()
        let diagram = GroupDiagram(graph, by: .community(seed: 1), minimumSize: 10)
        #expect(diagram.groups.map(\.size) == [60, 50, 40, 30, 20, 10, 15])
        #expect(diagram.groups.map(\.name) == ["community 1", "community 2", "community 3", "community 4", "community 5", "community 6", "other"])
        #expect(diagram.groups.last?.isOther == true && diagram.groups.last?.groupCount == 5)
        #expect(diagram.smallGroupCount == 5 && diagram.smallGroupEntities == 15 && diagram.cappedGroupCount == 0)
        #expect(diagram.foundGroupCount == 11)
        // Planted bridges, as ties between the drawn groups (community i is group i here).
        let ties = Dictionary(uniqueKeysWithValues: diagram.ties.map { ("\($0.from)-\($0.to)", $0.relationships) })
        #expect(ties == ["0-1": 3, "0-2": 1, "1-2": 1, "2-3": 1, "3-4": 1, "4-5": 1, "0-5": 1])
        #expect(diagram.groups[6].internalRelationships == 15)
        #expect(diagram.drawnRelationshipCount == graph.relationshipCount)
        #expect(diagram.drawnEntityCount == graph.entityCount)
        // Membership maps every entity to its group.
        for entity in 0..<graph.entityCount {
            let group = Int(diagram.membership[entity])
            #expect(diagram.groups[group].members.contains(entity))
        }
    }

    @Test func smallGroupsCanBeLeftOut() throws {
        let graph = try PlantedNetwork.make()
        let diagram = GroupDiagram(graph, by: .community(seed: 1), minimumSize: 10, smallGroups: .omit)
        #expect(diagram.groups.count == 6)
        #expect(!diagram.groups.contains { $0.isOther })
        #expect(diagram.smallGroupCount == 5 && diagram.smallGroupEntities == 15)
        #expect(diagram.membership.filter { $0 < 0 }.count == 15)
        #expect(!diagram.ties.contains { $0.from == 6 || $0.to == 6 })
        #expect(diagram.drawnEntityCount == graph.entityCount - 15)
    }

    @Test func theGroupCountIsCappedWithOtherIncluded() throws {
        let graph = try PlantedNetwork.make()
        let diagram = GroupDiagram(graph, by: .community(seed: 1), minimumSize: 1, maximumGroups: 4)
        #expect(diagram.groups.count == 4)
        #expect(diagram.groups.map(\.size) == [60, 50, 40, 30 + 20 + 10 + 15])
        #expect(diagram.cappedGroupCount == 8 && diagram.smallGroupCount == 8)
        let omitted = GroupDiagram(graph, by: .community(seed: 1), minimumSize: 1, smallGroups: .omit, maximumGroups: 4)
        #expect(omitted.groups.map(\.size) == [60, 50, 40, 30])
    }

    @Test func kindsAndPropertiesGroupToo() throws {
        let graph = try PlantedNetwork.make()
        let kinds = GroupDiagram(graph, by: .kind)
        #expect(kinds.groups.map(\.name) == ["person", "company"])
        #expect(kinds.groups.map(\.commonKind) == [.person, .company])
        #expect(kinds.groups.map(\.size) == [60 + 40 + 20 + 9, 50 + 30 + 10 + 6])
        let cities = GroupDiagram(graph, by: .property("city"))
        #expect(cities.groups.map(\.name) == ["City 0", "City 1", "City 2", "City 3"])
        #expect(cities.groups.allSatisfy { $0.commonKind != nil })
        let missing = GroupDiagram(graph, by: .property("colour"))
        #expect(missing.groups.map(\.name) == ["no colour"])
    }

    @Test func mostTiedMembersAreThoseWithMostRelationships() throws {
        let graph = try PlantedNetwork.make()
        let diagram = GroupDiagram(graph, by: .community(seed: 1), minimumSize: 10)
        for group in diagram.groups {
            let degrees = group.members.map { graph.undirected.degree(of: $0) }
            #expect(group.mostTied.count == min(3, group.size))
            #expect(group.mostTied.map { graph.undirected.degree(of: $0) } == Array(degrees.sorted(by: >).prefix(3)))
        }
    }

    @Test func theSameInputGivesTheSameDiagram() throws {
        let first = GroupDiagram(try PlantedNetwork.make(), by: .community(seed: 7), minimumSize: 5)
        let second = GroupDiagram(try PlantedNetwork.make(), by: .community(seed: 7), minimumSize: 5)
        #expect(first.groups == second.groups)
        #expect(first.ties == second.ties)
        #expect(GroupDOTEncoder.encode(first, engine: .neato) == GroupDOTEncoder.encode(second, engine: .neato))
    }

    @Test func louvainReportsItsPasses() throws {
        let graph = try PlantedNetwork.make()
        let reports = Reports()
        _ = Louvain.communities(in: AnalysisGraph(graph, directed: false), seed: 1) { done, total in reports.add(done, total) }
        let seen = reports.all
        #expect(seen.first?.0 == 0)
        #expect(seen.contains { $0.0 == $0.1 })
        #expect(seen.allSatisfy { $0.0 <= $0.1 })
    }

    @Test func topKeepsTheHighestScoresAndTheTiesAmongThem() throws {
        let graph = try PlantedNetwork.make()
        let degrees = DiagramReduction.degreeScores(graph)
        let top = DiagramReduction.top(20, of: graph, by: degrees)
        #expect(top.entityCount == 20)
        let threshold = degrees.ranking(in: graph)[19].score
        for entity in 0..<top.entityCount {
            let original = try #require(graph.index(ofEntity: top.id(of: entity)))
            #expect(degrees.values[original] >= threshold)
        }
        let pinned = try #require(graph.index(ofEntity: "c10-0"))
        let withPin = DiagramReduction.top(20, of: graph, by: degrees, keeping: [pinned])
        #expect(withPin.entityCount == 20 && withPin.index(ofEntity: "c10-0") != nil)
        #expect(DiagramReduction.top(10_000, of: graph, by: degrees).entityCount == graph.entityCount)
    }

    @Test func textIsReadableOnEveryPaletteColour() {
        #expect(GroupPalette.text(on: "#332288") == "#FFFFFF")
        #expect(GroupPalette.text(on: "#88CCEE") == "#000000")
        #expect(GroupPalette.text(on: "#117733") == "#FFFFFF")
        #expect(GroupPalette.text(on: "#DDDDDD") == "#000000")
        #expect(GroupPalette.text(on: "nonsense") == "#000000")
        for kind in [EntityKind.person, .event, .offence, .outcome, .nationality, .company] {
            let style = KindStyle.of(kind)
            #expect(GroupPalette.text(on: style.fill) == style.text, "\(kind)")
        }
    }
}

/// Progress reports collected from any thread.
final class Reports: @unchecked Sendable {
    private let lock = NSLock()
    private var reports: [(Int, Int)] = []
    func add(_ done: Int, _ total: Int) {
        lock.lock()
        reports.append((done, total))
        lock.unlock()
    }
    var all: [(Int, Int)] {
        lock.lock()
        defer { lock.unlock() }
        return reports
    }
}
