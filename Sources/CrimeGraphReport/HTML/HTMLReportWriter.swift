/// Writes a ``Report`` as one self-contained HTML file: inline CSS, JavaScript and SVG, no
/// network access, no web fonts; usable offline and printable.
///
/// The page offers pan and zoom on diagrams, hover text and a details panel for entities
/// (properties, relationships, citations with quotes), a search box that highlights matching
/// entities, and tables that sort by column. Opened with `#selftest` (or `#selftest=ENTITYID`)
/// it exercises these features itself, records the outcome in `<pre id="selftest-result">`
/// and `<html data-selftest="pass|fail">`, which a headless browser's `--dump-dom` reads back,
/// and moves the diagram to the top of the page for a screenshot.
///
/// Every user string is escaped for its context: HTML text and attributes by ``HTMLText``, the
/// data for the script as JSON with `<`, `>` and `&` escaped, diagrams through ``SVGCleaner``.
/// The script builds the panel with `textContent`, never `innerHTML`.
public struct HTMLReportWriter: Sendable {
    /// A writer.
    public init() {}

    /// The HTML document.
    public func write(_ report: Report) -> String {
        var html = "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
        html += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        html += "<meta name=\"generator\" content=\"CrimeGraph\">\n"
        html += "<title>\(HTMLText.escape(report.title))</title>\n<style>\n\(HTMLStyle.css)</style>\n</head>\n<body>\n"
        html += header(report)
        html += "<main>\n"
        let blocks = HTMLBlocks(report: report)
        for section in report.sections {
            html += "<section id=\"\(HTMLText.attribute(section.id))\">\n<h2>\(HTMLText.escape(section.title))</h2>\n"
            for block in section.blocks { html += blocks.render(block) }
            html += "</section>\n"
        }
        html += HTMLSources.render(report, blocks: blocks)
        html += "</main>\n"
        html += "<aside id=\"panel\" class=\"panel\" hidden aria-live=\"polite\" aria-label=\"Entity details\">"
        html += "<button type=\"button\" class=\"close\" aria-label=\"Close\">×</button><div id=\"panel-body\"></div></aside>\n"
        html += "<div id=\"tooltip\" class=\"tooltip\" role=\"tooltip\" hidden></div>\n"
        html += "<footer>Made with CrimeGraph from sourced case files. Every claim carries the number of its note; the notes quote the sources.</footer>\n"
        html += "<script type=\"application/json\" id=\"report-data\">\(HTMLText.scriptJSON(HTMLData.json(report)))</script>\n"
        html += "<script>\n\(HTMLScript.source)</script>\n</body>\n</html>\n"
        return html
    }

    func header(_ report: Report) -> String {
        let blocks = HTMLBlocks(report: report)
        var html = "<header class=\"top\">\n<h1>\(HTMLText.escape(report.title))</h1>\n"
        if let subtitle = report.subtitle { html += "<p class=\"subtitle\">\(blocks.inline(subtitle))</p>\n" }
        for notice in report.notices {
            html += "<p class=\"notice\" role=\"note\">\(blocks.inline(notice))</p>\n"
        }
        html += "<div class=\"search\"><label for=\"search\">Find entities</label>"
        html += "<input id=\"search\" type=\"search\" placeholder=\"Name, alias, kind or tag\" autocomplete=\"off\">"
        html += "<span id=\"search-count\" aria-live=\"polite\"></span></div>\n"
        var entries = report.sections.map { ($0.id, $0.title) }
        if report.listsSources { entries.append(("sources", "Sources")) } else if !report.footnotes.notes.isEmpty { entries.append(("notes", "Notes")) }
        html += "<nav class=\"toc\" aria-label=\"Contents\">"
        html += entries.map { "<a href=\"#\(HTMLText.attribute($0.0))\">\(HTMLText.escape($0.1))</a>" }.joined(separator: " ")
        html += "</nav>\n</header>\n"
        return html
    }
}
