/// HTML for blocks and running text.
struct HTMLBlocks {
    let report: Report

    func render(_ block: Block) -> String {
        switch block {
        case .paragraph(let text): return "<p>\(inline(text))</p>\n"
        case .heading(let text): return "<h3>\(inline(text))</h3>\n"
        case .note(let text): return "<p class=\"note\">\(inline(text))</p>\n"
        case .list(let items, let ordered):
            let tag = ordered ? "ol" : "ul"
            return "<\(tag)>\n" + items.map { "<li>\(inline($0))</li>\n" }.joined() + "</\(tag)>\n"
        case .definitions(let definitions):
            return "<dl class=\"definitions\">\n"
                + definitions.map { "<dt>\(HTMLText.escape($0.term))</dt><dd>\(inline($0.explanation))</dd>\n" }.joined() + "</dl>\n"
        case .table(let table): return self.table(table)
        case .figure(let figure): return self.figure(figure)
        }
    }

    /// Running text; consecutive footnotes share one superscript.
    func inline(_ text: RichText) -> String {
        var html = ""
        var pendingNotes: [Int] = []
        func flush() {
            guard !pendingNotes.isEmpty else { return }
            html += "<sup class=\"fn\">" + pendingNotes.map(noteLink).joined(separator: ",") + "</sup>"
            pendingNotes = []
        }
        for piece in text.inlines {
            if case .footnote(let number) = piece {
                pendingNotes.append(number)
                continue
            }
            flush()
            switch piece {
            case .text(let text): html += HTMLText.escape(text)
            case .emphasis(let text): html += "<em>\(HTMLText.escape(text))</em>"
            case .strong(let text): html += "<strong>\(HTMLText.escape(text))</strong>"
            case .code(let text): html += "<code>\(HTMLText.escape(text))</code>"
            case .entity(let id, let name):
                html += "<span class=\"entity\" data-entity=\"\(HTMLText.attribute(id))\" tabindex=\"0\" role=\"button\">\(HTMLText.escape(name))</span>"
            case .link(let text, let url):
                html += HTMLText.isSafeLink(url)
                    ? "<a href=\"\(HTMLText.attribute(url))\" rel=\"noreferrer\">\(HTMLText.escape(text))</a>"
                    : HTMLText.escape(text)
            case .footnote: break
            }
        }
        flush()
        return html
    }

    func noteLink(_ number: Int) -> String {
        let title = report.footnotes.note(number).map { " title=\"\(HTMLText.attribute($0.text))\"" } ?? ""
        return "<a href=\"#fn-\(number)\"\(title)>\(number)</a>"
    }

    func table(_ table: Table) -> String {
        var html = "<div class=\"table-wrap\"><table class=\"sortable\">\n<thead><tr>"
        for column in table.columns {
            let numeric = column.alignment == .trailing ? " class=\"num\"" : ""
            html += "<th scope=\"col\"\(numeric) aria-sort=\"none\" tabindex=\"0\" title=\"Sort\">\(HTMLText.escape(column.title))</th>"
        }
        html += "</tr></thead>\n<tbody>\n"
        for row in table.rows {
            html += "<tr>"
            for (position, cell) in row.enumerated() {
                let numeric = position < table.columns.count && table.columns[position].alignment == .trailing
                var attributes = numeric ? " class=\"num\"" : ""
                if let value = cell.sortValue, value.isFinite { attributes += " data-sort=\"\(value)\"" }
                html += "<td\(attributes)>\(inline(cell.content))</td>"
            }
            html += "</tr>\n"
        }
        html += "</tbody>\n</table>"
        if let caption = table.caption { html += "<p class=\"caption\">\(inline(caption))</p>" }
        return html + "</div>\n"
    }

    func figure(_ figure: Figure) -> String {
        let prefix = figure.isPrimary ? "" : figure.id + "-"
        let kind = figure.isPrimary ? "diagram primary" : "diagram small"
        var html = "<figure class=\"\(kind)\" id=\"figure-\(HTMLText.attribute(figure.id))\" data-prefix=\"\(HTMLText.attribute(prefix))\""
        html += " data-entities=\"\(figure.entityIDs.count)\">\n"
        var picture: String?
        var problem = figure.failure
        if let svg = figure.svg {
            do {
                picture = try SVGCleaner.clean(svg, idPrefix: prefix, label: figure.caption.plainText)
            } catch {
                problem = error.description
            }
        }
        if let picture {
            html += "<div class=\"controls\"><button type=\"button\" data-zoom=\"in\" aria-label=\"Zoom in\">+</button>"
            html += "<button type=\"button\" data-zoom=\"out\" aria-label=\"Zoom out\">−</button>"
            html += "<button type=\"button\" data-zoom=\"reset\">Reset</button></div>\n"
            html += "<div class=\"viewport\">\(picture)</div>\n"
        } else {
            html += "<p class=\"missing\">The diagram could not be drawn: \(HTMLText.escape(problem ?? "it was not rendered")).</p>\n"
        }
        return html + "<figcaption>\(inline(figure.caption))</figcaption>\n</figure>\n"
    }
}
