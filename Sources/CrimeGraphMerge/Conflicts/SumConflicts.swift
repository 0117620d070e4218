import CrimeGraph

/// A whole's figure against the sum of its parts' figures: "rounded up nearly 900 foreigners
/// in two separate raids" against the raids' 469 and 414.
///
/// The parts of an entity are the entities tied to it by `part_of`. For each figure of the
/// whole, each part contributes its figure in the same unit whose property key is the same or,
/// failing that, shares the most words with it (`foreigners_rounded_up` and `foreigners_found`
/// share "foreigners"); a part with no such figure, or with two equally good ones, contributes
/// nothing. Then:
/// - parts that add up to more than the whole (stated exactly, approximately or as a maximum)
///   disagree with it, however many parts there are;
/// - when at least two parts contribute and every part does, parts that add up to less than the
///   whole (stated exactly, approximately or as a minimum) disagree with it too.
///
/// An approximate whole is compared by value: "nearly 900" against 883 is listed, with both
/// figures and their citations, for a person to judge.
enum SumConflicts {
    /// The sum conflicts of the entity at `whole`.
    /// - Complexity: O(d · p) for d parts of p properties each.
    static func find(whole: Int, in graph: Graph) -> [FactConflict] {
        var parts: [Int] = []
        for edge in graph.incoming.relationships(of: whole) where graph.relationKind(of: Int(edge)) == "part_of" {
            let part = graph.source(of: Int(edge))
            if part != whole, !parts.contains(part) { parts.append(part) }
        }
        guard !parts.isEmpty else { return [] }
        let id = graph.id(of: whole)
        var conflicts: [FactConflict] = []
        for property in graph.properties(ofEntity: whole) {
            for figure in property.value.quantities {
                guard let total = figure.value, figure.qualifier != .vague else { continue }
                var claims: [FactConflict.Claim] = []
                var low = 0.0
                var high = 0.0
                var terms: [String] = []
                var reporting = 0
                for part in parts {
                    guard let match = matchingFigures(in: graph.properties(ofEntity: part), key: property.key, unit: figure.unit)
                    else { continue }
                    let values = match.figures.compactMap(\.value)
                    guard let smallest = values.min(), let largest = values.max() else { continue }
                    reporting += 1
                    low += smallest
                    high += largest
                    let spelled = values.map(NumberFormatting.grouped).joined(separator: " or ")
                    terms.append(values.count > 1 ? "(\(spelled))" : spelled)
                    for found in match.figures {
                        claims.append(FactConflict.Claim(
                            subject: graph.id(of: part), field: match.key, statement: found.description, value: found.value,
                            citations: found.citations.isEmpty ? graph.citations(ofEntity: part) : found.citations))
                    }
                }
                guard reporting > 0 else { continue }
                let complete = reporting == parts.count && reporting >= 2
                let exceeds = low > total && figure.qualifier != .atLeast
                let short = complete && high < total && figure.qualifier != .atMost
                guard exceeds || short else { continue }
                let stated = FactConflict.Claim(
                    subject: id, field: property.key, statement: figure.description, value: total,
                    citations: figure.citations.isEmpty ? graph.citations(ofEntity: whole) : figure.citations)
                let unit = figure.unit.map { " \($0)" } ?? ""
                let range = low == high ? NumberFormatting.grouped(low) : "\(NumberFormatting.grouped(low))–\(NumberFormatting.grouped(high))"
                let partsText = reporting == 1 ? "its part states" : "its \(reporting) parts state"
                let summary = "\(property.key): \(figure.description) for the whole, but \(partsText) "
                    + (reporting > 1 ? terms.joined(separator: " + ") + " = " : "") + range + unit
                    + (exceeds ? " (more than the whole)" : " (\(NumberFormatting.grouped(total - high)) short)")
                conflicts.append(FactConflict(kind: .sum, subject: id, subjectName: graph.name(of: whole), summary: summary,
                                              claims: [stated] + claims))
            }
        }
        return conflicts
    }

    /// The part's figures for the whole's `key`: same unit, a value, exact or approximate; the
    /// property with the same key, else the one sharing the most words. Nil when none or when
    /// two tie. Several figures of one property (sources that disagree) give a range.
    static func matchingFigures(in properties: PropertyList, key: String, unit: String?) -> (key: String, figures: [Quantity])? {
        let words = Set(key.split(separator: "_"))
        var best: (key: String, figures: [Quantity], shared: Int)?
        var tied = false
        for property in properties {
            let figures = property.value.quantities.filter {
                $0.unit == unit && $0.value != nil && ($0.qualifier == .exact || $0.qualifier == .approximately)
            }
            guard !figures.isEmpty else { continue }
            let shared = property.key == key ? Int.max : words.intersection(property.key.split(separator: "_")).count
            guard shared > 0 else { continue }
            if shared > (best?.shared ?? 0) {
                best = (property.key, figures, shared)
                tied = false
            } else if shared == best?.shared {
                tied = true
            }
        }
        guard let best, !tied else { return nil }
        return (best.key, best.figures)
    }
}
