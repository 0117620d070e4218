/// A parsed query: one or more single queries joined by UNION.
struct Statement: Sendable {
    var queries: [[Clause]]
    /// Per UNION, whether it is `UNION ALL`.
    var unionAll: [Bool]
}

/// One clause as written.
enum Clause: Sendable {
    case match(Match)
    case unwind(Unwind)
    case with(Projection)
    case `return`(Projection)
    case create(Create)
    case delete(Delete)

    /// Where the clause starts in the query.
    var offset: Int {
        switch self {
        case .match(let clause): return clause.offset
        case .unwind(let clause): return clause.offset
        case .with(let clause), .return(let clause): return clause.offset
        case .create(let clause): return clause.offset
        case .delete(let clause): return clause.offset
        }
    }

    /// `MATCH` or `OPTIONAL MATCH` with its pattern and WHERE.
    struct Match: Sendable {
        var optional: Bool
        var pattern: [PatternPart]
        var predicate: Expression?
        var offset: Int
    }

    /// `UNWIND list AS variable`.
    struct Unwind: Sendable {
        var list: Expression
        var variable: String
        var offset: Int
    }

    /// `CREATE pattern`.
    struct Create: Sendable {
        var pattern: [PatternPart]
        var offset: Int
    }

    /// `[DETACH] DELETE expression, …`.
    struct Delete: Sendable {
        var detach: Bool
        var targets: [Expression]
        var offset: Int
    }
}

/// The body of WITH and RETURN.
struct Projection: Sendable {
    var distinct = false
    /// `*`: every variable in scope, sorted by name.
    var includesAll = false
    var items: [Item] = []
    var order: [SortItem] = []
    var skip: Expression?
    var limit: Expression?
    /// WITH's WHERE.
    var predicate: Expression?
    var offset: Int

    /// `expression [AS alias]`; `text` is the expression as written, the column name when
    /// there is no alias.
    struct Item: Sendable {
        var expression: Expression
        var alias: String?
        var text: String
    }

    /// `expression [ASC|DESC]`.
    struct SortItem: Sendable {
        var expression: Expression
        var ascending: Bool
    }
}

/// One comma-separated part of a pattern: `p = shortestPath((a)-[*]-(b))`.
struct PatternPart: Sendable {
    var pathVariable: String?
    var shortest: ShortestPathKind?
    var element: PatternElement
    var offset: Int
}

/// `shortestPath(…)` or `allShortestPaths(…)`.
enum ShortestPathKind: Sendable {
    case single, all
}

/// A chain of node patterns joined by relationship patterns: `nodes.count ==
/// relationships.count + 1`.
struct PatternElement: Sendable {
    var nodes: [NodePattern]
    var relationships: [RelationshipPattern]
}

/// `(variable:Label {key: value})`.
struct NodePattern: Sendable {
    var variable: String?
    var labels: [String]
    var properties: Expression?
    var offset: Int
}

/// `-[variable:TYPE|OTHER*min..max {key: value}]->`.
struct RelationshipPattern: Sendable {
    var variable: String?
    var types: [String]
    var direction: PatternDirection
    /// For a variable-length relationship, its bounds (nil for an absent bound).
    var length: LengthRange?
    var properties: Expression?
    var offset: Int

    /// `*min..max`.
    struct LengthRange: Sendable {
        var minimum: Int?
        var maximum: Int?
    }
}

/// Which way a relationship pattern points, read left to right.
enum PatternDirection: Sendable {
    /// `-->`: from the left node to the right node.
    case right
    /// `<--`: from the right node to the left node.
    case left
    /// `--` or `<-->`: either way.
    case both
}
