import ArgumentParser
import CrimeGraph
import CrimeGraphIO

/// The formats `convert` writes.
enum ConvertFormat: String, ExpressibleByArgument, CaseIterable {
    case json, yaml

    init?(path: String) {
        switch CaseFileReader.Format(path: path) {
        case .json: self = .json
        case .yaml: self = .yaml
        case nil: return nil
        }
    }
}

struct Convert: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Read files and write them in another format (the file type comes from -o's extension).",
        discussion: """
            Several inputs are unioned into one output. Writing replaces the output file only once the new one is
            complete; '-o -' writes to standard output (then --to is required).

            Examples:
              crimegraph convert Graphs/sihanoukville-2022.yaml -o out/sihanoukville.json
              crimegraph convert a.yaml b.yaml -o merged.yaml
              crimegraph convert Graphs/sihanoukville-2022.yaml -o - --to json
              crimegraph export Graphs/sihanoukville-2022.yaml -o out/sihanoukville.yaml   (export is an alias)
            """,
        aliases: ["export"])

    @OptionGroup var input: GraphOptions

    @Option(name: .shortAndLong, help: ArgumentHelp("Output file, or '-' for standard output.", valueName: "path"))
    var output: String

    @Option(name: .long, help: "Output format, overriding the extension (json, yaml).")
    var to: ConvertFormat?

    func validate() throws {
        if to == nil && ConvertFormat(path: output) == nil {
            throw ValidationError("cannot tell the output format from '\(output)': use a .json, .yaml or .yml file name, or --to")
        }
    }

    func run() throws {
        try reportingFailures {
            let loaded = try input.load()
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
            caseFile = caseFile.relocatingSources(to: output == "-" ? "./-" : output)
            let format = to ?? ConvertFormat(path: output) ?? .json
            let text = format == .json ? CaseFileEncoder.json(caseFile) : CaseFileEncoder.yaml(caseFile)
            if output == "-" {
                Terminal.output(text)
            } else {
                try AtomicFile.write(text, to: output)
            }
        }
    }
}
