import CrimeGraph

/// The properties of one FollowTheMoney entity being written: only names its schema has, and
/// only values its types accept (what `followthemoney` would silently drop is reported instead).
struct FtMFields {
    let schema: String
    private let writable: Set<String>
    private var fields: [(name: String, values: [String])] = []

    init(schema: String) {
        self.schema = schema
        writable = FtMSchema.writable(schema)
    }

    /// Adds values to a property (nothing for an empty list).
    mutating func add(_ name: String, _ values: [String]) {
        let kept = values.filter { !$0.isEmpty }
        guard !kept.isEmpty else { return }
        if let index = fields.firstIndex(where: { $0.name == name }) {
            fields[index].values += kept.filter { !fields[index].values.contains($0) }
        } else {
            fields.append((name, kept))
        }
    }

    /// An Interval's date: `date` for a single date, `startDate` and `endDate` for a range.
    mutating func add(date: CaseDate, losses: inout LossCounter, owner: String) {
        if let end = date.end {
            add("startDate", [date.start.description])
            add("endDate", [end.description])
        } else {
            add("date", [date.start.description])
        }
        if date.needsMapForm { losses.note("date qualifiers and wording (\"approximately\", \"early September\")", example: owner) }
    }

    /// A CrimeGraph property, when the schema has a property of that name and its values fit.
    mutating func add(property: PropertyList.Property, losses: inout LossCounter, owner: String) {
        guard writable.contains(property.key), !["name", "alias", "keywords"].contains(property.key) else {
            losses.note("properties FollowTheMoney's \(schema) has no field for", example: "\(owner): \(property.key)")
            return
        }
        var values: [String] = []
        for value in Self.flatten(property.value) {
            if case .quantity(let quantity) = value {
                guard let number = quantity.value else {
                    losses.note("vague quantities without a value", example: "\(owner): \(property.key)")
                    continue
                }
                if quantity.qualifier != .exact || quantity.unit != nil || !quantity.citations.isEmpty {
                    losses.note("quantities' units, qualifiers and citations", example: "\(owner): \(property.key)")
                }
                values.append(NumberFormatting.plain(number))
                continue
            }
            values.append(value.description)
        }
        var accepted: [String] = []
        for text in values {
            if Self.accepts(FtMSchema.types[property.key], text) {
                accepted.append(text)
            } else {
                losses.note("values FollowTheMoney's types reject", example: "\(owner): \(property.key) '\(ElementDecoder.short(text))'")
            }
        }
        add(property.key, accepted)
    }

    private static func flatten(_ value: PropertyValue) -> [PropertyValue] {
        if case .list(let items) = value { return items.flatMap(flatten) }
        return [value]
    }

    /// Whether FtM keeps `text` as a value of `type` (a conservative check: ISO dates, two-letter
    /// country codes, plain numbers, http(s) links, emails, international phone numbers).
    static func accepts(_ type: String?, _ text: String) -> Bool {
        switch type {
        case "date": return ElementDecoder.isoDate(text).map { $0.end == nil } ?? false
        case "country": return text.count == 2 && text.allSatisfy { $0.isASCII && $0.isLetter }
        case "number": return NumberParsing.double(text).map(\.isFinite) ?? false
        case "url": return (text.hasPrefix("http://") || text.hasPrefix("https://")) && !text.contains(" ")
        case "email": return text.contains("@") && !text.contains(" ")
        case "phone": return text.hasPrefix("+") && text.dropFirst().filter(\.isNumber).count >= 7
        case "gender": return ["male", "female", "other"].contains(text.lowercased())
        default: return true
        }
    }

    /// `{"id": …, "schema": …, "properties": {…}}`.
    func json(id: String) -> JSONValue {
        .object([
            .init("id", .string(id)), .init("schema", .string(schema)),
            .init("properties", .object(fields.map { JSONValue.Member($0.name, .array($0.values.map(JSONValue.string))) })),
        ])
    }
}
