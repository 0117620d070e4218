import CrimeGraph

/// Writes an adjacency matrix in CSV (the form of UCINET and R exports): entity ids label the
/// first row and column; each cell holds the summed weights (or the count) of the
/// relationships from its row to its column, both ways for an undirected graph.
///
/// A matrix holds ids and ties only; everything else is listed as lost.
/// - Complexity: O(n² + m) time, O(n + m) memory (one row at a time).
enum AdjacencyMatrixWriter {
    static func write(_ graph: Graph) -> GraphExport {
        let size = graph.entityCount
        var out = "\"\""
        for index in 0..<size { out += "," + CSVWriter.field(graph.id(of: index), delimiter: ",") }
        out += "\r\n"
        var row = [Double](repeating: 0, count: size)
        var touched: [Int] = []
        let adjacency = graph.isDirected ? graph.outgoing : graph.undirected
        var parallel = 0
        for index in 0..<size {
            out += CSVWriter.field(graph.id(of: index), delimiter: ",")
            for slot in adjacency.range(of: index) {
                let other = Int(adjacency.targets[slot])
                let edge = Int(adjacency.edges[slot])
                // An undirected self-loop is listed twice at its entity; count it once.
                if !graph.isDirected && other == index && slot > adjacency.range(of: index).lowerBound
                    && adjacency.edges[slot - 1] == UInt32(edge) && adjacency.targets[slot - 1] == UInt32(index)
                {
                    continue
                }
                if row[other] != 0 { parallel += 1 } else { touched.append(other) }
                row[other] += graph.weight(of: edge) ?? 1
            }
            for column in 0..<size { out += "," + NumberText.weight(row[column]) }
            out += "\r\n"
            for column in touched { row[column] = 0 }
            touched.removeAll(keepingCapacity: true)
        }
        var losses = LossCounter()
        let bytes = NULText.replaced(Array(out.utf8), losses: &losses)
        return GraphExport(bytes: bytes, losses: self.losses(graph, parallel: graph.isDirected ? parallel : parallel / 2, into: losses))
    }

    private static func losses(_ graph: Graph, parallel: Int, into counter: LossCounter) -> [ExportLoss] {
        var losses = counter
        for index in 0..<graph.entityCount {
            if graph.kind(of: index) != .person { losses.note("entity kinds (a matrix has none; read back as person)", example: graph.id(of: index)) }
            if graph.name(of: index) != graph.id(of: index) { losses.note("entity names (the id labels the matrix)", example: graph.id(of: index)) }
            let entity = graph.entity(at: index)
            if !entity.aliases.isEmpty || !entity.tags.isEmpty || entity.date != nil || !entity.properties.isEmpty || !entity.citations.isEmpty {
                losses.note("entity aliases, tags, dates, properties and citations", example: graph.id(of: index))
            }
        }
        for index in 0..<graph.relationshipCount {
            if graph.relationKind(of: index) != "associated_with" {
                losses.note("relationship kinds (read back as associated_with)", example: graph.relationshipID(of: index))
            }
            if graph.date(ofRelationship: index) != nil || !graph.properties(ofRelationship: index).isEmpty
                || !graph.citations(ofRelationship: index).isEmpty
            {
                losses.note("relationship ids, dates, properties and citations", example: graph.relationshipID(of: index))
            }
        }
        losses.note("parallel relationships summed into one cell", count: parallel)
        if graph.title != nil || graph.description != nil || !graph.sources.isEmpty {
            losses.note("the title, description and sources", count: 1)
        }
        return losses.losses
    }
}
