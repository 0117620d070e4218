import CrimeGraph

extension CaseFileDecoder {
    static let dateFields = ["from", "to", "qualifier", "text"]

    /// `2022`, `2022-09`, `2022-09-27`, `A/B`, or `{from, to, qualifier, text}`.
    mutating func date(_ node: DocumentNode, _ what: String) -> CaseDate? {
        if node.isNull { return nil }
        if case .scalar(let text, _) = node.value {
            if let date = CaseDate(iso: text) { return date }
            reader.error(node, "\(what): malformed date '\(text)': expected YYYY, YYYY-MM, YYYY-MM-DD or a range FROM/TO that does not end before it starts")
            return nil
        }
        guard let fields = reader.fields(node, what, allowed: Self.dateFields, required: ["from"]),
            let fromNode = fields["from"], let fromText = reader.string(fromNode, "\(what): from")
        else { return nil }
        guard let start = PartialDate(iso: Substring(fromText)) else {
            reader.error(fromNode, "\(what): malformed date '\(fromText)': expected YYYY, YYYY-MM or YYYY-MM-DD")
            return nil
        }
        var date = CaseDate(start: start)
        if let toNode = fields["to"], let toText = reader.string(toNode, "\(what): to") {
            if let end = PartialDate(iso: Substring(toText)), end.lastDay >= start.firstDay {
                date.end = end
            } else {
                reader.error(toNode, "\(what): malformed end date '\(toText)': expected YYYY, YYYY-MM or YYYY-MM-DD not before 'from'")
            }
        }
        date.qualifier = reader.choice(fields["qualifier"], "\(what): qualifier", as: CaseDate.Qualifier.self)
        date.text = reader.string(fields["text"], "\(what): text")
        return date
    }

    static let quantityFields = ["value", "unit", "qualifier", "text", "cite"]

    /// A quantity written as a mapping.
    mutating func quantity(_ node: DocumentNode, _ what: String) -> Quantity? {
        guard let fields = reader.fields(node, what, allowed: Self.quantityFields) else { return nil }
        let qualifier = reader.choice(fields["qualifier"], "\(what): qualifier", as: Quantity.Qualifier.self) ?? .exact
        var value: Double?
        if let valueNode = fields["value"], !valueNode.isNull {
            value = reader.number(valueNode, "\(what): value")
            if value == nil { return nil }
        } else if qualifier != .vague {
            reader.error(node, "\(what): a quantity needs a 'value' unless its qualifier is 'vague'")
            return nil
        }
        return Quantity(
            value: value, unit: reader.nonEmptyString(fields["unit"], "\(what): unit"), qualifier: qualifier,
            text: reader.string(fields["text"], "\(what): text"), citations: citations(fields["cite"], what))
    }

    /// A property map.
    mutating func properties(_ node: DocumentNode?, _ owner: String) -> PropertyList {
        guard let node, !node.isNull else { return [:] }
        guard case .mapping(let pairs) = node.value else {
            reader.error(node, "\(owner): properties must be a mapping, found \(node.typeDescription)")
            return [:]
        }
        var list = PropertyList()
        for pair in pairs {
            guard let key = pair.key.scalarText, !key.isEmpty else {
                reader.error(pair.key, "\(owner): property keys must be plain words")
                continue
            }
            if let value = propertyValue(pair.value, "\(owner): property '\(key)'", nested: false) { list[key] = value }
        }
        return list
    }

    private mutating func propertyValue(_ node: DocumentNode, _ what: String, nested: Bool) -> PropertyValue? {
        switch node.value {
        case .scalar(let text, let quoted):
            if quoted { return .string(text) }
            if node.isNull {
                reader.error(node, "\(what) has no value")
                return nil
            }
            if text == "true" || text == "false" { return .boolean(text == "true") }
            if let integer = ScalarSyntax.integer(text) { return .integer(integer) }
            if let number = ScalarSyntax.number(text) {
                guard number.isFinite else {
                    reader.error(node, "\(what) must be a finite number, found '\(text)'")
                    return nil
                }
                return .number(number)
            }
            return .string(text)
        case .mapping:
            return quantity(node, what).map(PropertyValue.quantity)
        case .sequence(let items):
            if nested {
                reader.error(node, "\(what): lists inside lists are not supported")
                return nil
            }
            return .list(items.compactMap { propertyValue($0, what, nested: true) })
        }
    }

    static let citationFields = ["source", "paragraph", "quote"]

    /// `cite:` as one citation mapping or a list of them.
    mutating func citations(_ node: DocumentNode?, _ owner: String) -> [Citation] {
        guard let node, !node.isNull else { return [] }
        let items: [DocumentNode]
        if case .sequence(let list) = node.value { items = list } else { items = [node] }
        return items.compactMap { item in
            guard
                let fields = reader.fields(
                    item, "\(owner): a citation", allowed: Self.citationFields, required: ["source"]),
                let source = reader.slug(fields["source"], "\(owner): citation source")
            else { return nil }
            var citation = Citation(source: source, origin: item.location)
            if let paragraphNode = fields["paragraph"], let paragraph = reader.integer(paragraphNode, "\(owner): paragraph") {
                if paragraph >= 1 {
                    citation.paragraph = paragraph
                } else {
                    reader.error(paragraphNode, "\(owner): paragraph \(paragraph) does not exist: paragraphs count from 1")
                }
            }
            citation.quote = reader.nonEmptyString(fields["quote"], "\(owner): quote")
            return citation
        }
    }
}
