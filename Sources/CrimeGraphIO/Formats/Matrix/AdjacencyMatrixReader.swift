import CrimeGraph

/// Reads an adjacency matrix in CSV, as UCINET and R export criminal-network data sets: the
/// first row and the first column hold the labels, each cell the tie from its row to its
/// column (0 or empty: no tie).
///
/// Labels become entity ids and names (of the default kind, `person`). A symmetric matrix is an
/// undirected graph with one relationship per pair; an asymmetric one is directed. Cells other
/// than 0 and 1 are weights, read as tie strength.
/// - Complexity: O(n²) cells read, O(n + m) memory.
enum AdjacencyMatrixReader {
    /// Reads a matrix whose delimiter is guessed from its first line.
    static func read(_ input: InputText, options: ReadOptions, into builder: inout GraphBuilder) throws(DiagnosticsError) -> [Diagnostic] {
        let delimiter = options.csvColumns.delimiter?.asciiValue ?? CSVScanner.guessDelimiter(input.bytes)
        return try read(input, delimiter: delimiter, options: options, into: &builder)
    }

    private struct Entry {
        var row: Int32
        var column: Int32
        var value: Double
    }

    /// Reads a matrix into `builder`.
    /// - Throws: every error found (at most 20): a non-square matrix, labels that differ between
    ///   rows and columns, non-numeric cells.
    static func read(_ input: InputText, delimiter: UInt8, options: ReadOptions, into builder: inout GraphBuilder) throws(DiagnosticsError) -> [Diagnostic] {
        var scanner = CSVScanner(bytes: input.bytes, delimiter: delimiter)
        var counter = LineCounter(file: input.file)
        var diagnostics: [Diagnostic] = []
        func report(_ offset: Int, _ message: String) {
            diagnostics.append(Diagnostic(at: counter.location(at: offset, in: input.bytes), message))
        }
        var fields: [CSVField] = []
        let hasHeader: Bool
        do {
            hasHeader = try scanner.next(into: &fields)
        } catch {
            throw DiagnosticsError([Diagnostic(at: counter.location(at: error.offset, in: input.bytes), error.message)])
        }
        guard hasHeader else { throw DiagnosticsError([Diagnostic(at: SourceLocation(file: input.file), "the file is empty")]) }
        let labels = fields.dropFirst().map { String(scanner.string($0).trimmingWhitespace()) }
        var columnOf: [String: Int] = [:]
        for (position, label) in labels.enumerated() {
            if label.isEmpty { report(fields[position + 1].start, "empty column label: every column of the matrix needs one") }
            if columnOf[label] != nil { report(fields[position + 1].start, "the column label '\(label)' appears twice") }
            columnOf[label] = position
        }
        guard !labels.isEmpty else {
            throw DiagnosticsError([Diagnostic(at: SourceLocation(file: input.file, line: 1, column: 1), "not a matrix: the first row holds no column labels")])
        }
        let size = labels.count
        var seenRows = [Bool](repeating: false, count: size)
        var rowCount = 0
        var entries: [Entry] = []
        reading: while diagnostics.count < CSVReader.errorLimit {
            let more: Bool
            do {
                more = try scanner.next(into: &fields)
            } catch {
                report(error.offset, error.message)
                break
            }
            guard more else { break }
            rowCount += 1
            let label = String(scanner.string(fields[0]).trimmingWhitespace())
            guard fields.count == size + 1 else {
                report(scanner.recordStart, "row '\(label)' has \(fields.count - 1) value\(fields.count == 2 ? "" : "s") but there are \(size) column labels: the matrix is not square")
                continue
            }
            guard let row = columnOf[label] else {
                report(scanner.recordStart, "row label '\(label)' is not one of the column labels: a square matrix has the same labels on both sides")
                continue
            }
            if seenRows[row] { report(scanner.recordStart, "the row label '\(label)' appears twice") }
            seenRows[row] = true
            let parsed: [(Int, Double?)] = input.bytes.withUnsafeBufferPointer { buffer in
                (0..<size).map { column in
                    let field = fields[column + 1]
                    if field.start == field.end { return (column, 0) }
                    if field.end - field.start == 2, buffer[field.start] | 0x20 == UInt8(ascii: "n"), buffer[field.start + 1] | 0x20 == UInt8(ascii: "a") {
                        return (column, 0)
                    }
                    return (column, NumberParsing.double(buffer, field.start..<field.end))
                }
            }
            for (column, value) in parsed {
                guard let value, value.isFinite else {
                    report(fields[column + 1].start, "non-numeric value '\(ElementDecoder.short(scanner.string(fields[column + 1])))' in row '\(label)', column '\(labels[column])'")
                    if diagnostics.count >= CSVReader.errorLimit { break reading }
                    continue
                }
                if value != 0 { entries.append(Entry(row: Int32(row), column: Int32(column), value: value)) }
            }
        }
        if diagnostics.isEmpty, rowCount != size {
            let missing = labels.indices.filter { !seenRows[$0] }.prefix(5).map { "'\(labels[$0])'" }.joined(separator: ", ")
            report(input.bytes.count, "\(size) column labels but \(rowCount) rows: the matrix is not square" + (missing.isEmpty ? "" : " (no row for \(missing))"))
        }
        if !diagnostics.isEmpty { throw DiagnosticsError(diagnostics) }
        add(labels: labels, entries: entries, file: input.file, options: options, to: &builder)
        return []
    }

    private static func add(labels: [String], entries: [Entry], file: String, options: ReadOptions, to builder: inout GraphBuilder) {
        var values: [Int64: Double] = [:]
        values.reserveCapacity(entries.count)
        let size = Int64(labels.count)
        for entry in entries { values[Int64(entry.row) * size + Int64(entry.column)] = entry.value }
        let symmetric = entries.allSatisfy { values[Int64($0.column) * size + Int64($0.row)] == $0.value }
        let weighted = entries.contains { $0.value != 1 }
        builder.setDirected(!symmetric, declaredIn: file)
        if weighted { builder.setWeightMeaning(.strength, declaredIn: file) }
        let indices = labels.map { builder.addEntity(id: $0, name: $0, kind: options.defaultKind) }
        for entry in entries.sorted(by: { ($0.row, $0.column) < ($1.row, $1.column) }) where !symmetric || entry.column >= entry.row {
            builder.addRelationship(
                from: indices[Int(entry.row)], to: indices[Int(entry.column)], kind: options.defaultRelationKind,
                weight: weighted ? entry.value : nil)
        }
    }
}
