import CrimeGraph
import Foundation

/// Writes a ``GroupDiagram`` as Graphviz DOT: one node per group, its area growing with its
/// number of entities, one edge per pair of groups with relationships between them, its width
/// growing with their number, and a title with a legend that explains the picture.
///
/// The largest groups (``DiagramScale/labelledGroups``) are labelled with their name, size and
/// most-tied members; smaller ones show only their size, so a hundred groups stay legible.
/// Groups of kinds take the kind's shape and colour; other groups take ``GroupPalette``
/// colours in size order; the `other` group is pale and dashed. Output is deterministic, and
/// every name passes through ``DOTText``. In SVG output each group's element id is
/// `group-N` (N from 1, largest first; `group-other`) and each tie's `tie-N-M`.
public enum GroupDOTEncoder {
    /// The engine for a group diagram: neato (a spring layout keeps the picture compact and
    /// readable) up to ``GraphvizEngine/neatoLimit`` groups, sfdp above. dot's layered drawing
    /// suits hierarchies, which groups are not.
    public static func engine(for diagram: GroupDiagram) -> GraphvizEngine {
        diagram.groups.count <= GraphvizEngine.neatoLimit ? .neato : .sfdp
    }

    /// DOT text for `diagram` laid out by `engine`. `options` gives the title, the legend
    /// switch, the seed, and edge labels (`none` drops the counts on ties).
    public static func encode(
        _ diagram: GroupDiagram, options: DiagramOptions = DiagramOptions(), engine: GraphvizEngine,
        labelledGroups: Int = DiagramScale.labelledGroups
    ) -> String {
        var out = "graph crimegraph_overview {\n"
        out += "  graph [" + graphAttributes(diagram, options: options, engine: engine, labelledGroups: labelledGroups)
            .joined(separator: ", ") + "];\n"
        out += "  node [fontname=\(DOTText.quoted(DOTEncoder.font)), penwidth=1.2, color=\"#444444\"];\n"
        out += "  edge [fontname=\(DOTText.quoted(DOTEncoder.font)), fontsize=12, fontcolor=\"#222222\"];\n"
        let largest = max(1, diagram.groups.map(\.size).max() ?? 1)
        let allLabelled = diagram.groups.count <= labelledGroups
        for (index, group) in diagram.groups.enumerated() {
            let labelled = allLabelled || index < labelledGroups || group.isOther
            out += "  " + node(diagram, index, largest: largest, labelled: labelled) + "\n"
        }
        let strongest = max(1, diagram.strongestTie)
        let labelledTies = tiesToLabel(diagram, options: options)
        for (number, tie) in diagram.ties.enumerated() {
            out += "  " + edge(diagram, tie, strongest: strongest, labelled: labelledTies.contains(number)) + "\n"
        }
        out += "}\n"
        return out
    }

    static func graphAttributes(_ diagram: GroupDiagram, options: DiagramOptions, engine: GraphvizEngine, labelledGroups: Int) -> [String] {
        var attributes = [
            "charset=\"UTF-8\"", "fontname=\(DOTText.quoted(DOTEncoder.font))", "bgcolor=\"white\"", "pad=\"0.4\"",
            "outputorder=\"edgesfirst\"",
        ]
        if let heading = GroupLegend.heading(diagram, options: options, labelledGroups: labelledGroups) {
            attributes += ["label=\(heading)", "labelloc=\"t\"", "labeljust=\"l\""]
        }
        let curved = options.curvedEdges ?? (diagram.ties.count <= DiagramScale.maximumCurvedEdges)
        switch engine {
        case .dot: attributes += ["rankdir=\"LR\"", "nodesep=0.4", "ranksep=0.9"]
        case .circo, .twopi: attributes += ["overlap=\"false\"", "splines=\"\(curved)\""]
        case .neato, .fdp, .sfdp:
            attributes += ["start=\(max(1, options.seed))", "overlap=\"prism\"", "splines=\"\(curved)\"", "sep=\"+10\""]
        }
        return attributes
    }

    /// The DOT node name of group `index`: `g1`, `g2`… largest first, or `other`.
    static func nodeName(_ diagram: GroupDiagram, _ index: Int) -> String {
        diagram.groups[index].isOther ? "other" : "g\(index + 1)"
    }

    static func node(_ diagram: GroupDiagram, _ index: Int, largest: Int, labelled: Bool) -> String {
        let group = diagram.groups[index]
        let scale = (Double(group.size) / Double(largest)).squareRoot()
        let kindStyle = diagram.grouping == .kind ? group.commonKind.map(KindStyle.of) : nil
        let fill = group.isOther ? "#F4F4F4" : kindStyle?.fill ?? GroupPalette.color(at: index)
        var style = "filled"
        if group.isOther { style += ",dashed" } else if let extra = kindStyle?.extraStyle { style += "," + extra }
        let lines = labelled ? labelLines(diagram, group) : [grouped(group.size)]
        let fontSize = labelled ? 10 + 8 * scale : 9
        let attributes = [
            "label=\(DOTText.label(lines: lines))", "shape=\(kindStyle?.shape ?? "ellipse")", "style=\(DOTText.quoted(style))",
            "fillcolor=\(DOTText.quoted(fill))", "fontcolor=\(DOTText.quoted(GroupPalette.text(on: fill)))",
            "fontsize=\(DOTEncoder.format(fontSize))", "width=\(DOTEncoder.format(0.45 + 2.4 * scale))",
            "height=\(DOTEncoder.format(0.3 + 1.5 * scale))", "margin=\"0.08,0.04\"",
            "tooltip=\(DOTText.label(tooltip(diagram, group)))",
            "id=\(DOTText.label(group.isOther ? "group-other" : "group-\(index + 1)"))",
        ]
        return DOTText.quoted(nodeName(diagram, index)) + " [" + attributes.joined(separator: ", ") + "];"
    }

    /// Name, size, and the two most-tied members' names (cut short), one per line.
    static func labelLines(_ diagram: GroupDiagram, _ group: GroupDiagram.Group) -> [String] {
        var lines = DOTText.wrap(group.name, width: 22)
        if group.isOther {
            lines.append("\(grouped(group.groupCount)) \(group.groupCount == 1 ? diagram.grouping.noun : diagram.grouping.pluralNoun)")
        }
        lines.append(entityCount(group.size))
        return lines + mostTiedNames(diagram, group)
    }

    /// The two most-tied members' names, each cut to 24 characters; none for `other`.
    static func mostTiedNames(_ diagram: GroupDiagram, _ group: GroupDiagram.Group) -> [String] {
        guard !group.isOther else { return [] }
        return group.mostTied.prefix(2).map { shortened(diagram.source.name(of: $0), to: 24) }
    }

    static func tooltip(_ diagram: GroupDiagram, _ group: GroupDiagram.Group) -> String {
        var text = "\(group.name): \(entityCount(group.size)), \(grouped(group.internalRelationships)) relationships inside"
        if group.isOther {
            text += " (\(grouped(group.groupCount)) \(diagram.grouping.pluralNoun) too small to draw on their own)"
        }
        if !group.mostTied.isEmpty {
            let graph = diagram.source
            text += "; most tied: " + group.mostTied.map { graph.name(of: $0) }.joined(separator: ", ")
        }
        return text
    }

    /// The ties that carry their count: all of them up to ``DiagramScale/maximumLabelledTies``,
    /// else the strongest that many (equal counts in tie order); none when labels are off.
    static func tiesToLabel(_ diagram: GroupDiagram, options: DiagramOptions) -> Set<Int> {
        if options.edgeLabels == DiagramOptions.EdgeLabels.none { return [] }
        let all = Array(diagram.ties.indices)
        guard all.count > DiagramScale.maximumLabelledTies else { return Set(all) }
        let ranked = all.sorted { a, b in
            let (x, y) = (diagram.ties[a].relationships, diagram.ties[b].relationships)
            return x != y ? x > y : a < b
        }
        return Set(ranked.prefix(DiagramScale.maximumLabelledTies))
    }

    static func edge(_ diagram: GroupDiagram, _ tie: GroupDiagram.Tie, strongest: Int, labelled: Bool) -> String {
        let share = Double(tie.relationships) / Double(strongest)
        // Weak ties are thin and faint, strong ones thick and dark, so the few strong ties
        // between groups stand out of the many weak ones; strong ties also pull harder.
        let alpha = String(Int(0x30 + Double(0xE0 - 0x30) * share), radix: 16, uppercase: true)
        let from = diagram.groups[tie.from].name, to = diagram.groups[tie.to].name
        var attributes = [
            "penwidth=\(DOTEncoder.format(0.5 + 6.5 * share.squareRoot()))", "color=\(DOTText.quoted("#333333" + alpha))",
            "weight=\(DOTEncoder.format(1 + 4 * share))",
            "tooltip=\(DOTText.label("\(from) — \(to): \(grouped(tie.relationships)) relationship\(tie.relationships == 1 ? "" : "s")"))",
            "id=\(DOTText.label("tie-\(idPart(diagram, tie.from))-\(idPart(diagram, tie.to))"))",
        ]
        if labelled {
            // On a white patch, so the number stays legible where lines cross.
            let number = "<<TABLE BORDER=\"0\" CELLPADDING=\"1\" BGCOLOR=\"#FFFFFFCC\"><TR><TD>\(grouped(tie.relationships))</TD></TR></TABLE>>"
            attributes.insert("label=\(number)", at: 0)
        }
        return DOTText.quoted(nodeName(diagram, tie.from)) + " -- " + DOTText.quoted(nodeName(diagram, tie.to))
            + " [" + attributes.joined(separator: ", ") + "];"
    }

    static func idPart(_ diagram: GroupDiagram, _ index: Int) -> String {
        diagram.groups[index].isOther ? "other" : String(index + 1)
    }

    /// `1 entity`, `2,022 entities`.
    static func entityCount(_ count: Int) -> String {
        "\(grouped(count)) entit\(count == 1 ? "y" : "ies")"
    }

    /// 12345 as `12,345`: stable whatever the locale.
    static func grouped(_ number: Int) -> String {
        let digits = String(number.magnitude)
        var out = ""
        for (index, digit) in digits.enumerated() {
            if index > 0 && (digits.count - index) % 3 == 0 { out += "," }
            out.append(digit)
        }
        return number < 0 ? "-" + out : out
    }

    /// `text` cut to `limit` characters with an ellipsis.
    static func shortened(_ text: String, to limit: Int) -> String {
        text.count <= limit ? text : String(text.prefix(limit - 1)).trimmingCharacters(in: .whitespaces) + "…"
    }
}
