import CrimeGraph

/// A chain of entities with every relationship that links each consecutive pair.
public struct Connection: Hashable, Sendable {
    /// The entities in order.
    public let entities: [Int]
    /// For each step i, the relationships between `entities[i]` and `entities[i + 1]` that the
    /// search could use (parallel relationships all listed, in relationship order).
    public let hops: [[Int]]
    /// The length: hops, or summed distance for weighted searches.
    public let length: Double

    /// The number of steps.
    public var hopCount: Int { hops.count }
}

/// The entity-level neighbourhood used by path searches: for each entity, its neighbours under
/// `TraversalOptions` with, per neighbour, the linking relationships and one distance for them
/// all (merged as ``AnalysisGraph`` merges parallel ties: strengths add up, so the distance is
/// 1/Σ strength; distance weights keep the shortest). Built once per search setting.
public struct ConnectionGraph: Sendable {
    /// The graph searched.
    public let graph: Graph
    /// Whether lengths are summed distances instead of hop counts.
    public let weighted: Bool
    let offsets: [Int]
    let neighbors: [Int32]
    let distances: [Double]
    let relationshipOffsets: [Int]
    let relationships: [Int32]
    let allowed: [Bool]

    /// Builds the neighbourhood.
    /// - Parameters:
    ///   - graph: the case's graph.
    ///   - options: direction, relation and entity kinds, exclusions (maxDepth is ignored).
    ///   - weighted: use relationship weights as distances (1/strength for strength weights).
    ///   - endpoints: entities always allowed even if their kind is filtered out.
    /// - Complexity: O(n + m log d).
    public init(_ graph: Graph, options: TraversalOptions = TraversalOptions(), weighted: Bool = false, endpoints: [Int] = []) {
        self.graph = graph
        self.weighted = weighted && graph.isWeighted
        let n = graph.entityCount
        var allowed = [Bool](repeating: true, count: n)
        if let kinds = options.entityKinds {
            for entity in 0..<n where !kinds.contains(graph.kind(of: entity)) { allowed[entity] = false }
        }
        for entity in options.excludedEntities where entity >= 0 && entity < n { allowed[entity] = false }
        for entity in endpoints where entity >= 0 && entity < n { allowed[entity] = true }
        self.allowed = allowed
        let kindMask = options.relationKinds.map { kinds in graph.relationKinds.map { kinds.contains($0) } }
        let adjacency = graph.adjacency(options.direction)
        let meaning = graph.weightMeaning ?? .strength
        var offsets = [0]
        var neighbors: [Int32] = []
        var distances: [Double] = []
        var relationshipOffsets = [0]
        var relationships: [Int32] = []
        var scratch: [(neighbor: Int32, edge: Int32)] = []
        for node in 0..<n {
            scratch.removeAll(keepingCapacity: true)
            if allowed[node] {
                for slot in adjacency.range(of: node) {
                    let neighbor = adjacency.targets[slot]
                    let edge = adjacency.edges[slot]
                    guard allowed[Int(neighbor)], Int(neighbor) != node else { continue }
                    if let kindMask, !kindMask[Int(graph.relationKindCodes[Int(edge)])] { continue }
                    scratch.append((Int32(neighbor), Int32(edge)))
                }
            }
            scratch.sort { ($0.neighbor, $0.edge) < ($1.neighbor, $1.edge) }
            var index = 0
            while index < scratch.count {
                let neighbor = scratch[index].neighbor
                // Parallel ties merge as in AnalysisGraph: strengths add up (distance 1/sum),
                // distances keep the shortest.
                var shortest = Double.infinity
                var strength = 0.0
                while index < scratch.count, scratch[index].neighbor == neighbor {
                    let edge = Int(scratch[index].edge)
                    relationships.append(scratch[index].edge)
                    var weight = 1.0
                    if self.weighted, let given = graph.weight(of: edge), given > 0, given.isFinite { weight = given }
                    shortest = min(shortest, weight)
                    strength += weight
                    index += 1
                }
                neighbors.append(neighbor)
                distances.append(!self.weighted ? 1 : (meaning == .strength ? 1 / strength : shortest))
                relationshipOffsets.append(relationships.count)
            }
            offsets.append(neighbors.count)
        }
        self.offsets = offsets
        self.neighbors = neighbors
        self.distances = distances
        self.relationshipOffsets = relationshipOffsets
        self.relationships = relationships
    }

    var nodeCount: Int { offsets.count - 1 }

    func arcs(of node: Int) -> Range<Int> { offsets[node]..<offsets[node + 1] }

    /// The relationships of arc position `arc`.
    func relationships(ofArc arc: Int) -> [Int] {
        relationships[relationshipOffsets[arc]..<relationshipOffsets[arc + 1]].map(Int.init)
    }

    /// The arc from `from` to `to`, if they are neighbours.
    func arc(from: Int, to: Int) -> Int? {
        var low = offsets[from]
        var high = offsets[from + 1]
        while low < high {
            let middle = (low + high) / 2
            if Int(neighbors[middle]) < to { low = middle + 1 } else { high = middle }
        }
        return low < offsets[from + 1] && Int(neighbors[low]) == to ? low : nil
    }

    /// The connection along an entity sequence.
    func connection(through entities: [Int]) -> Connection {
        var hops: [[Int]] = []
        var length = 0.0
        for step in 0..<max(0, entities.count - 1) {
            guard let arc = arc(from: entities[step], to: entities[step + 1]) else { continue }
            hops.append(relationships(ofArc: arc))
            length += weighted ? distances[arc] : 1
        }
        return Connection(entities: entities, hops: hops, length: length)
    }

    /// Whether `entity` may be used.
    func isAllowed(_ entity: Int) -> Bool { allowed[entity] }
}
