import CrimeGraph

/// Reads the rows of a nodes or edges table once its layout is known.
struct CSVTableReader {
    let input: InputText
    let layout: CSVLayout
    let options: ReadOptions
    var scanner: CSVScanner
    var counter: LineCounter
    var decoder: ElementDecoder
    private(set) var diagnostics: [Diagnostic] = []
    private var errors = 0
    private var fields: [CSVField] = []
    private var relationKinds: [String: RelationKind] = [:]
    private var entityKinds: [String: EntityKind] = [:]
    private var directions = (directed: 0, undirected: 0)
    /// The last relation kind cell's bytes and what it meant, for tables where the kind repeats.
    private var lastKind: (bytes: [UInt8], kind: RelationKind, directed: Int, undirected: Int)?
    /// Loading progress, reported every ``LoadProgress/interval`` bytes.
    private let progress = LoadProgress.current
    private var nextReport = LoadProgress.interval
    /// Bulk rows waiting for their ids to be looked up together.
    private var pending: [(kind: RelationKind, weight: Double?)] = []
    private var pendingIDs: [Range<Int>] = []
    private var resolved: [Int] = []
    /// Rows are batched when the ends carry nothing but their ids.
    private lazy var batchable = layout[.sourceName] == nil && layout[.sourceKind] == nil
        && layout[.targetName] == nil && layout[.targetKind] == nil
    /// The column of each role, looked up once (a dictionary lookup per field is a tenth of the
    /// time of a five-million-row edge list).
    private let roleColumns: [Int?]

    init(input: InputText, layout: CSVLayout, options: ReadOptions, scanner: CSVScanner, counter: LineCounter) {
        self.input = input
        self.layout = layout
        self.options = options
        self.scanner = scanner
        self.counter = counter
        decoder = ElementDecoder(file: input.file, options: options)
        roleColumns = CSVColumns.Role.allCases.map { layout[$0] }
    }

    private func column(_ role: CSVColumns.Role) -> Int? {
        switch role {
        case .id: return roleColumns[0]
        case .name: return roleColumns[1]
        case .kind: return roleColumns[2]
        case .source: return roleColumns[3]
        case .target: return roleColumns[4]
        case .weight: return roleColumns[5]
        case .date: return roleColumns[6]
        case .sourceName: return roleColumns[7]
        case .sourceKind: return roleColumns[8]
        case .targetName: return roleColumns[9]
        case .targetKind: return roleColumns[10]
        }
    }

    mutating func run(_ builder: inout GraphBuilder) {
        let bulk = layout.table == .edges && layout.extraColumns.isEmpty && layout[.date] == nil
        while errors < CSVReader.errorLimit {
            do {
                guard try scanner.next(into: &fields) else { break }
            } catch {
                report(at: error.offset, error.message)
                break
            }
            guard fields.count == layout.columns.count else {
                let plural = layout.columns.count == 1 ? "" : "s"
                report(at: scanner.recordStart, "this row has \(fields.count) field\(fields.count == 1 ? "" : "s") but the header has \(layout.columns.count) column\(plural)")
                continue
            }
            if let progress, scanner.position >= nextReport {
                progress.report(fileBytesRead: scanner.position)
                nextReport = scanner.position + LoadProgress.interval
            }
            switch layout.table {
            case .nodes: node(&builder)
            case .edges: bulk ? batchedEdge(&builder) : edge(&builder)
            case .matrix: break
            }
        }
        flush(&builder)
        if errors >= CSVReader.errorLimit {
            diagnostics.append(Diagnostic(at: SourceLocation(file: input.file), "too many errors; stopped reading this file"))
        }
        diagnostics += decoder.diagnostics
        if layout.table == .edges && directions.undirected > 0 {
            if directions.directed == 0 {
                builder.setDirected(false, declaredIn: input.file)
            } else {
                diagnostics.append(Diagnostic(.warning, at: SourceLocation(file: input.file),
                    "the rows mix Directed and Undirected edges: all are read as directed"))
            }
        }
    }

    private mutating func report(at offset: Int, _ message: String) {
        diagnostics.append(Diagnostic(at: counter.location(at: offset, in: input.bytes), message))
        errors += 1
    }

    private func text(_ role: CSVColumns.Role) -> String? {
        guard let index = column(role) else { return nil }
        let field = fields[index]
        return scanner.isEmpty(field) ? nil : scanner.string(field)
    }

    // MARK: Nodes

    private mutating func node(_ builder: inout GraphBuilder) {
        guard let id = text(.id) ?? text(.name) else {
            report(at: fields[layout[.id] ?? layout[.name] ?? 0].start, "empty id: every row of a nodes table needs one")
            return
        }
        let origin = counter.location(at: scanner.recordStart, in: input.bytes)
        var attributes: [ForeignAttribute] = []
        if let name = text(.name) { attributes.append(ForeignAttribute(name: "name", value: .string(name), location: origin)) }
        if let kindColumn = layout[.kind], let kind = text(.kind) {
            let value = layout.columns[kindColumn].type == .neo4j("LABEL") ? Self.kindFromLabels(kind) : kind
            attributes.append(ForeignAttribute(name: "kind", value: .string(value), location: origin))
        }
        if let date = text(.date) { attributes.append(ForeignAttribute(name: "date", value: .string(date), location: origin)) }
        appendExtras(to: &attributes, at: origin)
        builder.add(decoder.entity(id: id, attributes: attributes, origin: origin))
    }

    /// Neo4j's `Entity;Person` → `Person`.
    static func kindFromLabels(_ labels: String) -> String {
        let parts = labels.split(separator: ";").map(String.init)
        return parts.first { $0 != "Entity" } ?? parts.first ?? labels
    }

    // MARK: Edges

    private mutating func ends(_ builder: inout GraphBuilder) -> (from: Int, to: Int, source: String, target: String)? {
        guard let source = text(.source) else {
            report(at: fields[layout[.source] ?? 0].start, "empty source: every row of an edges table needs both ends")
            return nil
        }
        guard let target = text(.target) else {
            report(at: fields[layout[.target] ?? 0].start, "empty target: every row of an edges table needs both ends")
            return nil
        }
        let from = builder.index(ofEntity: source) ?? builder.addEntity(id: source, name: text(.sourceName), kind: entityKind(text(.sourceKind)))
        let to = builder.index(ofEntity: target) ?? builder.addEntity(id: target, name: text(.targetName), kind: entityKind(text(.targetKind)))
        return (from, to, source, target)
    }

    private mutating func entityKind(_ text: String?) -> EntityKind {
        guard let text else { return options.defaultKind }
        if let known = entityKinds[text] { return known }
        let kind = KindNames.entityKind(text, fallback: options.defaultKind)
        entityKinds[text] = kind
        return kind
    }

    /// The relation kind in the row; Gephi's `Type` column holds Directed/Undirected instead.
    private mutating func relationKind() -> RelationKind {
        guard let text = text(.kind) else { return options.defaultRelationKind }
        if let known = relationKinds[text] { return known }
        switch text.lowercased() {
        case "directed":
            directions.directed += 1
            return options.defaultRelationKind
        case "undirected", "mutual":
            directions.undirected += 1
            return options.defaultRelationKind
        default: break
        }
        let kind = KindNames.relationKind(text, fallback: options.defaultRelationKind)
        relationKinds[text] = kind
        return kind
    }

    private mutating func weight() -> (ok: Bool, value: Double?) {
        guard let index = column(.weight) else { return (true, nil) }
        let field = fields[index]
        if scanner.isEmpty(field) { return (true, nil) }
        let value = input.bytes.withUnsafeBufferPointer { NumberParsing.double($0, field.start..<field.end) }
        guard let value else {
            report(at: field.start, "non-numeric weight '\(ElementDecoder.short(scanner.string(field)))'")
            return (false, nil)
        }
        return (true, value)
    }

    /// An edges-table row with nothing but ends, kinds, weights and end names: ids are looked up
    /// straight from the input's bytes, so no `String` is made for an id already seen.
    private mutating func bulkEdge(_ builder: inout GraphBuilder) {
        let weight = weight()
        guard weight.ok else { return }
        guard let sourceColumn = column(.source), let targetColumn = column(.target),
            !fields[sourceColumn].hasEscapedQuotes, !fields[targetColumn].hasEscapedQuotes
        else {
            guard let ends = ends(&builder) else { return }
            builder.addRelationship(from: ends.from, to: ends.to, kind: relationKind(), weight: weight.value)
            return
        }
        let source = fields[sourceColumn]
        let target = fields[targetColumn]
        guard !scanner.isEmpty(source) else {
            report(at: source.start, "empty source: every row of an edges table needs both ends")
            return
        }
        guard !scanner.isEmpty(target) else {
            report(at: target.start, "empty target: every row of an edges table needs both ends")
            return
        }
        let kind = repeatedRelationKind()
        let (from, to) = input.bytes.withUnsafeBufferPointer { bytes in
            let from = builder.entityIndex(
                utf8: UnsafeBufferPointer(rebasing: bytes[source.start..<source.end]),
                name: text(.sourceName), kind: kindOfNewEntity(text(.sourceKind)))
            let to = builder.entityIndex(
                utf8: UnsafeBufferPointer(rebasing: bytes[target.start..<target.end]),
                name: text(.targetName), kind: kindOfNewEntity(text(.targetKind)))
            return (from, to)
        }
        builder.addRelationship(from: from, to: to, kind: kind, weight: weight.value)
    }

    /// A bulk row: queued for a batched id lookup when its ends are plain ids, else read at once
    /// (after the queued rows, so entities are numbered in row order).
    private mutating func batchedEdge(_ builder: inout GraphBuilder) {
        guard batchable, let sourceColumn = column(.source), let targetColumn = column(.target) else {
            bulkEdge(&builder)
            return
        }
        let source = fields[sourceColumn]
        let target = fields[targetColumn]
        guard !source.hasEscapedQuotes, !target.hasEscapedQuotes, !scanner.isEmpty(source), !scanner.isEmpty(target) else {
            flush(&builder)
            bulkEdge(&builder)
            return
        }
        let weight = weight()
        guard weight.ok else { return }
        pending.append((repeatedRelationKind(), weight.value))
        pendingIDs.append(source.start..<source.end)
        pendingIDs.append(target.start..<target.end)
        if pending.count == 32 { flush(&builder) }
    }

    /// Looks up the queued rows' ids together and adds their relationships.
    private mutating func flush(_ builder: inout GraphBuilder) {
        guard !pending.isEmpty else { return }
        let kind = options.defaultKind
        input.bytes.withUnsafeBufferPointer { bytes in
            builder.entityIndices(utf8: bytes, ranges: pendingIDs, kind: kind, into: &resolved)
        }
        for (row, edge) in pending.enumerated() {
            builder.addRelationship(from: resolved[2 * row], to: resolved[2 * row + 1], kind: edge.kind, weight: edge.weight)
        }
        pending.removeAll(keepingCapacity: true)
        pendingIDs.removeAll(keepingCapacity: true)
    }

    /// The kind of an entity met first in an edges table.
    private func kindOfNewEntity(_ text: String?) -> EntityKind {
        guard let text else { return options.defaultKind }
        return entityKinds[text] ?? KindNames.entityKind(text, fallback: options.defaultKind)
    }

    /// ``relationKind()``, remembering the last cell: a kind column repeats a few values over
    /// millions of rows, and comparing bytes is cheaper than making a `String` per row.
    private mutating func repeatedRelationKind() -> RelationKind {
        guard let index = column(.kind) else { return options.defaultRelationKind }
        let field = fields[index]
        if let last = lastKind, !field.hasEscapedQuotes, field.end - field.start == last.bytes.count,
            input.bytes[field.start..<field.end].elementsEqual(last.bytes)
        {
            directions.directed += last.directed
            directions.undirected += last.undirected
            return last.kind
        }
        let before = directions
        let kind = relationKind()
        if !field.hasEscapedQuotes {
            lastKind = (Array(input.bytes[field.start..<field.end]), kind,
                        directions.directed - before.directed, directions.undirected - before.undirected)
        }
        return kind
    }

    private mutating func edge(_ builder: inout GraphBuilder) {
        let weight = weight()
        guard weight.ok, let ends = ends(&builder) else { return }
        let origin = counter.location(at: scanner.recordStart, in: input.bytes)
        var attributes: [ForeignAttribute] = []
        if let date = text(.date) { attributes.append(ForeignAttribute(name: "date", value: .string(date), location: origin)) }
        appendExtras(to: &attributes, at: origin)
        var id: String?
        if let position = attributes.firstIndex(where: { $0.name == "id" }) {
            id = attributes[position].value.text
            attributes.remove(at: position)
        }
        let kind = relationKind()
        builder.add(decoder.relationship(
            id: id, from: ends.source, to: ends.target, attributes: attributes, weight: weight.value,
            kind: kind.rawValue, origin: origin))
    }

    // MARK: Other columns

    static let fieldNames: Set<String> = ["id", "label", "date", "cite", "aliases", "tags", "type"]

    /// The row's other non-empty cells as attributes, typed by their header suffix.
    private mutating func appendExtras(to attributes: inout [ForeignAttribute], at origin: SourceLocation) {
        for index in layout.extraColumns {
            let field = fields[index]
            if scanner.isEmpty(field) { continue }
            var column = layout.columns[index]
            if layout.isNeo4j {
                // CrimeGraph's own neo4j-admin export: the day span is derived from `date`, and
                // `citations` is the JSON of `cite`.
                if column.name == "date_start" || column.name == "date_end" { continue }
                if column.name == "citations" { column = CSVLayout.Column(name: "cite", type: .json) }
            }
            let text = scanner.string(field)
            let value: ForeignValue
            switch column.type {
            case .string, .neo4j, .ignored: value = .string(text)
            case .json: value = .json(text)
            case .stringList: value = ElementEncoder.stringList(text.split(separator: ";", omittingEmptySubsequences: false).map(String.init))
            case .integer:
                guard let number = NumberParsing.integer(text) else {
                    report(at: field.start, "'\(ElementDecoder.short(text))' is not a whole number (column '\(column.name)' is typed int)")
                    continue
                }
                value = .integer(number)
            case .number:
                guard let number = NumberParsing.double(text) else {
                    report(at: field.start, "'\(ElementDecoder.short(text))' is not a number (column '\(column.name)' is typed float)")
                    continue
                }
                value = .number(number)
            case .boolean:
                switch text.lowercased() {
                case "true", "1", "yes": value = .boolean(true)
                case "false", "0", "no": value = .boolean(false)
                default:
                    report(at: field.start, "'\(ElementDecoder.short(text))' is not true or false (column '\(column.name)' is typed boolean)")
                    continue
                }
            }
            // Spreadsheets capitalise headers (Gephi's `Id`, `Label`): the names CrimeGraph
            // reads fields from are matched in any case.
            let lowered = column.name.lowercased()
            let name = Self.fieldNames.contains(lowered) ? lowered : column.name
            attributes.append(ForeignAttribute(name: name, value: value, location: origin))
        }
    }
}
