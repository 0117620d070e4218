/// Every file format CrimeGraph reads or writes: the registry that finds a format by file
/// extension or by name, and says what each format can do.
///
/// Reading goes through ``GraphLoader/load(_:options:progress:)``; writing through
/// ``FileFormat/write(_:options:)``. `docs/formats.md` describes what each format keeps.
public enum FileFormat: String, Sendable, Hashable, CaseIterable, CustomStringConvertible {
    /// Case file, YAML (schema v1).
    case yaml
    /// Case file, JSON (schema v1).
    case json
    /// Comma-separated tables: a nodes table and an edges table, or one edge list.
    case csv
    /// Tab-separated tables, as ``csv``.
    case tsv
    /// A square adjacency matrix in CSV: labels in the first row and column, ties in the cells.
    case matrix
    /// GraphML, as NetworkX, igraph, yEd, Gephi and Cytoscape write it.
    case graphML = "graphml"
    /// GEXF 1.2 and 1.3, Gephi's format.
    case gexf
    /// FollowTheMoney entities, one JSON object per line (Aleph, OpenSanctions).
    case followTheMoney = "ftm"
    /// Graphviz DOT.
    case dot
    /// A Cypher script that creates the graph in Neo4j (write only).
    case cypher
    /// CSV files for `neo4j-admin database import` (write only; a folder).
    case neo4jAdmin = "neo4j-admin"

    /// The name used by `--from` and `--to`.
    public var name: String { rawValue }

    /// The format's name, as ``name``.
    public var description: String { rawValue }

    /// File name endings that select the format, longest first within each format.
    public var extensions: [String] {
        switch self {
        case .yaml: return [".yaml", ".yml"]
        case .json: return [".json"]
        case .csv: return [".csv"]
        case .tsv: return [".tsv", ".tab"]
        case .matrix: return []
        case .graphML: return [".graphml", ".graphml.xml"]
        case .gexf: return [".gexf"]
        case .followTheMoney: return [".ftm.json", ".ftm.jsonl", ".ftm", ".ijson", ".jsonl", ".ndjson"]
        case .dot: return [".dot", ".gv"]
        case .cypher: return [".cypher", ".cql"]
        case .neo4jAdmin: return []
        }
    }

    /// Other names `--from` and `--to` accept.
    static let aliases: [String: FileFormat] = [
        "yml": .yaml, "adjacency": .matrix, "adjacency-matrix": .matrix, "followthemoney": .followTheMoney,
        "jsonl": .followTheMoney, "gv": .dot, "graphviz": .dot, "neo4j": .neo4jAdmin, "neo4j-csv": .neo4jAdmin,
        "cql": .cypher,
    ]

    /// The format a path's extension names (case-insensitively), or nil.
    ///
    /// `.csv` means ``csv``; the CSV reader recognises an adjacency matrix by its empty first
    /// cell, so matrices need no name of their own when read.
    public init?(path: String) {
        let lowered = path.lowercased()
        var best: (format: FileFormat, length: Int)?
        for format in FileFormat.allCases {
            for ending in format.extensions where lowered.hasSuffix(ending) && ending.count > (best?.length ?? 0) {
                best = (format, ending.count)
            }
        }
        guard let best else { return nil }
        self = best.format
    }

    /// The format called `name` (case-insensitive; aliases such as `yml`, `neo4j`, `gv` too).
    public init?(name: String) {
        let lowered = name.lowercased()
        if let format = FileFormat(rawValue: lowered) ?? FileFormat.aliases[lowered] {
            self = format
        } else {
            return nil
        }
    }

    /// Whether CrimeGraph reads this format.
    public var canRead: Bool { self != .cypher && self != .neo4jAdmin }

    /// Whether the format's output is a folder of several files rather than one file.
    public var writesFolder: Bool { self == .neo4jAdmin }

    /// Whether the output is a main file plus files beside it (CSV writes `X.csv` and
    /// `X.nodes.csv`).
    public var writesCompanionFiles: Bool { self == .csv || self == .tsv }

    /// Whether the format is a case file (read with full validation).
    public var isCaseFile: Bool { self == .yaml || self == .json }

    /// Every name `--from`/`--to` accepts, for help and messages.
    public static var names: [String] { allCases.map(\.name) }

    /// A one-line description for help texts.
    public var summary: String {
        switch self {
        case .yaml: return "case file (YAML)"
        case .json: return "case file (JSON)"
        case .csv: return "nodes and edges tables, or one edge list (i2, Maltego, spreadsheets)"
        case .tsv: return "tab-separated tables"
        case .matrix: return "adjacency matrix (UCINET, R)"
        case .graphML: return "GraphML (NetworkX, igraph, yEd, Gephi, Cytoscape)"
        case .gexf: return "GEXF (Gephi)"
        case .followTheMoney: return "FollowTheMoney entities, JSON lines (Aleph, OpenSanctions)"
        case .dot: return "Graphviz DOT"
        case .cypher: return "Cypher script for Neo4j"
        case .neo4jAdmin: return "neo4j-admin database import CSV files (a folder)"
        }
    }
}
