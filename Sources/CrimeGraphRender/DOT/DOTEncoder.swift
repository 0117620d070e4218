import Foundation
import CrimeGraph

/// Writes a graph as Graphviz DOT: one node per entity styled by kind, one edge per
/// relationship labelled with its kind, a title and a legend.
///
/// Output is deterministic — entities and relationships in index order, attributes in a fixed
/// order — so the same graph and options give the same bytes. Every name passes through
/// ``DOTText`` and can never be read as DOT syntax, a Graphviz escape or an HTML entity.
/// Node ids in DOT are entity ids; in SVG output each node's element id is `e-ID` and each
/// edge's `r-ID`, which reports use to link the picture to the data.
public enum DOTEncoder {
    /// The font used everywhere: DejaVu Sans ships with Graphviz's dependencies, and Pango
    /// falls back per character to Noto CJK and Khmer OS for scripts it lacks.
    public static let font = "DejaVu Sans"

    /// DOT text for `graph` laid out by `engine`.
    public static func encode(_ graph: Graph, options: DiagramOptions = DiagramOptions(), engine: GraphvizEngine) -> String {
        var out = ""
        let edge = graph.isDirected ? "->" : "--"
        out += (graph.isDirected ? "digraph" : "graph") + " crimegraph {\n"
        out += "  graph [" + graphAttributes(graph, options: options, engine: engine).joined(separator: ", ") + "];\n"
        out += "  node [fontname=\(DOTText.quoted(font)), fontsize=11, penwidth=1.2];\n"
        out += "  edge [fontname=\(DOTText.quoted(font)), fontsize=9, color=\"#555555\", fontcolor=\"#333333\", arrowsize=0.7];\n"
        let clusters = clusterMembers(graph, options.clustering)
        var inCluster = Set<Int>()
        for (number, cluster) in clusters.enumerated() {
            out += "  subgraph \"cluster_\(number)\" {\n"
            out += "    label=\(DOTText.label(cluster.label)); style=\"rounded,dashed\"; color=\"#888888\"; fontname=\(DOTText.quoted(font)); fontsize=12;\n"
            for entity in cluster.members {
                out += "    " + node(graph, entity, options: options) + "\n"
                inCluster.insert(entity)
            }
            out += "  }\n"
        }
        for entity in 0..<graph.entityCount where !inCluster.contains(entity) {
            out += "  " + node(graph, entity, options: options) + "\n"
        }
        let labels = options.edgeLabels
            ?? (graph.relationshipCount <= DiagramOptions.maximumLabelledRelationships ? .kind : .none)
        for relationship in 0..<graph.relationshipCount {
            out += "  \(DOTText.quoted(graph.id(of: graph.source(of: relationship)))) \(edge) "
            out += "\(DOTText.quoted(graph.id(of: graph.target(of: relationship)))) ["
            out += edgeAttributes(graph, relationship, labels: labels, options: options).joined(separator: ", ") + "];\n"
        }
        if options.legend, graph.entityCount > 0 { out += "  " + legend(graph, options: options) + "\n" }
        out += "}\n"
        return out
    }

    static func graphAttributes(_ graph: Graph, options: DiagramOptions, engine: GraphvizEngine) -> [String] {
        var attributes = [
            "charset=\"UTF-8\"", "fontname=\(DOTText.quoted(font))", "bgcolor=\"white\"", "pad=\"0.3\"",
            "outputorder=\"edgesfirst\"",
        ]
        if let title = options.title {
            attributes += ["label=\(DOTText.label(title))", "labelloc=\"t\"", "fontsize=22"]
        }
        let curved = options.curvedEdges ?? (graph.relationshipCount <= DiagramScale.maximumCurvedEdges)
        switch engine {
        case .dot: attributes += ["rankdir=\"LR\"", "nodesep=0.25", "ranksep=0.6"]
        case .circo, .twopi: attributes += ["overlap=\"false\"", "splines=\"\(curved)\""]
        case .neato, .fdp, .sfdp:
            attributes += ["start=\(max(1, options.seed))", "overlap=\"prism\"", "splines=\"\(curved)\"", "sep=\"+6\""]
        }
        return attributes
    }

    static func node(_ graph: Graph, _ entity: Int, options: DiagramOptions) -> String {
        let kind = graph.kind(of: entity)
        let style = KindStyle.of(kind)
        let name = graph.name(of: entity)
        let mark = options.entityChanges[entity]
        var fill = options.nodeFill[entity] ?? style.fill
        var shapeStyle = style.style
        if mark == .removed {
            // Gone in the new version: a dashed outline and a faded fill.
            fill += "55"
            shapeStyle = shapeStyle.replacingOccurrences(of: "filled", with: "filled,dashed")
        }
        var attributes = [
            "label=\(DOTText.label(lines: DOTText.wrap(name, width: options.labelWidth)))",
            "shape=\(style.shape)", "style=\(DOTText.quoted(shapeStyle))", "margin=\(DOTText.quoted(style.margin))",
            "fillcolor=\(DOTText.quoted(fill))",
            "fontcolor=\(DOTText.quoted(options.nodeFill[entity].map(GroupPalette.text(on:)) ?? style.text))",
            "tooltip=\(DOTText.label("\(name) (\(kind))"))", "id=\(DOTText.label("e-" + graph.id(of: entity)))",
        ]
        if let scale = options.nodeScale[entity], scale.isFinite, scale > 0 {
            attributes.append("fontsize=\(format(11 * scale))")
        }
        if options.highlightedEntities.contains(entity) {
            attributes += ["penwidth=3.5", "color=\"#EE3377\""]
        }
        if let mark {
            attributes += ["penwidth=3.5", "color=\(DOTText.quoted(mark.color))"]
        }
        return DOTText.quoted(graph.id(of: entity)) + " [" + attributes.joined(separator: ", ") + "];"
    }

    static func edgeAttributes(_ graph: Graph, _ relationship: Int, labels: DiagramOptions.EdgeLabels, options: DiagramOptions) -> [String] {
        let kind = graph.relationKind(of: relationship).rawValue
        var attributes: [String] = []
        switch labels {
        case .none: break
        case .kind: attributes.append("label=\(DOTText.label(kind))")
        case .kindAndDate:
            let date = graph.date(ofRelationship: relationship).map { [$0.iso] } ?? []
            attributes.append("label=\(DOTText.label(lines: [kind] + date))")
        }
        let from = graph.name(of: graph.source(of: relationship))
        let to = graph.name(of: graph.target(of: relationship))
        attributes.append("tooltip=\(DOTText.label("\(from) —\(kind)→ \(to)"))")
        attributes.append("id=\(DOTText.label("r-" + graph.relationshipID(of: relationship)))")
        if let weight = graph.weight(of: relationship), graph.weightMeaning != .distance, weight > 0 {
            attributes.append("penwidth=\(format(min(6, 0.8 + log2(1 + weight) / 2)))")
        }
        if options.highlightedRelationships.contains(relationship) {
            attributes += ["penwidth=3.5", "color=\"#EE3377\"", "fontcolor=\"#EE3377\""]
        }
        if let mark = options.relationshipChanges[relationship] {
            attributes += ["penwidth=2.5", "color=\(DOTText.quoted(mark.color))", "fontcolor=\(DOTText.quoted(mark.color))"]
            if mark == .removed { attributes.append("style=\"dashed\"") }
        }
        return attributes
    }

    /// A table of the kinds present, each with its colour and count, and of the change marks
    /// used, each with how many entities and relationships carry it.
    static func legend(_ graph: Graph, options: DiagramOptions = DiagramOptions()) -> String {
        var rows = "<TR><TD COLSPAN=\"2\"><B>Legend</B></TD></TR>"
        let counts = graph.entityCountsByKind
        for kind in counts.keys.sorted() {
            let style = KindStyle.of(kind)
            rows += "<TR><TD BGCOLOR=\"\(style.fill)\" WIDTH=\"16\"> </TD>"
            rows += "<TD ALIGN=\"LEFT\">\(DOTText.html(kind.rawValue)) (\(counts[kind] ?? 0), \(DOTText.html(style.shape)))</TD></TR>"
        }
        for mark in DiagramOptions.ChangeMark.allCases {
            let entities = options.entityChanges.values.filter { $0 == mark }.count
            let relationships = options.relationshipChanges.values.filter { $0 == mark }.count
            guard entities + relationships > 0 else { continue }
            let dashed = mark == .removed ? " STYLE=\"DASHED\"" : ""
            rows += "<TR><TD COLOR=\"\(mark.color)\" BORDER=\"3\"\(dashed) WIDTH=\"16\"> </TD>"
            rows += "<TD ALIGN=\"LEFT\"><FONT COLOR=\"\(mark.color)\">\(mark.rawValue)</FONT> (\(counted(entities, "entity", "entities")), \(counted(relationships, "relationship", "relationships")))</TD></TR>"
        }
        return "\"crimegraph-legend\" [shape=plaintext, margin=0, fontsize=10, id=\"legend\", label=<"
            + "<TABLE BORDER=\"0\" CELLBORDER=\"1\" CELLSPACING=\"0\" CELLPADDING=\"3\">\(rows)</TABLE>>];"
    }

    /// `1 entity`, `2 entities`.
    static func counted(_ count: Int, _ singular: String, _ plural: String) -> String { "\(count) \(count == 1 ? singular : plural)" }

    struct Cluster {
        let label: String
        let members: [Int]
    }

    static func clusterMembers(_ graph: Graph, _ clustering: DiagramOptions.Clustering?) -> [Cluster] {
        guard let clustering else { return [] }
        var groups: [String: [Int]] = [:]
        for entity in 0..<graph.entityCount {
            let key: String?
            switch clustering {
            case .kind: key = graph.kind(of: entity).rawValue
            case .property(let name): key = graph.properties(ofEntity: entity)[name]?.description
            }
            if let key { groups[key, default: []].append(entity) }
        }
        return groups.keys.sorted().map { Cluster(label: $0, members: groups[$0] ?? []) }
    }

    /// Numbers with at most two decimals, no trailing zeros: stable across platforms.
    static func format(_ value: Double) -> String {
        let rounded = (value * 100).rounded() / 100
        return rounded == rounded.rounded() ? String(Int(rounded)) : String(rounded)
    }
}
