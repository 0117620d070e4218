import CrimeGraph
import CrimeGraphIO
import CrimeGraphQuery

/// Runs an input as a Cypher query on a small graph, with a timeout: it may be refused or
/// answered, never crash.
enum QueryFuzzing {
    /// Five entities of three kinds, with properties, dates and a quantity, tied six ways.
    static let caseFile = """
        schema_version: 1
        title: Fuzz graph
        entities:
          - {id: a, kind: person, name: Ann, aliases: [A.], tags: [suspect], properties: {age: 41}}
          - {id: b, kind: person, name: Bo, date: 2022-09}
          - {id: c, kind: company, name: Cee Ltd, properties: {fine: {value: 900, unit: USD, qualifier: approximately}}}
          - {id: r, kind: event, name: Raid, date: 2022-09-19/2022-09-22}
          - {id: l, kind: location, name: Town}
        relationships:
          - {from: a, to: c, kind: directs, weight: 2}
          - {from: b, to: c, kind: employs}
          - {from: r, to: c, kind: targeted, date: 2022-09-20}
          - {from: c, to: l, kind: located_in}
          - {from: a, to: b, kind: communicated_with, weight: 5}
          - {from: a, to: a, kind: associated_with}
        """

    static let graph: Graph = {
        do {
            return try GraphLoader.load(bytes: Array(caseFile.utf8), named: "fuzz-graph.yaml", format: .yaml).graph
        } catch {
            FuzzFailure.fail("the query fuzz graph does not load: \(error)")
        }
    }()

    static func run(_ bytes: [UInt8]) {
        _ = try? graph.query(String(decoding: bytes, as: UTF8.self), parameters: ["name": "Ann", "n": 2], timeout: .milliseconds(200))
    }
}
