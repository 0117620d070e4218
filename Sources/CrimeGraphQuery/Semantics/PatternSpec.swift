import CrimeGraph

/// A pattern after analysis: every node and relationship occurrence has a row slot (hidden
/// ones for anonymous elements), property maps are bound expressions, and WHERE is split into
/// conjuncts with the slots each reads, so the planner can test each as early as possible.
struct PatternSpec {
    /// One node occurrence. A variable written twice has two occurrences sharing a slot.
    struct Node {
        var slot: Int
        var labels: [String]
        var properties: [(key: String, value: BoundExpression)]
        /// Bound before the pattern (by an earlier clause, or the enclosing row).
        var boundBefore: Bool
        var offset: Int
    }

    /// One relationship occurrence.
    struct Relationship {
        var slot: Int
        var types: [String]
        var direction: PatternDirection
        /// `*min..max`: nil for a single relationship; `maximum` nil when unbounded.
        var length: (minimum: Int, maximum: Int?)?
        /// Written with `*`: its variable holds a list of relationships.
        var variableLength: Bool
        var properties: [(key: String, value: BoundExpression)]
        var boundBefore: Bool
        var offset: Int
        /// Written without a variable.
        var anonymous = false
        /// Only the distinct end nodes of a `*min..max` relationship matter (see
        /// `Analyzer.markEndpointOnlyExpansions`): the matcher visits each reachable node once,
        /// breadth first, instead of every trail.
        var endpointsOnly = false
    }

    /// One comma-separated part: its nodes and relationships in written order.
    struct Part {
        var nodes: [Int]
        var relationships: [Int]
        var pathSlot: Int?
        var shortest: ShortestPathKind?
    }

    /// A WHERE conjunct and the pattern slots it reads.
    struct Predicate {
        var expression: BoundExpression
        var slots: Set<Int>
        /// Whether it mentions a path or a variable-length relationship of a shortest-path
        /// part (then shortest paths are searched length by length, testing it).
        var readsPaths: Bool
    }

    var nodes: [Node] = []
    var relationships: [Relationship] = []
    var parts: [Part] = []
    var predicates: [Predicate] = []
    /// Slots the pattern binds (not bound before it), nulled by OPTIONAL MATCH when nothing
    /// matches.
    var introducedSlots: [Int] = []
}

/// A pattern and, once planned against a graph, the steps that match it.
final class PatternPlan {
    private(set) var spec: PatternSpec

    /// Lets the matcher visit each end node of relationship `index` once (see
    /// `PatternSpec.Relationship.endpointsOnly`).
    func markEndpointsOnly(relationship index: Int) { spec.relationships[index].endpointsOnly = true }
    /// Planned on first use (planning needs the graph's label counts), under a lock: a plan
    /// from the plan cache may run on several threads at once.
    private let planned = Locked<[MatchStep]?>(nil)

    init(_ spec: PatternSpec) { self.spec = spec }

    /// The steps matching the pattern on `graph`, planned on the first call. A plan belongs to
    /// one graph: the steps planned for the first graph are the ones every later call gets.
    func steps(on graph: any PropertyGraph) -> [MatchStep] {
        planned.withLock { steps in
            if let steps { return steps }
            let made = MatchPlanner.plan(spec, graph: graph)
            steps = made
            return made
        }
    }
}

/// One step of matching a pattern. Node and relationship numbers index ``PatternSpec``'s
/// arrays; steps run in order, each binding slots for the ones after it.
enum MatchStep {
    /// Binds an unbound node to each candidate that passes its labels and properties.
    case scan(node: Int, candidates: CandidateSource)
    /// Checks a node whose slot is already bound: a node, with the labels and properties.
    case check(node: Int)
    /// Follows a relationship from the bound node `from` to `to` (bound or not).
    /// `forward` is true when `from` is the relationship's left node in the pattern.
    case expand(relationship: Int, from: Int, to: Int, forward: Bool)
    /// Finds the shortest path(s) of a shortest-path part between its two bound end nodes;
    /// `predicates` (WHERE conjuncts on the path) must hold for a path to count.
    case shortest(part: Int, predicates: [BoundExpression])
    /// Tests a WHERE conjunct.
    case filter(BoundExpression)
    /// Binds a named path from the part's nodes and relationships.
    case bindPath(part: Int)
}

/// Where a scan's candidate nodes come from.
enum CandidateSource {
    /// Every node.
    case all
    /// The nodes with a label.
    case label(String)
    /// The nodes whose property equals a value (an indexed key such as `id` or `name`).
    case property(key: String, value: BoundExpression)
    /// The two ends of a bound relationship.
    case endpoints(relationshipSlot: Int)
}
