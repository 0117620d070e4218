import CrimeGraph

/// Builds the standard report of a graph: every ``StandardSection`` chosen in
/// ``ReportOptions/sections``, in report order.
public enum ReportBuilder {
    /// The standard report.
    /// - Parameters:
    ///   - graph: the graph to describe (already cut off at `--as-of` and redacted, if wanted).
    ///   - options: what to include.
    ///   - notices: statements shown first, such as ``RedactedGraph/notice``.
    ///   - isRedacted: whether names were replaced by pseudonyms.
    /// - Complexity: dominated by betweenness and closeness, O(n·m).
    public static func build(_ graph: Graph, options: ReportOptions = ReportOptions(), notices: [RichText] = [], isRedacted: Bool = false) -> Report {
        var composer = ReportComposer(graph: graph, options: options)
        for section in StandardSection.allCases where options.sections.contains(section) {
            composer.append(section)
        }
        var allNotices = notices
        if let asOf = options.asOf {
            allNotices.append(RichText("As of \(asOf.iso): events, outcomes and relationships dated after it are left out; undated facts are kept."))
        }
        let subtitle = graph.description.map { RichText($0) }
        return composer.report(
            title: options.title, subtitle: subtitle, notices: allNotices,
            listsSources: options.sections.contains(.sources), isRedacted: isRedacted)
    }
}
