import ArgumentParser
import CrimeGraph
import CrimeGraphIO
import CrimeGraphRender
import CrimeGraphReport
import Foundation

/// What `report` writes.
enum ReportFormat: String, ExpressibleByArgument, CaseIterable {
    case html, md

    init?(path: String) {
        let lower = path.lowercased()
        if lower.hasSuffix(".html") || lower.hasSuffix(".htm") { self = .html } else if lower.hasSuffix(".md") || lower.hasSuffix(".markdown") {
            self = .md
        } else {
            return nil
        }
    }
}

struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Write an analysis report: self-contained HTML or GitHub-flavoured Markdown.",
        discussion: """
            Sections (all by default, in this order): \(StandardSection.allCases.map(\.rawValue).joined(separator: ", ")). \
            The HTML file needs no network: inline CSS, script and SVG, with pan and zoom, hover text, a details panel \
            with citations, search and sortable tables; it prints well. Markdown writes the diagrams beside it as \
            REPORT-FIGURE.svg and .png. Every claim carries a note number; the notes quote the sources. See docs/reports.md.

            --redact KIND|TAG replaces the names of those entities with pseudonyms (Person A, Victim B…) everywhere, \
            including the diagram, the search index and the page's hidden data, and the report says it is redacted.

            Examples:
              crimegraph report Graphs/sihanoukville-2022.yaml -o out/report.html
              crimegraph report Graphs/sihanoukville-2022.yaml -o out/report.md --focus "Hun Sen" "Galaxy World" "Keo Vanthan"
              crimegraph report Graphs/sihanoukville-2022.yaml -o out/redacted.html --redact person
              crimegraph report Graphs/sihanoukville-2022.yaml -o out/brief.html --sections summary key-players timeline --as-of 2022-09-22
            """)

    @OptionGroup var input: GraphOptions

    @Option(name: .shortAndLong, help: ArgumentHelp("Output file: .html or .md.", valueName: "path"))
    var output: String

    @Option(name: .long, help: "Output format, overriding the extension (html, md).")
    var to: ReportFormat?

    @Option(name: .long, help: "Title (default: the case title).")
    var title: String?

    @Option(name: .long, parsing: .upToNextOption, help: ArgumentHelp("Entities whose connections to trace and highlight.", valueName: "entity"))
    var focus: [String] = []

    @Option(name: .long, parsing: .upToNextOption, help: ArgumentHelp(
        "Sections to include (default all): \(StandardSection.allCases.map(\.rawValue).joined(separator: ", ")).", valueName: "section"))
    var sections: [String] = []


    @Option(name: .long, parsing: .upToNextOption, help: ArgumentHelp("Replace the names of entities of these kinds or tags with pseudonyms.", valueName: "kind|tag"))
    var redact: [String] = []

    @Option(name: .long, help: "Rows in ranked tables.")
    var top: Int = 10

    @Option(name: .long, help: "Seed of the communities and the diagram layouts.")
    var seed: Int = 1

    @Option(name: .long, help: "Seconds Graphviz may take for each diagram.")
    var timeout: Double = 60

    func validate() throws {
        if output == "-" { throw ValidationError("-o: give a file path; a report may come with image files") }
        if to == nil && ReportFormat(path: output) == nil {
            throw ValidationError("cannot tell the report format from '\(output)': use .html or .md, or --to")
        }
        if top < 1 { throw ValidationError("--top must be at least 1") }
        if !(timeout > 0) { throw ValidationError("--timeout must be a positive number of seconds") }
        _ = try chosenSections()
    }

    func chosenSections() throws -> Set<StandardSection> {
        let names = sections.flatMap { $0.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) } }.filter { !$0.isEmpty }
        if names.isEmpty { return Set(StandardSection.allCases) }
        return Set(try names.map { name in
            guard let section = StandardSection(rawValue: name) else {
                throw ValidationError("--sections \(name): unknown section; use \(StandardSection.allCases.map(\.rawValue).joined(separator: ", "))")
            }
            return section
        })
    }

    func run() throws {
        try reportingFailures {
            // The shared input options apply --as-of / --between while loading.
            var graph = try input.load().graph
            let cutOff = input.reading.asOf.flatMap { CaseDate(iso: $0) }
            let focusEntities = try focus.map { try graph.resolve($0) }
            var notices: [RichText] = []
            var reportTitle = title
            if !redact.isEmpty {
                let redacted: RedactedGraph
                do throws(Redaction.Failure) {
                    redacted = try Redaction.apply(redact, to: graph)
                } catch {
                    throw CommandFailure(error.description)
                }
                graph = redacted.graph
                reportTitle = reportTitle.map(redacted.mask)
                notices.append(RichText(redacted.notice))
            }
            let format = to ?? ReportFormat(path: output) ?? .html
            let options = ReportOptions(
                title: reportTitle, focus: focusEntities, sections: try chosenSections(), top: top, seed: seed, asOf: cutOff,
                files: redact.isEmpty ? input.files : [])
            var report = ReportBuilder.build(graph, options: options, notices: notices, isRedacted: !redact.isEmpty)
            let renderer = GraphvizRenderer(timeout: .milliseconds(Int64(timeout * 1000)))
            FigureRenderer(renderer: renderer, formats: format == .md ? [.svg, .png] : [.svg]).render(&report)
            for figure in report.figures {
                if let failure = figure.failure { Terminal.warning("diagram '\(figure.id)' could not be drawn: \(failure)") }
            }
            switch format {
            case .html:
                try AtomicFile.write(HTMLReportWriter().write(report), to: output)
            case .md:
                let url = URL(fileURLWithPath: output)
                let stem = url.deletingPathExtension().lastPathComponent
                let markdown = MarkdownReportWriter().write(report, imageStem: stem)
                let folder = url.deletingLastPathComponent().path
                for file in markdown.files { try AtomicFile.write(file.bytes, to: folder + "/" + file.name) }
                try AtomicFile.write(markdown.text, to: output)
            }
        }
    }
}
