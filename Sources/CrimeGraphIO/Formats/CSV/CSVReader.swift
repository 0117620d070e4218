import CrimeGraph

/// Reads CSV and TSV tables: a nodes table (`id`, `name`, `kind`, … one entity per row), an
/// edges table (`source`, `target`, … one relationship per row, the ends created as entities
/// when no nodes table defines them), or an adjacency matrix (recognised by its empty first
/// cell, read by ``AdjacencyMatrixReader``).
///
/// Columns are found by their usual names or by `--csv-columns`; every other column is a
/// property, typed by a header suffix (`count:int`, `ratio:float`, `flag:boolean`,
/// `figure:json`, Neo4j's `names:string[]`). An edges table with nothing but ends, kinds,
/// weights and end names takes a bulk path: a few dozen bytes and no string per repeated id.
/// - Complexity: O(n) in the file's size.
enum CSVReader {
    /// The most errors reported for one file before reading stops.
    static let errorLimit = 20

    static func delimiter(_ input: InputText, format: FileFormat, options: ReadOptions) -> UInt8 {
        if let chosen = options.csvColumns.delimiter, let byte = chosen.asciiValue { return byte }
        return format == .tsv ? 0x09 : CSVScanner.guessDelimiter(input.bytes)
    }

    /// Whether the file is an edges table, from its header alone (edges tables load last).
    static func isEdgeTable(_ input: InputText, format: FileFormat, options: ReadOptions) -> Bool {
        var scanner = CSVScanner(bytes: input.bytes, delimiter: delimiter(input, format: format, options: options))
        var fields: [CSVField] = []
        guard (try? scanner.next(into: &fields)) == true else { return false }
        let header = options.csvColumns.hasHeader ? fields.map(scanner.string) : fields.indices.map { String($0 + 1) }
        return CSVLayout(header: header, options: options.csvColumns)?.table == .edges
    }

    /// Reads a table into `builder`.
    /// - Returns: warnings.
    /// - Throws: every error found (at most ``errorLimit``), each at its line and column.
    static func read(_ input: InputText, format: FileFormat, options: ReadOptions, into builder: inout GraphBuilder) throws(DiagnosticsError) -> [Diagnostic] {
        let separator = delimiter(input, format: format, options: options)
        var scanner = CSVScanner(bytes: input.bytes, delimiter: separator)
        var counter = LineCounter(file: input.file)
        var fields: [CSVField] = []
        let header: [String]
        let hasRecord: Bool
        do {
            hasRecord = try scanner.next(into: &fields)
        } catch {
            throw DiagnosticsError([Diagnostic(at: counter.location(at: error.offset, in: input.bytes), error.message)])
        }
        guard hasRecord else { throw DiagnosticsError([Diagnostic(at: SourceLocation(file: input.file), "the file is empty")]) }
        if options.csvColumns.hasHeader {
            header = fields.map(scanner.string)
        } else {
            header = fields.indices.map { String($0 + 1) }
            scanner = CSVScanner(bytes: input.bytes, delimiter: separator)
        }
        guard let layout = CSVLayout(header: header, options: options.csvColumns) else {
            let shown = header.prefix(8).map { "'\($0)'" }.joined(separator: ", ")
            throw DiagnosticsError([Diagnostic(at: SourceLocation(file: input.file, line: 1, column: 1),
                "cannot tell what the columns hold (\(shown)): name an id column for a nodes table, or source and target columns for an edges table, or map them with --csv-columns source=COLUMN,target=COLUMN")])
        }
        if layout.table == .matrix {
            return try AdjacencyMatrixReader.read(input, delimiter: separator, options: options, into: &builder)
        }
        if layout.table == .edges {
            // One relationship per line: reserve the columns once instead of growing them.
            let lines = input.bytes.withUnsafeBufferPointer { bytes in bytes.reduce(0) { $0 &+ ($1 == 0x0A ? 1 : 0) } }
            builder.reserveCapacity(entities: builder.entityCount, relationships: builder.relationshipCount + lines + 1)
        }
        var table = CSVTableReader(input: input, layout: layout, options: options, scanner: scanner, counter: counter)
        table.run(&builder)
        if table.diagnostics.contains(where: { $0.severity == .error }) { throw DiagnosticsError(table.diagnostics) }
        return table.diagnostics
    }
}
