import CrimeGraph

/// Several figures for one property that cannot all be true.
///
/// Figures in different units are two statements of one fact ("118 million riel ($28,440)") and
/// are not compared. In one unit, two figures agree when their values are equal, or when a bound
/// holds ("at least 2,760" and 3,000). Figures without a value, and vague ones ("a dozen"),
/// agree with anything. Approximate figures are compared by value: "nearly 900" and 883 are
/// reported, for a person to judge.
enum FigureConflicts {
    /// The conflicts among the figures of each property of one entity or relationship.
    static func find(_ properties: PropertyList, subject: String, name: String, ownerCitations: [Citation]) -> [FactConflict] {
        var conflicts: [FactConflict] = []
        for property in properties {
            let figures = property.value.quantities
            guard figures.count > 1 else { continue }
            var units: [String] = []
            for figure in figures where !units.contains(figure.unit ?? "") { units.append(figure.unit ?? "") }
            for unit in units {
                let group = figures.filter { ($0.unit ?? "") == unit }
                guard hasDisagreement(group) else { continue }
                let claims = group.map { figure in
                    FactConflict.Claim(subject: subject, field: property.key, statement: figure.description, value: figure.value,
                                       citations: figure.citations.isEmpty ? ownerCitations : figure.citations)
                }
                conflicts.append(FactConflict(
                    kind: .figures, subject: subject, subjectName: name,
                    summary: "\(property.key): " + group.map(\.description).joined(separator: " against "), claims: claims))
            }
        }
        return conflicts
    }

    private static func hasDisagreement(_ figures: [Quantity]) -> Bool {
        for i in figures.indices {
            for j in figures.indices where j > i {
                if !agree(figures[i], figures[j]) { return true }
            }
        }
        return false
    }

    /// Whether two figures in one unit can both be true.
    static func agree(_ a: Quantity, _ b: Quantity) -> Bool {
        guard let x = a.value, let y = b.value, a.qualifier != .vague, b.qualifier != .vague else { return true }
        switch (a.qualifier, b.qualifier) {
        case (.atLeast, .atLeast), (.atMost, .atMost): return true
        case (.atLeast, .atMost): return x <= y
        case (.atMost, .atLeast): return y <= x
        case (.atLeast, _): return y >= x
        case (_, .atLeast): return x >= y
        case (.atMost, _): return y <= x
        case (_, .atMost): return x <= y
        default: return x == y
        }
    }
}
