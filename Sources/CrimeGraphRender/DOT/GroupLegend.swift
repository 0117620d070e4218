/// The title and legend of a group diagram, drawn as the graph's label above the picture (an
/// HTML-like table), so it never overlaps the groups whatever the layout does.
enum GroupLegend {
    /// The graph label: the title, then (with `options.legend`) what the shapes, lines and
    /// the `other` group mean; nil when there is neither.
    static func heading(_ diagram: GroupDiagram, options: DiagramOptions, labelledGroups: Int) -> String? {
        var rows: [String] = []
        if let title = options.title, !title.isEmpty {
            rows.append(row(DOTText.html(title), size: 22, bold: true))
        }
        if options.legend {
            rows += lines(diagram, options: options, labelledGroups: labelledGroups).map { row(DOTText.html($0), size: 12, bold: false) }
        }
        guard !rows.isEmpty else { return nil }
        return "<<TABLE BORDER=\"0\" CELLBORDER=\"0\" CELLSPACING=\"0\" CELLPADDING=\"2\">" + rows.joined() + "</TABLE>>"
    }

    /// The legend's sentences, one per line, short enough to read at a glance.
    static func lines(_ diagram: GroupDiagram, options: DiagramOptions, labelledGroups: Int) -> [String] {
        let grouping = diagram.grouping
        let drawn = diagram.groups.filter { !$0.isOther }.count
        let noun = drawn == 1 ? grouping.noun : grouping.pluralNoun
        var lines = [
            "Overview of \(count(diagram.entityCount, "entity", "entities")) and "
                + "\(count(diagram.relationshipCount, "relationship", "relationships")) "
                + "as \(GroupDOTEncoder.grouped(drawn)) \(noun)" + (grouping.method.map { " (\($0))" } ?? "") + ".",
            "Each shape is one \(grouping.noun); its area grows with its number of entities.",
        ]
        if diagram.groups.count > labelledGroups {
            lines.append("The \(labelledGroups) largest show their name, size and two most-tied members; the others only their size.")
        } else {
            lines.append("Each shows its name, its size and its two most-tied members.")
        }
        let labels = options.edgeLabels != DiagramOptions.EdgeLabels.none
        let counted = diagram.ties.count > DiagramScale.maximumLabelledTies
            ? "the strongest \(DiagramScale.maximumLabelledTies) lines give the number" : "the number says how many"
        lines.append(
            "A line joins two \(grouping.pluralNoun) with relationships between them; the thicker and darker, the more"
                + (labels ? " (\(counted))." : "."))
        if diagram.smallGroupCount > 0 {
            let why = smallGroupReason(diagram)
            let what = "\(count(diagram.smallGroupCount, grouping.noun, grouping.pluralNoun)) \(why) "
                + "(\(count(diagram.smallGroupEntities, "entity", "entities")))"
            switch diagram.smallGroups {
            case .other: lines.append("'other' gathers \(what).")
            case .omit: lines.append("Left out: \(what), with their relationships.")
            }
        }
        return lines
    }

    /// Why some groups are not drawn on their own: too small, too many, or both.
    static func smallGroupReason(_ diagram: GroupDiagram) -> String {
        let tooSmall = diagram.smallGroupCount - diagram.cappedGroupCount
        let minimum = "of fewer than \(count(diagram.minimumSize, "entity", "entities"))"
        if diagram.cappedGroupCount == 0 { return minimum }
        let beyond = "beyond the largest \(diagram.groups.filter { !$0.isOther }.count)"
        return tooSmall == 0 ? beyond : "\(minimum) or \(beyond)"
    }

    static func row(_ html: String, size: Int, bold: Bool) -> String {
        let text = bold ? "<B>\(html)</B>" : html
        return "<TR><TD ALIGN=\"LEFT\"><FONT POINT-SIZE=\"\(size)\">\(text)</FONT></TD></TR>"
    }

    static func count(_ number: Int, _ singular: String, _ plural: String) -> String {
        "\(GroupDOTEncoder.grouped(number)) \(number == 1 ? singular : plural)"
    }
}
