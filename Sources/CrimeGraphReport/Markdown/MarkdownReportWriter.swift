/// A report written as GitHub-flavoured Markdown, with the image files it links to.
public struct MarkdownReport: Sendable {
    /// A file to write beside the Markdown file.
    public struct File: Sendable {
        /// The file name, relative to the Markdown file's folder.
        public let name: String
        /// The contents.
        public let bytes: [UInt8]
    }

    /// The Markdown text.
    public var text: String
    /// The diagrams as SVG and PNG files, named `STEM-FIGUREID.svg` and `.png`.
    public var files: [File]
}

/// Writes a ``Report`` as GitHub-flavoured Markdown: the same sections as the HTML report,
/// tables, diagrams as SVG and PNG files beside it, and the citations as footnotes (`[^12]`).
public struct MarkdownReportWriter: Sendable {
    /// A writer.
    public init() {}

    /// The Markdown document and its image files.
    /// - Parameters:
    ///   - report: the report to write.
    ///   - imageStem: the start of the image file names, usually the Markdown file's
    ///     name without extension (`report` → `report-network.svg`).
    public func write(_ report: Report, imageStem: String) -> MarkdownReport {
        var writer = MarkdownBlocks(report: report, imageStem: imageStem)
        var text = "# \(MarkdownText.escape(report.title))\n\n"
        if let subtitle = report.subtitle { text += writer.inline(subtitle) + "\n\n" }
        for notice in report.notices { text += "> **\(writer.inline(notice))**\n\n" }
        var contents = report.sections.map { "[\(MarkdownText.escape($0.title))](#\(MarkdownText.anchor($0.title)))" }
        if report.listsSources { contents.append("[Sources](#sources)") }
        text += "**Contents:** " + contents.joined(separator: " · ") + "\n\n"
        for section in report.sections {
            text += "## \(MarkdownText.escape(section.title))\n\n"
            for block in section.blocks { text += writer.render(block) }
        }
        if report.listsSources {
            text += "## Sources\n\n\(MarkdownText.escape(SourceRows.introduction))\n\n"
            text += writer.table(SourceRows.rows(report))
        }
        // The notes are written even without the source list: every marker needs its note.
        for note in report.footnotes.notes where writer.cited.contains(note.number) {
            text += "[^\(note.number)]: \(MarkdownText.escape(SourceRows.noteText(note, report)))\n"
        }
        if !text.hasSuffix("\n") { text += "\n" }
        return MarkdownReport(text: text, files: writer.files)
    }
}

/// Markdown for blocks and running text; remembers which notes it cited and which image
/// files the document needs.
struct MarkdownBlocks {
    let report: Report
    let imageStem: String
    var cited = Set<Int>()
    var files: [MarkdownReport.File] = []

    mutating func render(_ block: Block) -> String {
        switch block {
        case .paragraph(let text): return inline(text) + "\n\n"
        case .heading(let text): return "### " + inline(text) + "\n\n"
        case .note(let text): return "> " + inline(text) + "\n\n"
        case .list(let items, let ordered):
            var text = ""
            for (position, item) in items.enumerated() { text += (ordered ? "\(position + 1). " : "- ") + inline(item) + "\n" }
            return text + "\n"
        case .definitions(let definitions):
            return definitions.map { "- **\(MarkdownText.escape($0.term))**: " + inline($0.explanation) + "\n" }.joined() + "\n"
        case .table(let table): return self.table(table)
        case .figure(let figure): return self.figure(figure)
        }
    }

    mutating func inline(_ text: RichText) -> String {
        var out = ""
        for piece in text.inlines {
            switch piece {
            case .text(let text): out += MarkdownText.escape(text)
            case .emphasis(let text): out += "*\(MarkdownText.escape(text))*"
            case .strong(let text): out += "**\(MarkdownText.escape(text))**"
            case .code(let text): out += "`\(Self.replacing(text, ["`": "'"]))`"
            case .entity(_, let name): out += MarkdownText.escape(name)
            case .link(let text, let url):
                out += HTMLText.isSafeLink(url) ? "[\(MarkdownText.escape(text))](<\(Self.destination(url))>)" : MarkdownText.escape(text)
            case .footnote(let number):
                if out.hasSuffix("]") { out += " " }
                out += "[^\(number)]"
                cited.insert(number)
            }
        }
        return out
    }

    static func destination(_ url: String) -> String {
        replacing(url, [" ": "%20", "<": "%3C", ">": "%3E"])
    }

    /// `text` with each scalar in `replacements` replaced, scalar by scalar: a `>` or a
    /// backtick followed by a combining mark is one character, and must still be replaced.
    static func replacing(_ text: String, _ replacements: [Unicode.Scalar: String]) -> String {
        var output = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if let replacement = replacements[scalar] { output.append(contentsOf: replacement.unicodeScalars) } else { output.append(scalar) }
        }
        return String(output)
    }

    mutating func table(_ table: Table) -> String {
        var text = "| " + table.columns.map { MarkdownText.escape($0.title) }.joined(separator: " | ") + " |\n"
        text += "|" + table.columns.map { $0.alignment == .trailing ? " ---: |" : " --- |" }.joined() + "\n"
        for row in table.rows {
            let cells = row.map { cell -> String in
                let content = inline(cell.content)
                return content.isEmpty ? " " : content
            }
            text += "| " + cells.joined(separator: " | ") + " |\n"
        }
        text += "\n"
        if let caption = table.caption { text += "*\(inline(caption))*\n\n" }
        return text
    }

    mutating func figure(_ figure: Figure) -> String {
        let stem = "\(imageStem)-\(figure.id)"
        var text = ""
        if let svg = figure.svg {
            files.append(MarkdownReport.File(name: stem + ".svg", bytes: Array(svg.utf8)))
            text += "![\(MarkdownText.escape(figure.caption.plainText))](\(Self.destination(stem)).svg)\n\n"
        } else {
            text += "*The diagram could not be drawn: \(MarkdownText.escape(figure.failure ?? "it was not rendered")).*\n\n"
        }
        var caption = inline(figure.caption)
        if let png = figure.png {
            files.append(MarkdownReport.File(name: stem + ".png", bytes: png))
            caption += " ([PNG](\(Self.destination(stem)).png))"
        }
        return text + caption + "\n\n"
    }
}
