import CrimeGraph

extension FileFormat {
    /// Reads checked bytes in this format into `builder` (``GraphLoader`` reads files and
    /// validates case files as a whole).
    /// - Returns: warnings.
    /// - Throws: every error found, each with its file, line and column.
    func read(_ input: InputText, options: ReadOptions, into builder: inout GraphBuilder) throws(DiagnosticsError) -> [Diagnostic] {
        switch self {
        case .graphML: return try GraphMLReader.read(input, options: options, into: &builder)
        case .gexf: return try GEXFReader.read(input, options: options, into: &builder)
        case .csv, .tsv: return try CSVReader.read(input, format: self, options: options, into: &builder)
        case .matrix: return try AdjacencyMatrixReader.read(input, options: options, into: &builder)
        case .followTheMoney: return try FtMReader.read(input, options: options, into: &builder)
        case .dot: return try DOTReader.read(input, options: options, into: &builder)
        case .yaml, .json:
            let caseFile = try CaseFileReader.decode(input.bytes, file: input.file, format: self == .yaml ? .yaml : .json)
            builder.add(caseFile)
            return []
        case .cypher, .neo4jAdmin:
            throw DiagnosticsError([Diagnostic(at: SourceLocation(file: input.file),
                "CrimeGraph writes \(name) but does not read it; read the CSV files of a neo4j-admin export with --from csv")])
        }
    }

    /// Writes `graph` in this format.
    ///
    /// The export lists what the format could not hold (``GraphExport/losses``); case files,
    /// GraphML and GEXF keep everything.
    public func write(_ graph: Graph, options: WriteOptions = WriteOptions()) -> GraphExport {
        switch self {
        case .yaml, .json: return CaseFileExport.write(graph, format: self, options: options)
        case .csv: return CSVWriter.write(graph, delimiter: ",", options: options)
        case .tsv: return CSVWriter.write(graph, delimiter: "\t", options: options)
        case .matrix: return AdjacencyMatrixWriter.write(graph)
        case .graphML: return GraphMLWriter.write(graph, options: options)
        case .gexf: return GEXFWriter.write(graph, options: options)
        case .followTheMoney: return FtMWriter.write(graph, options: options)
        case .dot: return DOTWriter.write(graph, options: options)
        case .cypher: return CypherWriter.write(graph, options: options)
        case .neo4jAdmin: return Neo4jAdminWriter.write(graph, options: options)
        }
    }
}
