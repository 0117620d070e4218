import CrimeGraph
import CrimeGraphIO

// Load a case file (several files union by id), then ask how two entities connect.
let loaded = try GraphLoader.load(["Graphs/sihanoukville-2022.yaml"])
let graph = loaded.graph
let minister = try graph.resolve("Sar Kheng")        // id, name or alias; case and accents ignored
let company = try graph.resolve("galaxy world")

if let path = graph.shortestPath(from: minister, to: company) {
    for (step, relationship) in path.relationships.enumerated() {
        let from = graph.name(of: path.entities[step])
        let to = graph.name(of: path.entities[step + 1])
        let forward = graph.source(of: relationship) == path.entities[step]
        let kind = graph.relationKind(of: relationship)
        let cited = graph.citations(ofRelationship: relationship).map(\.description).joined(separator: ", ")
        print(forward ? "\(from) —\(kind)→ \(to)" : "\(from) ←\(kind)— \(to)", "[\(cited)]")
    }
}

// Every agency and how many events it took part in.
for agency in graph.entities(ofKind: .agency) {
    let events = graph.outgoing.relationships(of: agency).filter { graph.relationKind(of: Int($0)) == "participated_in" }
    print(graph.name(of: agency), events.count)
}
