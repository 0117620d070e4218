import CrimeGraph

/// What the columns of a CSV table hold: found from the header's names (the usual names of
/// spreadsheets, i2, Maltego, Gephi, NetworkX and neo4j-admin) and `--csv-columns`.
struct CSVLayout {
    /// What the table describes.
    enum Table: Equatable { case nodes, edges, matrix }

    /// A header's name and the type its suffix declares (`count:int`, `aliases:json`, Neo4j's
    /// `name:string[]`).
    struct Column {
        var name: String
        var type: ColumnType
    }

    enum ColumnType: Equatable {
        case string, integer, number, boolean, json, stringList, ignored
        case neo4j(String)

        init(suffix: String) {
            switch suffix.lowercased() {
            case "", "string", "str", "text", "date", "datetime", "localdatetime", "time", "duration": self = .string
            case "int", "integer", "long", "short", "byte": self = .integer
            case "float", "double", "number": self = .number
            case "boolean", "bool": self = .boolean
            case "json": self = .json
            case "string[]": self = .stringList
            case "ignore": self = .ignored
            default: self = suffix.hasSuffix("[]") ? .stringList : .neo4j(suffix)
            }
        }
    }

    let table: Table
    let columns: [Column]
    let roles: [CSVColumns.Role: Int]

    /// Columns that carry neither a role nor are ignored: properties and the reserved names
    /// (`aliases`, `tags`, `cite`, relationship `id`) that ``ElementDecoder`` reads.
    var extraColumns: [Int] {
        let used = Set(roles.values)
        return columns.indices.filter { index in
            if used.contains(index) || columns[index].type == .ignored { return false }
            if case .neo4j(let special) = columns[index].type, columns[index].name.hasPrefix(":") || special == "IGNORE" { return false }
            return true
        }
    }

    static let nodeNames: [CSVColumns.Role: [String]] = [
        .id: ["id", "node", "node_id", "nodeid", "entity_id", "identifier", "key"],
        .name: ["name", "label", "node_name", "entity_name"],
        .kind: ["kind", "type", "category", "entity_type", "node_type"],
    ]
    static let edgeNames: [CSVColumns.Role: [String]] = [
        .source: ["source", "from", "src", "source_id", "from_id", "sourceid", "node1", "node_1"],
        .target: ["target", "to", "dst", "target_id", "to_id", "targetid", "node2", "node_2"],
        .kind: ["kind", "relation", "relationship", "rel", "type", "relation_type", "relationship_type", "edge_type", "link_type"],
        .weight: ["weight"],
        .sourceName: ["source_name", "from_name"],
        .sourceKind: ["source_kind", "from_kind", "source_type", "from_type"],
        .targetName: ["target_name", "to_name"],
        .targetKind: ["target_kind", "to_kind", "target_type", "to_type"],
    ]

    /// The layout for a header; nil when no table can be recognised.
    init?(header: [String], options: CSVColumns) {
        var columns: [Column] = []
        for (position, raw) in header.enumerated() {
            var column = Self.column(raw)
            if column.name.isEmpty { column.name = options.hasHeader ? "column_\(position + 1)" : String(position + 1) }
            columns.append(column)
        }
        self.columns = columns
        var roles: [CSVColumns.Role: Int] = [:]
        for (role, wanted) in options.columns {
            let folded = wanted.lowercased()
            if let index = header.firstIndex(where: { $0.trimmingWhitespace().lowercased() == folded })
                ?? columns.firstIndex(where: { $0.name.lowercased() == folded })
                ?? Int(wanted).flatMap({ $0 >= 1 && $0 <= columns.count ? $0 - 1 : nil })
            {
                roles[role] = index
            }
        }
        func find(_ names: [String], special: String? = nil, role: CSVColumns.Role) {
            guard roles[role] == nil else { return }
            if let special, let index = columns.firstIndex(where: { $0.type == .neo4j(special) || $0.name == ":" + special }) {
                roles[role] = index
                return
            }
            for name in names {
                if let index = columns.firstIndex(where: { $0.name.lowercased() == name }), !roles.values.contains(index) {
                    roles[role] = index
                    return
                }
            }
        }
        if !options.hasHeader && options.columns.isEmpty {
            roles[.source] = 0
            if columns.count > 1 { roles[.target] = 1 }
            if columns.count > 2 { roles[.weight] = 2 }
        }
        find(Self.edgeNames[.source] ?? [], special: "START_ID", role: .source)
        find(Self.edgeNames[.target] ?? [], special: "END_ID", role: .target)
        if roles[.source] != nil && roles[.target] != nil {
            table = .edges
            for role in [CSVColumns.Role.kind, .weight, .sourceName, .sourceKind, .targetName, .targetKind] {
                find(Self.edgeNames[role] ?? [], special: role == .kind ? "TYPE" : nil, role: role)
            }
            Self.preferKindColumn(over: "TYPE", in: &roles, columns: columns, explicit: options.columns[.kind] != nil)
        } else {
            roles[.source] = nil
            roles[.target] = nil
            find(Self.nodeNames[.id] ?? [], special: "ID", role: .id)
            find(Self.nodeNames[.name] ?? [], role: .name)
            find(Self.nodeNames[.kind] ?? [], special: "LABEL", role: .kind)
            Self.preferKindColumn(over: "LABEL", in: &roles, columns: columns, explicit: options.columns[.kind] != nil)
            if roles[.id] != nil || roles[.name] != nil {
                table = .nodes
            } else if header.count > 1, header[0].trimmingWhitespace().isEmpty {
                table = .matrix
            } else {
                return nil
            }
        }
        self.roles = roles
    }

    static let neo4jSpecial: Set<String> = ["ID", "START_ID", "END_ID", "TYPE", "LABEL", "IGNORE"]
    static let knownSuffixes: Set<String> = [
        "string", "str", "text", "int", "integer", "long", "short", "byte", "char", "float", "double", "number", "boolean", "bool",
        "json", "date", "datetime", "localdatetime", "time", "localtime", "duration", "point",
    ]

    /// A header cell: `count:int` → (`count`, integer); `:START_ID(Person)` → (`:START_ID`, …);
    /// a colon that starts no known type is part of the name (`dc:title`).
    static func column(_ raw: String) -> Column {
        let name = String(raw.trimmingWhitespace())
        guard let colon = name.lastIndex(of: ":") else { return Column(name: name, type: .string) }
        var suffix = String(name[name.index(after: colon)...])
        if let open = suffix.firstIndex(of: "("), suffix.hasSuffix(")") { suffix = String(suffix[..<open]) }
        let base = suffix.hasSuffix("[]") ? String(suffix.dropLast(2)) : suffix
        if neo4jSpecial.contains(suffix.uppercased()) {
            let prefix = String(name[..<colon])
            return Column(name: prefix.isEmpty ? ":" + suffix.uppercased() : prefix, type: .neo4j(suffix.uppercased()))
        }
        guard knownSuffixes.contains(base.lowercased()) else { return Column(name: name, type: .string) }
        return Column(name: String(name[..<colon]), type: ColumnType(suffix: suffix))
    }

    /// Neo4j's `:LABEL` and `:TYPE` hold labels made from the kind; a `kind` column, when
    /// there is one, holds it exactly.
    static func preferKindColumn(over special: String, in roles: inout [CSVColumns.Role: Int], columns: [Column], explicit: Bool) {
        guard !explicit, let current = roles[.kind], columns[current].type == .neo4j(special),
            let kindColumn = columns.firstIndex(where: { $0.name.lowercased() == "kind" })
        else { return }
        roles[.kind] = kindColumn
    }

    /// Whether the table is a `neo4j-admin` import file (it has `:ID`, `:START_ID`, … columns).
    var isNeo4j: Bool {
        columns.contains { if case .neo4j(let special) = $0.type { return ["ID", "START_ID", "END_ID"].contains(special) } else { return false } }
    }

    /// The column index of `role`, if the table has one.
    subscript(role: CSVColumns.Role) -> Int? { roles[role] }
}
