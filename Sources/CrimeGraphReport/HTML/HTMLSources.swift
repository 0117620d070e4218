import CrimeGraph

/// The closing section: numbered sources with their reliability (when the report lists them),
/// then every note.
enum HTMLSources {
    static func render(_ report: Report, blocks: HTMLBlocks) -> String {
        guard report.listsSources || !report.footnotes.notes.isEmpty else { return "" }
        var html: String
        if report.listsSources {
            html = "<section id=\"sources\">\n<h2>Sources</h2>\n"
            html += "<p>\(HTMLText.escape(SourceRows.introduction))</p>\n"
            html += blocks.table(SourceRows.rows(report))
            html += "<h3>Notes</h3>\n"
        } else {
            // Without the source list the notes still close the page: every marker links to one.
            html = "<section id=\"notes\">\n<h2>Notes</h2>\n"
        }
        html += "<ol class=\"notes\">\n"
        for note in report.footnotes.notes {
            html += "<li id=\"fn-\(note.number)\" value=\"\(note.number)\">\(HTMLText.escape(SourceRows.noteText(note, report)))</li>\n"
        }
        return html + "</ol>\n</section>\n"
    }
}

/// The source list as a table, shared by the HTML and Markdown writers.
enum SourceRows {
    static let introduction =
        "Sources are numbered S1, S2…; each note gives the source, the paragraph (the n-th non-blank line of its text) and, where the case file has one, a few words quoted from it. Reliability uses the Admiralty code: a letter for the source (A completely reliable … E unreliable, F cannot be judged) and a digit for the information (1 confirmed … 5 improbable, 6 cannot be judged)."

    static func rows(_ report: Report) -> Table {
        var counts: [String: Int] = [:]
        for note in report.footnotes.notes { counts[note.citation.source, default: 0] += 1 }
        var table = Table(columns: [
            .init("#"), .init("Source"), .init("Publisher"), .init("Date"), .init("Reliability"), .init("Notes", alignment: .trailing),
        ])
        for (position, source) in report.footnotes.sources.enumerated() {
            var title = RichText()
            if let url = source.url, HTMLText.isSafeLink(url) { title.append(.link(text: source.title, url: url)) } else { title.append(source.title) }
            if let file = source.file { title.append(" (file \(file))") }
            if let notes = source.notes {
                title.append(" ")
                title.append(.emphasis(notes))
            }
            let grade = source.reliability.map { "\($0) — \($0.meaning)" } ?? "not graded"
            table.rows.append([
                Table.Cell(RichText("S\(position + 1)"), sortValue: Double(position + 1)), Table.Cell(title), Table.Cell(RichText(source.publisher)),
                Table.Cell(RichText(source.date?.description ?? "not stated")), Table.Cell(RichText(grade)),
                .integer(counts[source.id] ?? 0),
            ])
        }
        return table
    }

    /// `S1 ¶6: “rounded up nearly 900 foreigners” — The Post`.
    static func noteText(_ note: Footnote, _ report: Report) -> String {
        let publisher = report.footnotes.sources.first { $0.id == note.citation.source }.map { source in
            source.publisher == "unknown" ? source.title : source.publisher
        }
        return note.text + (publisher.map { " — \($0)" } ?? "")
    }
}
