/// The value of an entity's or relationship's property.
public enum PropertyValue: Hashable, Sendable, CustomStringConvertible {
    /// Text.
    case string(String)
    /// A whole number.
    case integer(Int)
    /// A real number.
    case number(Double)
    /// True or false.
    case boolean(Bool)
    /// A figure with unit, qualifier and citations.
    case quantity(Quantity)
    /// Several values (several figures for one fact, several names).
    case list([PropertyValue])

    /// A readable form for tables: quantities with their qualifier and unit, lists joined by `; `.
    public var description: String {
        switch self {
        case .string(let text): return text
        case .integer(let value): return String(value)
        case .number(let value): return NumberFormatting.plain(value)
        case .boolean(let value): return value ? "true" : "false"
        case .quantity(let quantity): return quantity.description
        case .list(let values): return values.map(\.description).joined(separator: "; ")
        }
    }

    /// The numeric value of a number, integer or exact-or-not quantity; nil otherwise.
    public var numericValue: Double? {
        switch self {
        case .integer(let value): return Double(value)
        case .number(let value): return value
        case .quantity(let quantity): return quantity.value
        default: return nil
        }
    }

    /// Every quantity in this value, lists included.
    public var quantities: [Quantity] {
        switch self {
        case .quantity(let quantity): return [quantity]
        case .list(let values): return values.flatMap(\.quantities)
        default: return []
        }
    }
}

/// Properties in the order they were written, looked up by key.
///
/// Property lists are short (a handful of keys), so a linear search beats hashing and keeps the
/// author's order for output.
public struct PropertyList: Hashable, Sendable, RandomAccessCollection, ExpressibleByDictionaryLiteral {
    /// One key and its value.
    public struct Property: Hashable, Sendable {
        /// The snake_case key.
        public var key: String
        /// The value.
        public var value: PropertyValue
        /// Creates a property.
        public init(key: String, value: PropertyValue) {
            self.key = key
            self.value = value
        }
    }

    private var storage: [Property]

    /// An empty list.
    public init() { storage = [] }

    /// A list from key–value pairs in order.
    public init(dictionaryLiteral elements: (String, PropertyValue)...) {
        storage = []
        for (key, value) in elements { self[key] = value }
    }

    /// The position of the first property.
    public var startIndex: Int { storage.startIndex }
    /// The position one past the last property.
    public var endIndex: Int { storage.endIndex }
    /// The property at `position`, in the order written.
    public subscript(position: Int) -> Property { storage[position] }

    /// The value for `key`; setting nil removes it, setting a new key appends it.
    public subscript(key: String) -> PropertyValue? {
        get { storage.first { $0.key == key }?.value }
        set {
            if let index = storage.firstIndex(where: { $0.key == key }) {
                if let newValue { storage[index].value = newValue } else { storage.remove(at: index) }
            } else if let newValue {
                storage.append(Property(key: key, value: newValue))
            }
        }
    }

    /// The keys in order.
    public var keys: [String] { storage.map(\.key) }
}
