import CrimeGraph

/// A graph loaded from files, with the warnings found on the way.
public struct LoadedGraph: Sendable {
    /// The indexed graph.
    public let graph: Graph
    /// The case files as read (empty for formats that are not case files).
    public let caseFiles: [CaseFile]
    /// Warnings: nothing that stopped the load, but worth a look.
    public let warnings: [Diagnostic]
}

/// Reads case files and builds a graph, reporting every problem of every file in one go.
public enum GraphLoader {
    /// Reads, checks and unions the files at `paths` into one graph.
    /// - Throws: ``DiagnosticsError`` with every error and warning when any error is found.
    public static func load(_ paths: [String]) throws(DiagnosticsError) -> LoadedGraph {
        var diagnostics: [Diagnostic] = []
        var caseFiles: [CaseFile] = []
        for path in paths {
            do {
                caseFiles.append(try CaseFileReader.read(path: path))
            } catch {
                diagnostics.append(contentsOf: error.diagnostics)
            }
        }
        diagnostics.append(contentsOf: CaseValidator.validate(caseFiles))
        var builder = GraphBuilder()
        for file in caseFiles { builder.add(file) }
        let hasErrors = diagnostics.contains { $0.severity == .error }
        do {
            let graph = try builder.build()
            if hasErrors { throw DiagnosticsError(diagnostics) }
            return LoadedGraph(graph: graph, caseFiles: caseFiles, warnings: diagnostics)
        } catch let error as DiagnosticsError {
            let all = hasErrors ? diagnostics + error.diagnostics.filter { !diagnostics.contains($0) } : diagnostics + error.diagnostics
            throw DiagnosticsError(sorted(all))
        } catch {
            throw DiagnosticsError(sorted(diagnostics))
        }
    }

    /// Errors before warnings is not what a reader wants: file order is. Sorts by file (in
    /// the order given), line, column.
    static func sorted(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
        var fileOrder: [String: Int] = [:]
        for diagnostic in diagnostics where fileOrder[diagnostic.location.file] == nil {
            fileOrder[diagnostic.location.file] = fileOrder.count
        }
        return diagnostics.enumerated().sorted { a, b in
            let left = (fileOrder[a.element.location.file] ?? 0, a.element.location.line, a.element.location.column, a.offset)
            let right = (fileOrder[b.element.location.file] ?? 0, b.element.location.line, b.element.location.column, b.offset)
            return left < right
        }.map(\.element)
    }
}

/// Reads one case file (YAML or JSON).
public enum CaseFileReader {
    /// The case-file formats, chosen by extension.
    public enum Format: String, Sendable, CaseIterable {
        case yaml, json

        /// The format for a path's extension: `.yaml`/`.yml` or `.json`.
        public init?(path: String) {
            let lowered = path.lowercased()
            if lowered.hasSuffix(".yaml") || lowered.hasSuffix(".yml") {
                self = .yaml
            } else if lowered.hasSuffix(".json") {
                self = .json
            } else {
                return nil
            }
        }
    }

    /// Reads and decodes the case file at `path`.
    /// - Throws: ``DiagnosticsError`` with every structural problem found.
    public static func read(path: String, format: Format? = nil) throws(DiagnosticsError) -> CaseFile {
        guard let format = format ?? Format(path: path) else {
            throw DiagnosticsError([Diagnostic(at: SourceLocation(file: path),
                "unknown file type: case files end in .yaml, .yml or .json")])
        }
        do {
            let bytes = try TextInput.bytes(at: path)
            return try decode(bytes, file: path, format: format)
        } catch let error as Diagnostic {
            throw DiagnosticsError([error])
        } catch let error as DiagnosticsError {
            throw error
        } catch {
            throw DiagnosticsError([Diagnostic(at: SourceLocation(file: path), "\(error)")])
        }
    }

    /// Decodes case-file bytes; `file` names them in messages and resolves source paths.
    public static func decode(_ bytes: [UInt8], file: String, format: Format) throws(DiagnosticsError) -> CaseFile {
        let root: DocumentNode
        do {
            let text = try TextInput.decode(bytes, file: file)
            switch format {
            case .yaml: root = try YAMLReader.parse(text, file: file)
            case .json:
                var parser = JSONParser(bytes: bytes, file: file)
                root = try parser.parse()
            }
        } catch {
            throw DiagnosticsError([error])
        }
        var decoder = CaseFileDecoder(file: file)
        decoder.reader.numbersAreText = format != .json
        let caseFile = decoder.decode(root)
        if decoder.reader.diagnostics.contains(where: { $0.severity == .error }) {
            throw DiagnosticsError(decoder.reader.diagnostics)
        }
        return caseFile
    }
}
