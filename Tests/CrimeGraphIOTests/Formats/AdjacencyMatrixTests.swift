import CrimeGraph
import Testing

@testable import CrimeGraphIO

@Suite("Adjacency matrices")
struct AdjacencyMatrixTests {
    /// The real data sets: labels, sizes, direction and weights as the data sets' README says.
    @Test("the shared data sets read as the networks they describe", arguments: [
        ("morselli_caviar", 110, 295, true, true),
        ("morselli_cielnet", 25, 45, true, true),
        ("morselli_siren", 44, 103, false, false),
        ("morselli_togo", 33, 47, false, false),
        ("natajaran_cocaine", 28, 40, true, true),
    ])
    func datasets(name: String, entities: Int, relationships: Int, directed: Bool, weighted: Bool) throws {
        guard let folder = Fixtures.shared("datasets") else { return }
        let graph = try GraphLoader.load([folder + "/\(name).csv"]).graph
        #expect(graph.entityCount == entities && graph.relationshipCount == relationships)
        #expect(graph.isDirected == directed && graph.isWeighted == weighted)
        #expect(graph.entities(ofKind: .person).count == entities)
        if weighted { #expect(graph.weightMeaning == .strength) }
        if name == "natajaran_cocaine" { #expect(graph.id(of: 0) == "Bill" && graph.name(of: 1) == "Blacky") }
        if name == "morselli_cielnet" {
            // N1 → N2 is 17 and N2 → N1 is 21: asymmetric, so two directed relationships.
            let n1 = try #require(graph.index(ofEntity: "N1"))
            let n2 = try #require(graph.index(ofEntity: "N2"))
            let weights = graph.outgoing.relationships(of: n1).filter { graph.target(of: Int($0)) == n2 }.map { graph.weight(of: Int($0)) }
            #expect(weights == [17])
        }
    }

    @Test func symmetricMatricesAreUndirectedWithOneRelationshipPerPair() throws {
        let graph = try FormatTesting.load("\"\",a,b,c\na,0,1,0\nb,1,1,2\nc,0,2,0\n", name: "m.csv").graph
        #expect(!graph.isDirected && graph.relationshipCount == 3 && graph.isWeighted)
        #expect(graph.relationshipID(of: 1) == "b--associated_with--b")
    }

    @Test func rowsMayComeInAnotherOrderAndEmptyCellsAreZero() throws {
        let graph = try FormatTesting.load(",a,b\r\nb,1,\r\na,,NA\r\n", name: "m.csv", options: ReadOptions(format: .matrix)).graph
        #expect(graph.isDirected && graph.relationshipCount == 1 && graph.id(of: graph.source(of: 0)) == "b")
    }

    @Test("bad matrices are reported with their place", arguments: [
        ("\"\",a,b\na,0,1\n", "3:1: 2 column labels but 1 rows: the matrix is not square (no row for 'b')"),
        ("\"\",a,b\na,0,1\nb,1\n", "3:1: row 'b' has 1 value but there are 2 column labels: the matrix is not square"),
        ("\"\",a,b\na,0,1\nc,1,0\n", "3:1: row label 'c' is not one of the column labels: a square matrix has the same labels on both sides"),
        ("\"\",a,b\na,0,x\nb,1,0\n", "2:5: non-numeric value 'x' in row 'a', column 'b'"),
        ("\"\",a,a\na,0,1\na,1,0\n", "1:6: the column label 'a' appears twice"),
    ])
    func badInput(text: String, expected: String) {
        #expect(FormatTesting.problems(text, name: "bad.csv").first == expected)
    }
}
