import CrimeGraph

/// How to read files other than case files.
public struct ReadOptions: Sendable, Hashable {
    /// Read every file as this format instead of guessing from its extension.
    public var format: FileFormat?
    /// Which CSV columns hold what, when the header's names are not the usual ones.
    public var csvColumns: CSVColumns
    /// The kind of entities a format gives no kind for (edge lists, matrices, plain GraphML).
    public var defaultKind: EntityKind
    /// The kind of relationships a format gives no kind for.
    public var defaultRelationKind: RelationKind

    /// Creates options; the defaults read people tied by `associated_with`, the usual content of
    /// criminal-network edge lists and matrices.
    public init(
        format: FileFormat? = nil, csvColumns: CSVColumns = CSVColumns(), defaultKind: EntityKind = .person,
        defaultRelationKind: RelationKind = "associated_with"
    ) {
        self.format = format
        self.csvColumns = csvColumns
        self.defaultKind = defaultKind
        self.defaultRelationKind = defaultRelationKind
    }
}

/// Which CSV columns hold what. Columns not named here are found by their usual names
/// (`source`/`from`/`:START_ID`, `target`/`to`/`:END_ID`, `weight`, …, see `docs/formats.md`);
/// every other column becomes a property.
public struct CSVColumns: Sendable, Hashable {
    /// What a column can hold.
    public enum Role: String, Sendable, Hashable, CaseIterable {
        /// An entity's id (nodes table).
        case id
        /// An entity's display name (nodes table).
        case name
        /// An entity's kind (nodes table) or a relationship's kind (edges table).
        case kind
        /// A relationship's start (edges table).
        case source
        /// A relationship's end (edges table).
        case target
        /// A relationship's weight (edges table).
        case weight
        /// A date, ISO 8601.
        case date
        /// The display name of the start entity (edges table).
        case sourceName = "source_name"
        /// The kind of the start entity (edges table).
        case sourceKind = "source_kind"
        /// The display name of the end entity (edges table).
        case targetName = "target_name"
        /// The kind of the end entity (edges table).
        case targetKind = "target_kind"
    }

    /// Column names (or 1-based positions when there is no header) by role.
    public var columns: [Role: String]
    /// Whether the first row names the columns (default true).
    public var hasHeader: Bool
    /// The field separator; nil guesses from the extension and the first line.
    public var delimiter: Character?

    /// Creates a column mapping.
    public init(columns: [Role: String] = [:], hasHeader: Bool = true, delimiter: Character? = nil) {
        self.columns = columns
        self.hasHeader = hasHeader
        self.delimiter = delimiter
    }

    /// Parses `source=Caller,target=Callee,weight=Calls,header=none,delimiter=;`.
    /// - Throws: a message naming the part that is not understood.
    public init(specification: String) throws(CSVColumnsError) {
        self.init()
        for part in specification.split(separator: ",") {
            let pieces = part.split(separator: "=", maxSplits: 1).map { String($0) }
            guard pieces.count == 2, !pieces[1].isEmpty else {
                throw CSVColumnsError(message: "'\(part)' is not ROLE=COLUMN")
            }
            let key = String(pieces[0].filter { $0 != " " }).lowercased().replacingOccurrences(of: "-", with: "_")
            let value = pieces[1]
            switch key {
            case "header":
                switch value.lowercased() {
                case "none", "no", "false": hasHeader = false
                case "yes", "true": hasHeader = true
                default: throw CSVColumnsError(message: "header=\(value): use header=none or header=yes")
                }
            case "delimiter", "separator":
                let named: [String: Character] = ["tab": "\t", "comma": ",", "semicolon": ";", "pipe": "|", "space": " "]
                guard let character = named[value.lowercased()] ?? (value.count == 1 ? value.first : nil) else {
                    throw CSVColumnsError(message: "delimiter=\(value): give one character, or tab, comma, semicolon, pipe")
                }
                delimiter = character
            default:
                let aliases: [String: Role] = ["from": .source, "to": .target, "relation": .kind, "type": .kind, "label": .name,
                                               "from_name": .sourceName, "to_name": .targetName, "from_kind": .sourceKind,
                                               "to_kind": .targetKind]
                guard let role = Role(rawValue: key) ?? aliases[key] else {
                    let roles = Role.allCases.map(\.rawValue).joined(separator: ", ")
                    throw CSVColumnsError(message: "unknown column role '\(pieces[0])'; roles: \(roles), header, delimiter")
                }
                columns[role] = value
            }
        }
    }
}

/// A `--csv-columns` specification that could not be understood.
public struct CSVColumnsError: Error, Sendable, CustomStringConvertible {
    /// What is wrong.
    public let message: String
    /// The message.
    public var description: String { message }
}
