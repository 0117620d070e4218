import CrimeGraph

/// Evidence beyond names: a declared `same_as`, dates, properties and shared neighbours.
///
/// | evidence | weight |
/// |---|---|
/// | a `same_as` relationship between them | +0.20 |
/// | dates that overlap | +0.03 |
/// | dates that do not overlap | −0.25 |
/// | each property with the same value on both | +0.03 (at most +0.09) |
/// | each identifying property that differs (birth date, passport, registration number…) | −0.30 |
/// | tied to the same other entities | +0.03 each (at most +0.09) |
enum Evidence {
    /// Properties whose values identify: two entities that differ on one are different.
    static let identifyingKeys: Set<String> = [
        "date_of_birth", "birth_date", "born", "dob", "passport", "passport_number", "national_id", "id_number",
        "registration_number", "company_number", "tax_id", "phone", "email", "gender", "sex",
    ]

    /// The reasons other than the name match, for entities `a` and `b` of `graph`.
    /// - Complexity: O(p² + d) for p properties and d neighbours of the two.
    static func reasons(_ a: Int, _ b: Int, in graph: Graph, sameAs: Bool) -> [MatchReason] {
        var reasons: [MatchReason] = []
        if sameAs {
            reasons.append(MatchReason(code: .declaredSameAs, text: "a same_as relationship ties them", weight: 0.20))
        }
        if let first = graph.date(ofEntity: a), let second = graph.date(ofEntity: b) {
            if first.overlaps(firstDay: second.firstDay, lastDay: second.lastDay) {
                reasons.append(MatchReason(code: .datesOverlap, text: "dates overlap: \(first.iso) and \(second.iso)", weight: 0.03))
            } else {
                reasons.append(MatchReason(code: .datesDiffer, text: "dates differ: \(first.iso) and \(second.iso)", weight: -0.25))
            }
        }
        reasons += propertyReasons(graph.properties(ofEntity: a), graph.properties(ofEntity: b))
        if let shared = sharedNeighbors(a, b, in: graph) { reasons.append(shared) }
        return reasons
    }

    private static func propertyReasons(_ first: PropertyList, _ second: PropertyList) -> [MatchReason] {
        var reasons: [MatchReason] = []
        var bonus = 0.0
        for property in first {
            guard let other = second[property.key] else { continue }
            if comparable(property.value) == comparable(other) {
                guard bonus < 0.09 else { continue }
                bonus += 0.03
                reasons.append(MatchReason(code: .sameProperty, text: "same \(property.key): \(property.value)", weight: 0.03))
            } else if identifyingKeys.contains(property.key) {
                reasons.append(MatchReason(code: .differentProperty,
                    text: "different \(property.key): \(property.value) and \(other)", weight: -0.30))
            }
        }
        return reasons
    }

    /// A value reduced to what two sources would agree on: folded text, figures without wording
    /// or citations.
    private static func comparable(_ value: PropertyValue) -> String {
        switch value {
        case .string(let text): return "s:" + TextFolding.fold(text)
        case .integer(let number): return "n:\(Double(number))"
        case .number(let number): return "n:\(number)"
        case .boolean(let flag): return "b:\(flag)"
        case .quantity(let quantity):
            return "q:\(quantity.value.map { "\($0)" } ?? "-"):\(quantity.unit ?? ""):\(quantity.qualifier.rawValue)"
        case .list(let values): return "l:" + values.map(comparable).joined(separator: "|")
        }
    }

    private static func sharedNeighbors(_ a: Int, _ b: Int, in graph: Graph) -> MatchReason? {
        let adjacency = graph.undirected
        let (small, large) = adjacency.degree(of: a) <= adjacency.degree(of: b) ? (a, b) : (b, a)
        let smallDegree = adjacency.degree(of: small)
        let largeDegree = adjacency.degree(of: large)
        guard smallDegree > 0, largeDegree > 0 else { return nil }
        let others = adjacency.neighbors(of: large)
        // Small neighbourhoods (the usual case) are compared without building a set.
        let lookup: Set<UInt32>? = smallDegree * largeDegree > 256 ? Set(others) : nil
        var shared: [Int] = []
        for neighbor in adjacency.neighbors(of: small) {
            let index = Int(neighbor)
            guard index != a, index != b, !shared.contains(index) else { continue }
            if lookup?.contains(neighbor) ?? others.contains(neighbor) { shared.append(index) }
        }
        guard !shared.isEmpty else { return nil }
        shared.sort()
        let names = shared.prefix(3).map { "'\(graph.name(of: $0))'" }.joined(separator: ", ")
        let more = shared.count > 3 ? " and \(shared.count - 3) more" : ""
        return MatchReason(code: .sharedNeighbors, text: "both tied to \(names)\(more)",
                           weight: Double(min(shared.count, 3)) * 0.03)
    }
}
