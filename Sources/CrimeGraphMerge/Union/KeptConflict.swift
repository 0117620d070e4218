/// Values of one entity or relationship that disagreed between its records and were kept side
/// by side.
public struct KeptConflict: Hashable, Sendable {
    /// Which sort of element.
    public enum Element: String, Hashable, Sendable {
        /// An entity.
        case entity
        /// A relationship.
        case relationship
    }

    /// The entity or relationship id.
    public let id: String
    /// Whether ``id`` names an entity or a relationship.
    public let element: Element
    /// The property keys (and `date`) whose values disagreed.
    public let fields: [String]

    /// Creates a record.
    public init(id: String, element: Element, fields: [String]) {
        self.id = id
        self.element = element
        self.fields = fields
    }

    /// One record per element, fields in first-seen order, elements in first-seen order.
    static func coalesced(_ records: [KeptConflict]) -> [KeptConflict] {
        var order: [String] = []
        var fields: [String: (Element, [String])] = [:]
        for record in records {
            let key = "\(record.element.rawValue) \(record.id)"
            if fields[key] == nil {
                order.append(key)
                fields[key] = (record.element, [])
            }
            for field in record.fields where !(fields[key]?.1.contains(field) ?? false) { fields[key]?.1.append(field) }
        }
        return order.compactMap { key in
            fields[key].map { KeptConflict(id: String(key.split(separator: " ", maxSplits: 1)[1]), element: $0.0, fields: $0.1) }
        }
    }
}
