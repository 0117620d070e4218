import Foundation
import CrimeGraph

/// A graph loaded from files, with the warnings found on the way.
public struct LoadedGraph: Sendable {
    /// The indexed graph.
    public let graph: Graph
    /// The case files as read (empty for formats that are not case files).
    public let caseFiles: [CaseFile]
    /// Warnings: nothing that stopped the load, but worth a look.
    public let warnings: [Diagnostic]

    /// Creates a loaded graph.
    public init(graph: Graph, caseFiles: [CaseFile], warnings: [Diagnostic]) {
        self.graph = graph
        self.caseFiles = caseFiles
        self.warnings = warnings
    }

    /// The same load with the graph restricted to a time window (see `Graph.filtered(to:)`).
    public func filtered(to window: TimeWindow) -> LoadedGraph {
        LoadedGraph(graph: graph.filtered(to: window), caseFiles: caseFiles, warnings: warnings)
    }
}

/// Reads case files and every other supported format and builds a graph, reporting every
/// problem of every file in one go.
public enum GraphLoader {
    /// Reads, checks and unions the files at `paths` into one graph.
    ///
    /// Each file's format comes from `options.format` or from its extension (see
    /// ``FileFormat``); case files are validated together as before. Files load in the order
    /// given, except that CSV edge tables load after everything else, so the entities a nodes
    /// table defines are there when the edges name them.
    /// - Parameters:
    ///   - paths: the files.
    ///   - options: formats and CSV columns.
    ///   - progress: called on the calling thread with the bytes of input read so far and the
    ///     files' total size: after each file, and every megabyte within CSV tables (the
    ///     format of large bulk loads). Indexing the graph afterwards is not counted.
    /// - Throws: `DiagnosticsError` with every error and warning when any error is found.
    public static func load(
        _ paths: [String], options: ReadOptions = ReadOptions(), progress: LoadProgressHandler? = nil
    ) throws(DiagnosticsError) -> LoadedGraph {
        guard let progress else { return try readAll(paths, options: options, tracker: nil) }
        let tracker = LoadProgress(handler: progress, total: paths.reduce(0) { $0 + LoadProgress.size(of: $1) })
        progress(0, tracker.total)
        do {
            return try LoadProgress.$current.withValue(tracker) { try readAll(paths, options: options, tracker: tracker) }
        } catch let error as DiagnosticsError {
            throw error
        } catch {
            throw DiagnosticsError([Diagnostic(at: SourceLocation(file: paths.first ?? "<input>"), "\(error)")])
        }
    }

    private static func readAll(_ paths: [String], options: ReadOptions, tracker: LoadProgress?) throws(DiagnosticsError) -> LoadedGraph {
        enum Item {
            case caseFile(CaseFile)
            case foreign(InputText, FileFormat)
        }
        var diagnostics: [Diagnostic] = []
        var caseFiles: [CaseFile] = []
        var items: [Item] = []
        var edgeTables: [Item] = []
        for path in paths {
            let format = options.format ?? FileFormat(path: path)
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue, options.format != .neo4jAdmin {
                diagnostics.append(Diagnostic(at: SourceLocation(file: path), "is a directory, not a file"))
                continue
            }
            if format == nil, FileManager.default.fileExists(atPath: path) {
                let known = FileFormat.allCases.filter(\.canRead).flatMap(\.extensions)
                diagnostics.append(Diagnostic(at: SourceLocation(file: path),
                    "unknown file type: CrimeGraph reads \(known.joined(separator: ", ")); name the format with --from"))
                continue
            }
            guard let format, !format.isCaseFile else {
                do {
                    let caseFile = try CaseFileReader.read(path: path, format: format.flatMap { CaseFileReader.Format(rawValue: $0.rawValue) })
                    caseFiles.append(caseFile)
                    items.append(.caseFile(caseFile))
                } catch {
                    diagnostics.append(contentsOf: error.diagnostics)
                }
                tracker?.finish(fileOfSize: LoadProgress.size(of: path))
                continue
            }
            do {
                let input = try InputText.read(path: path)
                if (format == .csv || format == .tsv) && CSVReader.isEdgeTable(input, format: format, options: options) {
                    edgeTables.append(.foreign(input, format))
                } else {
                    items.append(.foreign(input, format))
                }
            } catch {
                diagnostics.append(error)
            }
        }
        diagnostics.append(contentsOf: CaseValidator.validate(caseFiles))
        var builder = GraphBuilder()
        for item in items + edgeTables {
            switch item {
            case .caseFile(let file): builder.add(file)
            case .foreign(let input, let format):
                builder.noteFile(input.file)
                do {
                    diagnostics.append(contentsOf: try format.read(input, options: options, into: &builder))
                } catch {
                    diagnostics.append(contentsOf: error.diagnostics)
                }
                tracker?.finish(fileOfSize: LoadProgress.size(of: input.file))
            }
        }
        // The inputs' bytes are no longer needed while the graph is indexed.
        items.removeAll()
        edgeTables.removeAll()
        return try finish(builder, caseFiles: caseFiles, diagnostics: diagnostics)
    }

    /// Indexes what `builder` holds, or throws every error found while reading and building.
    static func finish(_ builder: consuming GraphBuilder, caseFiles: [CaseFile], diagnostics: [Diagnostic]) throws(DiagnosticsError) -> LoadedGraph {
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
        /// YAML (`.yaml`, `.yml`) or JSON (`.json`).
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
    /// - Throws: `DiagnosticsError` with every structural problem found.
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

/// Reports loading progress: the bytes of input read so far and the total size of the files.
/// Called on the loading thread.
public typealias LoadProgressHandler = @Sendable (_ bytesRead: Int, _ totalBytes: Int) -> Void

/// The progress of one ``GraphLoader/load(_:options:progress:)``, handed to the readers as a
/// task-local value (readers report within a file; the loader after each file).
final class LoadProgress: @unchecked Sendable {
    /// How many bytes a reader parses between two reports.
    static let interval = 1 << 20
    /// The load in progress on this task, if it reports.
    @TaskLocal static var current: LoadProgress?

    let handler: LoadProgressHandler
    let total: Int
    /// The bytes of the files already read.
    private var done = 0

    init(handler: @escaping LoadProgressHandler, total: Int) {
        self.handler = handler
        self.total = total
    }

    /// Within the current file, `fileBytesRead` bytes are read.
    func report(fileBytesRead: Int) { handler(min(done + fileBytesRead, total), total) }

    /// A file is read.
    func finish(fileOfSize size: Int) {
        done = min(done + size, total)
        handler(done, total)
    }

    /// A file's size in bytes (0 when it cannot be read).
    static func size(of path: String) -> Int {
        ((try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? NSNumber)?.intValue ?? 0
    }
}
