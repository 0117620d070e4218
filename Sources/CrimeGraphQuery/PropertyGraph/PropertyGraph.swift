/// What the query engine reads: a property graph of nodes with labels and properties and of
/// typed, directed relationships with properties, whose neighbours are in compressed sparse
/// row arrays.
///
/// Two implementations: ``CaseGraphAdapter`` shows CrimeGraph's indexed `Graph` this way
/// (entity kind and tags are labels, relation kinds are types), and ``MemoryGraph`` is a small
/// mutable multi-label graph for the openCypher TCK, built with CREATE.
protocol PropertyGraph: AnyObject {
    /// Neighbour lists and relationship ends, read in every expansion.
    var topology: Topology { get }
    /// Every node that exists.
    var nodes: NodeSet { get }
    /// Whether CREATE and DELETE may change this graph.
    var isWritable: Bool { get }

    /// A node's labels, in a stable order.
    func labels(ofNode node: Int) -> [String]
    /// Whether a node has a label.
    func node(_ node: Int, hasLabel label: String) -> Bool
    /// The nodes with a label, ascending.
    func nodes(withLabel label: String) -> [Int]
    /// About how many nodes have a label (0 when none does), for planning.
    func estimatedCount(ofLabel label: String) -> Int
    /// Every label in use, for "did you mean" suggestions.
    var labelNames: [String] { get }

    /// The type of a relationship.
    func typeName(ofRelationship relationship: Int) -> String
    /// The code ``Topology/typeCodes`` uses for a type; nil when no relationship has it.
    func typeCode(named name: String) -> UInt16?
    /// Every relationship type in use.
    var typeNames: [String] { get }

    /// A node property, or null.
    func property(ofNode node: Int, key: String) -> Value
    /// Every property of a node, in a stable order.
    func properties(ofNode node: Int) -> ValueMap
    /// A relationship property, or null.
    func property(ofRelationship relationship: Int, key: String) -> Value
    /// Every property of a relationship.
    func properties(ofRelationship relationship: Int) -> ValueMap

    /// The nodes whose property `key` equals `value`, when the graph indexes that key; nil
    /// otherwise (the planner then scans).
    func nodes(withProperty key: String, equalTo value: Value) -> [Int]?

    /// Whether a node still exists (false after DELETE).
    func nodeExists(_ node: Int) -> Bool
    /// Whether a relationship still exists.
    func relationshipExists(_ relationship: Int) -> Bool
}

/// A graph CREATE and DELETE can change.
protocol MutablePropertyGraph: PropertyGraph {
    /// Adds a node; returns its index.
    func createNode(labels: [String], properties: ValueMap) -> Int
    /// Adds a relationship; returns its index.
    func createRelationship(type: String, from source: Int, to target: Int, properties: ValueMap) -> Int
    /// Removes a relationship.
    func deleteRelationship(_ relationship: Int)
    /// Removes a node; with `detach`, its relationships too, otherwise it must have none.
    func deleteNode(_ node: Int, detach: Bool) throws(QueryError)
}

/// Neighbour lists in compressed sparse row form: the relationships at node `v` are
/// `edges[offsets[v]..<offsets[v + 1]]`, leading to `targets[…]` at the same positions.
struct NeighborLists: Sendable {
    var offsets: [UInt32]
    var targets: [UInt32]
    var edges: [UInt32]

    static let empty = NeighborLists(offsets: [0], targets: [], edges: [])

    /// The positions in ``targets`` and ``edges`` that belong to `node`.
    @inline(__always)
    func range(of node: Int) -> Range<Int> {
        guard node + 1 < offsets.count else { return 0..<0 }
        return Int(offsets[node])..<Int(offsets[node + 1])
    }
}

/// Everything an expansion reads, fetched once per expansion.
struct Topology: Sendable {
    /// Relationships leaving each node.
    var outgoing: NeighborLists
    /// Relationships arriving at each node.
    var incoming: NeighborLists
    /// Per relationship, its start node.
    var sources: [UInt32]
    /// Per relationship, its end node.
    var targets: [UInt32]
    /// Per relationship, its type code.
    var typeCodes: [UInt16]
    /// Whether every relationship is symmetric (a case file with `directed: false`): then
    /// `-->` and `<--` match like `--`.
    var isUndirected: Bool
}

/// A set of node indices: a range for graphs without deletions, else a list.
enum NodeSet: Sendable {
    case range(Range<Int>)
    case list([Int])

    var count: Int {
        switch self {
        case .range(let range): return range.count
        case .list(let list): return list.count
        }
    }

    subscript(position: Int) -> Int {
        switch self {
        case .range(let range): return range.lowerBound + position
        case .list(let list): return list[position]
        }
    }
}
