/// Runs a planned pattern against one input row and hands every match to a callback.
///
/// Steps run depth-first; the recursion is as deep as the pattern has steps (bounded by the
/// query text), while variable-length expansion keeps its own explicit stack. Relationships are
/// unique within a match, as Cypher requires.
final class Matcher {
    /// Receives a matched row; returns false to stop matching.
    typealias Emit = ([Value]) throws(QueryError) -> Bool

    let spec: PatternSpec
    let steps: [MatchStep]
    let context: ExecutionContext
    let graph: any PropertyGraph
    let topology: Topology
    /// Per relationship pattern: the type codes it allows (nil: any type).
    let allowedTypes: [[UInt16]?]
    /// Per step: whether its target node is already bound when the step runs.
    let targetBound: [Bool]
    /// Per node pattern: its row slot, and whether it has neither labels nor properties (then
    /// any existing node matches it). Read once here: copying a node pattern out of the spec
    /// for every candidate would retain its label and property arrays each time.
    let nodeSlots: [Int]
    let unconstrained: [Bool]
    /// Relationships used by the match so far (for uniqueness).
    var usedEdges: [Int] = []
    /// Per relationship pattern: the relationships bound to it, left to right.
    var edgesOf: [[Int]]
    var emit: Emit = { _ throws(QueryError) in true }
    /// When set, matches go straight to this stage instead of through `emit` (MATCH's common
    /// case: a closure that captures and updates variables costs a boxed, access-checked
    /// variable per match).
    var sink: RowSink?
    /// How many matches were handed on since the last `run`.
    private(set) var matchCount = 0

    init(plan: PatternPlan, context: ExecutionContext) {
        let graph = context.graph
        spec = plan.spec
        steps = plan.steps(on: graph)
        self.context = context
        self.graph = graph
        topology = graph.topology
        allowedTypes = plan.spec.relationships.map { relationship in
            relationship.types.isEmpty ? nil : relationship.types.compactMap { graph.typeCode(named: $0) }
        }
        edgesOf = Array(repeating: [], count: plan.spec.relationships.count)
        nodeSlots = plan.spec.nodes.map(\.slot)
        unconstrained = plan.spec.nodes.map { $0.labels.isEmpty && $0.properties.isEmpty }
        var bound = Set(plan.spec.nodes.filter(\.boundBefore).map(\.slot))
        var targetBound: [Bool] = []
        for step in steps {
            switch step {
            case .scan(let node, _):
                targetBound.append(false)
                bound.insert(plan.spec.nodes[node].slot)
            case .expand(_, _, let to, _):
                targetBound.append(bound.contains(plan.spec.nodes[to].slot))
                bound.insert(plan.spec.nodes[to].slot)
            default: targetBound.append(false)
            }
        }
        self.targetBound = targetBound
    }

    /// Calls `emit` with every match extending `row`, until it returns false.
    func run(_ row: [Value], emit: @escaping Emit) throws(QueryError) {
        self.emit = emit
        sink = nil
        try start(row)
    }

    /// Hands every match extending `row` to `sink`, until it wants no more.
    /// - Returns: The number of matches handed on.
    func run(_ row: [Value], into sink: RowSink) throws(QueryError) -> Int {
        self.sink = sink
        try start(row)
        return matchCount
    }

    private func start(_ row: [Value]) throws(QueryError) {
        matchCount = 0
        var working = row
        usedEdges.removeAll(keepingCapacity: true)
        _ = try step(0, &working)
    }

    /// Runs step `index` and the ones after; false means stop everything.
    func step(_ index: Int, _ row: inout [Value]) throws(QueryError) -> Bool {
        guard index < steps.count else {
            matchCount += 1
            if let sink { return try sink.push(row) }
            return try emit(row)
        }
        switch steps[index] {
        case .scan(let node, let source):
            let slot = spec.nodes[node].slot
            let candidates = try self.candidates(source, row)
            for position in 0..<candidates.count {
                try context.tick()
                let candidate = candidates[position]
                guard try nodeMatches(node, candidate, row) else { continue }
                row[slot] = .node(candidate)
                if !(try step(index + 1, &row)) { return false }
            }
            row[slot] = .null
            return true
        case .check(let node):
            guard case .node(let candidate) = row[spec.nodes[node].slot], try nodeMatches(node, candidate, row) else { return true }
            return try step(index + 1, &row)
        case .expand(let relationship, let from, let to, let forward):
            guard case .node(let start) = row[spec.nodes[from].slot] else { return true }
            if spec.relationships[relationship].length != nil {
                return try expandVariableLength(index, relationship, start, to: to, forward: forward, &row)
            }
            return try expandSingle(index, relationship, start, to: to, forward: forward, &row)
        case .shortest(let part, let predicates):
            return try shortest(index, part: part, predicates: predicates, &row)
        case .filter(let predicate):
            guard try context.evaluate(predicate, row).isTrue else { return true }
            return try step(index + 1, &row)
        case .bindPath(let part):
            guard let path = buildPath(part, row), let slot = spec.parts[part].pathSlot else { return true }
            row[slot] = .path(path)
            return try step(index + 1, &row)
        }
    }

    /// The nodes a scan tries.
    func candidates(_ source: CandidateSource, _ row: [Value]) throws(QueryError) -> NodeSet {
        switch source {
        case .all: return graph.nodes
        case .label(let label): return .list(graph.nodes(withLabel: label))
        case .property(let key, let value):
            let wanted = try context.evaluate(value, row)
            return graph.nodes(withProperty: key, equalTo: wanted).map(NodeSet.list) ?? graph.nodes
        case .endpoints(let slot):
            guard case .relationship(let edge) = row[slot] else { return .list([]) }
            let (source, target) = (Int(topology.sources[edge]), Int(topology.targets[edge]))
            return .list(source == target ? [source] : [source, target])
        }
    }

    /// Whether `candidate` has the node pattern's labels and properties.
    func nodeMatches(_ node: Int, _ candidate: Int, _ row: [Value]) throws(QueryError) -> Bool {
        guard graph.nodeExists(candidate) else { return false }
        if unconstrained[node] { return true }
        let pattern = spec.nodes[node]
        for label in pattern.labels where !graph.node(candidate, hasLabel: label) { return false }
        for (key, expected) in pattern.properties {
            let wanted = try context.evaluate(expected, row)
            guard Value.equals(graph.property(ofNode: candidate, key: key), wanted) == true else { return false }
        }
        return true
    }

    /// Whether relationship `edge` has an allowed type and the pattern's properties.
    func relationshipMatches(_ relationship: Int, _ edge: Int, _ row: [Value]) throws(QueryError) -> Bool {
        if let allowed = allowedTypes[relationship], !allowed.contains(topology.typeCodes[edge]) { return false }
        for (key, expected) in spec.relationships[relationship].properties {
            let wanted = try context.evaluate(expected, row)
            guard Value.equals(graph.property(ofRelationship: edge, key: key), wanted) == true else { return false }
        }
        return true
    }

    /// Binds or checks the node a relationship leads to, then runs the next step.
    func arrive(_ index: Int, at other: Int, node: Int, _ row: inout [Value]) throws(QueryError) -> Bool {
        let slot = nodeSlots[node]
        if targetBound[index] {
            guard case .node(let current) = row[slot], current == other, try nodeMatches(node, other, row) else { return true }
            return try step(index + 1, &row)
        }
        guard try nodeMatches(node, other, row) else { return true }
        row[slot] = .node(other)
        let result = try step(index + 1, &row)
        row[slot] = .null
        return result
    }

    /// The path of a part from its bound nodes and relationships.
    func buildPath(_ part: Int, _ row: [Value]) -> PathValue? {
        let pattern = spec.parts[part]
        guard case .node(let first) = row[spec.nodes[pattern.nodes[0]].slot] else { return nil }
        var path = PathValue(nodes: [first], relationships: [])
        var current = first
        for relationship in pattern.relationships {
            for edge in edgesOf[relationship] {
                let source = Int(topology.sources[edge])
                current = source == current ? Int(topology.targets[edge]) : source
                path.relationships.append(edge)
                path.nodes.append(current)
            }
        }
        return path
    }
}

extension ExecutionContext {
    /// The matcher for a pattern plan, made on first use.
    func matcher(for plan: PatternPlan) -> Matcher {
        Matcher(plan: plan, context: self)
    }
}
