import ArgumentParser
import CrimeGraph
import CrimeGraphIO
import Foundation

struct Convert: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Read files in any supported format and write them in another (the output format comes from -o's extension).",
        discussion: """
            Several inputs are unioned into one output. Outputs: \(FileFormat.allCases.map(\.name).joined(separator: ", ")) \
            (see 'crimegraph formats' and docs/formats.md). A format that cannot hold everything says on stderr what it \
            dropped. Writing replaces an output file only once the new one is complete; '-o -' writes to standard output \
            (then --to is required). CSV writes the edges table at the path and the nodes table beside it (X.nodes.csv); \
            neo4j-admin writes a folder.

            Examples:
              crimegraph convert Graphs/sihanoukville-2022.yaml -o out/sihanoukville.json
              crimegraph convert case.yaml -o out/case.graphml
              crimegraph convert case.yaml -o out/case.ftm.json
              crimegraph convert case.yaml -o out/neo4j --to neo4j-admin
              crimegraph convert ../shared/datasets/morselli_caviar.csv -o out/caviar.gexf
              crimegraph convert calls.csv --csv-columns source=caller,target=callee -o calls.graphml
              crimegraph convert a.yaml b.graphml -o merged.yaml
              crimegraph convert case.yaml -o - --to dot
              crimegraph export case.yaml -o out/case.yaml   (export is an alias)
            """,
        aliases: ["export"])

    @OptionGroup var input: GraphOptions

    @Option(name: .shortAndLong, help: ArgumentHelp("Output file (a folder for neo4j-admin), or '-' for standard output.", valueName: "path"))
    var output: String

    @Option(name: .long, help: ArgumentHelp("Output format, overriding the extension: \(FileFormat.allCases.map(\.name).joined(separator: ", ")).", valueName: "format"))
    var to: String?

    /// The output format: --to, else the extension.
    func format() throws -> FileFormat {
        if let to {
            guard let format = FileFormat(name: to) else {
                throw ValidationError("--to \(to): unknown output format; use one of \(FileFormat.names.joined(separator: ", "))")
            }
            return format
        }
        if output == "-" { throw ValidationError("writing to standard output ('-o -') needs --to FORMAT") }
        guard let format = FileFormat(path: output) else {
            throw ValidationError(
                "cannot tell the output format from '\(output)': use an extension (.json, .yaml, .csv, .tsv, .graphml, .gexf, .ftm.json, .dot, .cypher) or --to FORMAT")
        }
        return format
    }

    func validate() throws {
        let format = try format()
        if output == "-" && (format.writesFolder || format.writesCompanionFiles) {
            throw ValidationError("\(format.name) writes several files: give an output path with -o, not '-'")
        }
    }

    func run() throws {
        try reportingFailures {
            let format = try self.format()
            let loaded = try input.load()
            let destination = output == "-" ? "./-" : output
            if format.isCaseFile && !loaded.caseFiles.isEmpty && loaded.caseFiles.count == input.files.count {
                try writeCaseFile(loaded, format: format, destination: destination)
                return
            }
            let sources = Self.relocated(loaded.graph.sources, to: destination)
            let export = format.write(loaded.graph, options: WriteOptions(sources: sources))
            try write(export, format: format)
            for loss in export.losses { Terminal.warning("\(format.name) cannot hold everything: dropped \(loss)") }
        }
    }

    /// Case files keep the author's order and wording exactly, as before other formats existed.
    private func writeCaseFile(_ loaded: LoadedGraph, format: FileFormat, destination: String) throws {
        var caseFile = loaded.caseFiles.count == 1 ? loaded.caseFiles[0] : loaded.graph.caseFile()
        if loaded.caseFiles.count > 1 {
            // A merged file's sources came from several files: resolve each from its own.
            let origins = Dictionary(loaded.caseFiles.flatMap { file in file.sources.map { ($0.id, file.path) } }, uniquingKeysWith: { first, _ in first })
            caseFile.sources = caseFile.sources.map { source in
                var source = source
                if let file = source.file, !file.hasPrefix("/"), let origin = origins[source.id] ?? nil {
                    source.file = SourceText.resolve(file, relativeTo: origin)
                }
                return source
            }
        }
        caseFile = caseFile.relocatingSources(to: destination)
        let text = format == .json ? CaseFileEncoder.json(caseFile) : CaseFileEncoder.yaml(caseFile)
        if output == "-" {
            Terminal.output(text)
        } else {
            try AtomicFile.write(text, to: output)
        }
    }

    /// Sources whose text files are named relative to the file that declared them, renamed
    /// relative to where the output goes.
    static func relocated(_ sources: [Source], to destination: String) -> [Source] {
        let folder = URL(fileURLWithPath: destination).deletingLastPathComponent().path
        return sources.map { source in
            guard let file = source.file, !file.hasPrefix("/") else { return source }
            var moved = source
            moved.file = SourceText.relativePath(of: SourceText.resolve(file, relativeTo: source.origin?.file), from: folder)
            return moved
        }
    }

    private func write(_ export: GraphExport, format: FileFormat) throws {
        if output == "-" {
            for file in export.files { FileHandle.standardOutput.write(Data(file.bytes)) }
            return
        }
        if format.writesFolder {
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: output, isDirectory: &isDirectory) {
                guard isDirectory.boolValue else { throw CommandFailure("cannot write '\(output)': \(format.name) writes a folder, and a file has that name") }
            } else {
                let parent = URL(fileURLWithPath: output).deletingLastPathComponent().path
                guard FileManager.default.fileExists(atPath: parent, isDirectory: &isDirectory), isDirectory.boolValue else {
                    throw CommandFailure("cannot write '\(output)': the folder '\(parent)' does not exist")
                }
                do {
                    try FileManager.default.createDirectory(atPath: output, withIntermediateDirectories: false)
                } catch {
                    throw CommandFailure("cannot create the folder '\(output)': \(error.localizedDescription)")
                }
            }
        }
        for file in export.files { try AtomicFile.write(file.bytes, to: file.path(for: output)) }
        if export.files.count > 1 {
            Terminal.note("wrote " + export.files.map { $0.path(for: output) }.joined(separator: ", "))
        }
    }
}
