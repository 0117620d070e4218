/// A checked query, ready to run (and, once made, never changed: ``PlanCache`` shares it
/// between runs and threads): stages per UNION part, the result columns, the number of
/// row slots every row has.
final class QueryPlan {
    /// The stages of each single query joined by UNION.
    var parts: [[Stage]] = []
    /// Whether UNION (without ALL) removes duplicate rows.
    var unionDistinct = false
    /// The result's column names.
    var columns: [String] = []
    /// Per part, the slots holding the columns.
    var columnSlots: [[Int]] = []
    /// How many slots a row has.
    var slotCount = 0
    /// Unknown labels and types, with suggestions.
    var warnings: [QueryWarning] = []
    /// Whether the query creates or deletes anything.
    var writes = false
}

/// One step of a single query.
enum Stage {
    /// MATCH or OPTIONAL MATCH.
    case match(MatchStage)
    /// UNWIND list AS slot.
    case unwind(BoundExpression, slot: Int)
    /// WITH or RETURN.
    case project(ProjectionPlan)
    /// CREATE.
    case create(CreatePlan)
    /// DELETE.
    case delete(targets: [BoundExpression], detach: Bool)
}

/// MATCH: a pattern plan, and whether it is optional.
struct MatchStage {
    var plan: PatternPlan
    var optional: Bool
}

/// WITH or RETURN after analysis.
final class ProjectionPlan {
    /// One output column or WITH variable: computed into `slot`.
    struct Item {
        var expression: BoundExpression
        var slot: Int
        /// Whether the expression contains an aggregate (then it is computed per group).
        var aggregates: Bool
    }

    /// One aggregate call: its function, argument expressions, DISTINCT, and the slot its
    /// result goes to.
    struct Aggregate {
        var function: AggregateKind
        var arguments: [BoundExpression]
        var distinct: Bool
        var slot: Int
    }

    /// `expression ASC|DESC`.
    struct SortKey {
        var expression: BoundExpression
        var ascending: Bool
    }

    var items: [Item] = []
    var aggregates: [Aggregate] = []
    var distinct = false
    var order: [SortKey] = []
    var skip: BoundExpression?
    var limit: BoundExpression?
    var predicate: BoundExpression?

    /// Whether any item aggregates: rows are grouped by the other items.
    var isAggregating: Bool { items.contains(where: \.aggregates) || !aggregates.isEmpty }
}

/// CREATE: the pattern's nodes and relationships to make for every row.
struct CreatePlan {
    struct Node {
        var slot: Int
        var labels: [String]
        var properties: BoundExpression?
        /// Already bound: reuse it.
        var bound: Bool
    }

    struct Relationship {
        var slot: Int
        var type: String
        var from: Int
        var to: Int
        var properties: BoundExpression?
    }

    struct Part {
        var nodes: [Int]
        var relationships: [Int]
        var pathSlot: Int?
    }

    var nodes: [Node] = []
    var relationships: [Relationship] = []
    var parts: [Part] = []
}
