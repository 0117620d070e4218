/// Counts for one TCK folder.
struct TCKSummary {
    let folder: String
    var total = 0
    var passed = 0
    var skipped: [SkipReason: Int] = [:]
    var failures: [String] = []

    init(folder: String) { self.folder = folder }

    var inScope: Int { total - skipped.values.reduce(0, +) }

    mutating func record(_ scenario: GherkinScenario, _ outcome: TCKOutcome) {
        total += 1
        switch outcome {
        case .passed: passed += 1
        case .skipped(let reason, _): skipped[reason, default: 0] += 1
        case .failed(let message): failures.append("\(scenario.file) \(scenario.name): \(message)")
        }
    }

    /// A Markdown table of every folder, the totals, the skips by reason, and the failures.
    static func report(_ summaries: [TCKSummary], elapsed: Duration) -> String {
        var lines = [
            "| TCK folder | passed | in scope | total |",
            "|---|---:|---:|---:|",
        ]
        for summary in summaries {
            lines.append("| \(summary.folder) | \(summary.passed) | \(summary.inScope) | \(summary.total) |")
        }
        let passed = summaries.map(\.passed).reduce(0, +)
        let inScope = summaries.map(\.inScope).reduce(0, +)
        let total = summaries.map(\.total).reduce(0, +)
        lines.append("| **all target folders** | **\(passed)** | **\(inScope)** | **\(total)** |")
        lines.append("")
        let percentOfTotal = total == 0 ? 0 : Double(passed * 1000 / total) / 10
        let percentOfScope = inScope == 0 ? 0 : Double(passed * 1000 / inScope) / 10
        lines.append("Passed: \(percentOfTotal)% of all scenarios, \(percentOfScope)% of those in scope.")
        lines.append("")
        lines.append("Skipped, by reason:")
        for reason in SkipReason.allCases {
            let count = summaries.map { $0.skipped[reason] ?? 0 }.reduce(0, +)
            lines.append("- \(reason.rawValue): \(count)")
        }
        let failures = summaries.flatMap(\.failures)
        if !failures.isEmpty {
            lines.append("")
            lines.append("Failures (\(failures.count)):")
            lines += failures.map { "- " + $0 }
        }
        lines.append("")
        lines.append("Run time: \(elapsed)")
        return lines.joined(separator: "\n")
    }
}
