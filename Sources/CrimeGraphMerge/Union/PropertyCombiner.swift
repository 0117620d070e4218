import CrimeGraph

/// Combines the properties of several records of one fact so that nothing is lost and nothing
/// is repeated.
///
/// For each key, in the order keys first appear: a value given by one record stays as it is.
/// Values given by several records are flattened (a list is its items) and kept once each, in
/// record order; figures (quantities) that agree on value, unit and qualifier become one figure
/// citing every record's citations. When more than one record gives a key, each figure without
/// citations of its own takes its record's, and when they disagree plain numbers become figures
/// with their record's citations: conflicting values stay side by side, each with its citation.
/// Text has no place for a citation in schema v1: differing texts are listed side by side and
/// the entity keeps every record's citations.
enum PropertyCombiner {
    /// One record's properties and the citations of the record they belong to.
    struct Input {
        var properties: PropertyList
        var citations: [Citation]
    }

    /// The combined properties, and the keys whose values disagreed.
    struct Output {
        var properties: PropertyList
        var conflictingKeys: [String]
    }

    /// Combines `inputs` (in record order), leaving out the keys in `excluded`.
    /// - Complexity: O(k · v²) for k keys of v values each.
    static func combine(_ inputs: [Input], excluding excluded: Set<String> = []) -> Output {
        var order: [String] = []
        var contributions: [String: [(value: PropertyValue, citations: [Citation])]] = [:]
        for input in inputs {
            for property in input.properties where !excluded.contains(property.key) {
                if contributions[property.key] == nil { order.append(property.key) }
                contributions[property.key, default: []].append((property.value, input.citations))
            }
        }
        var result = PropertyList()
        var conflicting: [String] = []
        for key in order {
            guard let values = contributions[key] else { continue }
            if values.count == 1 {
                result[key] = values[0].value
                continue
            }
            var items: [(value: PropertyValue, citations: [Citation])] = []
            for contribution in values {
                for item in flatten(contribution.value) {
                    let cited = withCitations(item, contribution.citations)
                    if let index = items.firstIndex(where: { same($0.value, cited) }) {
                        items[index].value = merged(items[index].value, cited)
                    } else {
                        items.append((cited, contribution.citations))
                    }
                }
            }
            let distinctSets = Set(values.map { Set(flatten($0.value).map(comparable)) })
            if distinctSets.count > 1 {
                conflicting.append(key)
                items = items.map { (numberAsFigure($0.value, $0.citations), $0.citations) }
            }
            result[key] = items.count == 1 ? items[0].value : .list(items.map(\.value))
        }
        return Output(properties: result, conflictingKeys: conflicting)
    }

    static func flatten(_ value: PropertyValue) -> [PropertyValue] {
        if case .list(let items) = value { return items.flatMap(flatten) }
        return [value]
    }

    private static func withCitations(_ value: PropertyValue, _ citations: [Citation]) -> PropertyValue {
        guard case .quantity(var quantity) = value, quantity.citations.isEmpty else { return value }
        quantity.citations = citations
        return .quantity(quantity)
    }

    private static func numberAsFigure(_ value: PropertyValue, _ citations: [Citation]) -> PropertyValue {
        switch value {
        case .integer(let number): return .quantity(Quantity(value: Double(number), citations: citations))
        case .number(let number): return .quantity(Quantity(value: number, citations: citations))
        default: return value
        }
    }

    /// What two records must share for their values to count as one: figures by value, unit
    /// and qualifier (not wording or citations), numbers by value, everything else exactly.
    static func comparable(_ value: PropertyValue) -> String {
        switch value {
        case .quantity(let quantity):
            return "q\(quantity.value.map { "\($0)" } ?? "-")|\(quantity.unit ?? "")|\(quantity.qualifier.rawValue)"
        case .integer(let number): return "n\(Double(number))"
        case .number(let number): return "n\(number)"
        case .string(let text): return "s" + text
        case .boolean(let flag): return "b\(flag)"
        case .list(let items): return "l" + items.map(comparable).joined(separator: "\u{1F}")
        }
    }

    private static func same(_ a: PropertyValue, _ b: PropertyValue) -> Bool { comparable(a) == comparable(b) }

    private static func merged(_ kept: PropertyValue, _ other: PropertyValue) -> PropertyValue {
        guard case .quantity(var quantity) = kept, case .quantity(let second) = other else { return kept }
        quantity.citations = CitationSet.union(quantity.citations, second.citations)
        if quantity.text == nil { quantity.text = second.text }
        return .quantity(quantity)
    }
}

/// Citations without repeats, in first-seen order.
enum CitationSet {
    /// `first` followed by the citations of `second` it lacks (same source, paragraph and quote).
    static func union(_ first: [Citation], _ second: [Citation]) -> [Citation] {
        var seen = Set(first)
        var result = first
        for citation in second where seen.insert(citation).inserted { result.append(citation) }
        return result
    }

    /// `a1 ¶3, a2 ¶5`.
    static func short(_ citations: [Citation]) -> String {
        citations.map(\.description).joined(separator: ", ")
    }
}
