import CrimeGraph

/// What puts two entities in the same group, for brokerage roles.
public enum GroupRule: Sendable {
    /// The entity kind (person, company, agency…).
    case kind
    /// The first tag, the author's primary label (`[raid, inspection]` groups under `raid`).
    case tag
    /// The value of a property, compared as displayed (`Mr. Hi`, `12`).
    case property(String)
    /// A community partition (``Communities/membership``).
    case community(Communities)
}

/// A group number per entity, with a label per group, built from a ``GroupRule``.
///
/// Groups are numbered in the order of their labels (communities in community order);
/// entities without the tag or property share the group labelled ``Grouping/missingLabel``.
public struct Grouping: Sendable {
    /// The label of the group of entities that lack the tag or property.
    public static let missingLabel = "(none)"

    /// Per entity index, its group number (`0..<labels.count`).
    public let groups: [Int32]
    /// Per group number, a label: the kind, tag, property value or `community N` (N from 1).
    public let labels: [String]

    /// Groups `graph`'s entities by `rule`.
    /// - Complexity: O(n log n), plus reading each entity's tags or properties.
    public init(_ graph: Graph, by rule: GroupRule) {
        let n = graph.entityCount
        switch rule {
        case .community(let communities):
            precondition(communities.membership.count == n, "the partition must cover the graph")
            self.init(groups: communities.membership, labels: (0..<communities.count).map { "community \($0 + 1)" })
        case .kind:
            // Kind codes index graph.entityKinds; renumber them by kind name.
            let names = graph.entityKinds.map(\.rawValue)
            let order = names.indices.sorted { names[$0] < names[$1] }
            var number = [Int32](repeating: 0, count: names.count)
            for (position, code) in order.enumerated() { number[code] = Int32(position) }
            self.init(groups: graph.entityKindCodes.map { number[Int($0)] }, labels: order.map { names[$0] })
        case .tag:
            self.init(values: (0..<n).map { graph.tags(of: $0).first })
        case .property(let name):
            self.init(values: (0..<n).map { graph.properties(ofEntity: $0)[name]?.description })
        }
    }

    /// Groups with given labels per entity (nil: the missing group).
    public init(values: [String?]) {
        let distinct = Set(values.map { $0 ?? Grouping.missingLabel }).sorted { a, b in
            // The missing group sorts last.
            if (a == Grouping.missingLabel) != (b == Grouping.missingLabel) { return b == Grouping.missingLabel }
            return a < b
        }
        var number: [String: Int32] = [:]
        for (position, label) in distinct.enumerated() { number[label] = Int32(position) }
        self.init(groups: values.map { number[$0 ?? Grouping.missingLabel] ?? 0 }, labels: distinct)
    }

    /// Groups given directly: `groups[entity]` in `0..<labels.count`.
    public init(groups: [Int32], labels: [String]) {
        self.groups = groups
        self.labels = labels
    }

    /// The number of entities in each group.
    public var sizes: [Int] {
        var sizes = [Int](repeating: 0, count: labels.count)
        for group in groups { sizes[Int(group)] += 1 }
        return sizes
    }
}
