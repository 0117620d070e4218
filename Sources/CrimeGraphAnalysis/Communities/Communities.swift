/// A partition of a graph's entities into communities, numbered canonically: community 0 is
/// the largest, ties broken by the smallest entity index among the members, so the same
/// partition always prints the same way whatever labels produced it.
public struct Communities: Sendable {
    /// Per entity index, the number of its community (`0..<count`).
    public let membership: [Int32]
    /// The number of communities (isolated entities are communities of one).
    public let count: Int
    /// The partition's modularity on the graph it was computed for (see
    /// ``Modularity/score(of:in:resolution:)``); NaN when that graph has no ties.
    public let modularity: Double
    /// The resolution the modularity was computed with.
    public let resolution: Double
    /// `count + 1` offsets into ``memberList``: community `c`'s members are
    /// `memberList[memberOffsets[c]..<memberOffsets[c + 1]]`.
    let memberOffsets: [Int]
    /// Entity indices grouped by community, ascending within each community.
    let memberList: [Int32]

    /// Renumbers `labels` canonically and scores the result on `graph`.
    /// - Parameters:
    ///   - labels: per node, any community label (equal labels = same community).
    ///   - graph: the graph the partition divides; `labels.count` must equal its node count.
    ///   - resolution: γ of the modularity.
    /// - Complexity: O(n log n + m).
    public init(labels: [Int32], graph: AnalysisGraph, resolution: Double = 1) {
        precondition(labels.count == graph.nodeCount, "one label per node")
        self.init(canonical: CommunityLabels.canonical(labels), graph: graph, resolution: resolution)
    }

    init(canonical: CommunityLabels.Canonical, graph: AnalysisGraph, resolution: Double) {
        membership = canonical.membership
        count = canonical.count
        memberOffsets = canonical.offsets
        memberList = canonical.members
        self.resolution = resolution
        modularity = Modularity.score(canonicalMembership: canonical.membership, count: canonical.count, in: graph, resolution: resolution)
    }

    /// The entity indices in `community`, ascending.
    /// - Complexity: O(1) to obtain the slice.
    public func members(of community: Int) -> ArraySlice<Int32> {
        memberList[memberOffsets[community]..<memberOffsets[community + 1]]
    }

    /// The number of members of `community`.
    public func size(of community: Int) -> Int { memberOffsets[community + 1] - memberOffsets[community] }

    /// The community sizes, largest first.
    public var sizes: [Int] { (0..<count).map(size(of:)) }
}

/// Turning arbitrary labels into canonical community numbers.
enum CommunityLabels {
    struct Canonical {
        var membership: [Int32]
        var count: Int
        var offsets: [Int]
        var members: [Int32]
    }

    /// Labels → dense numbers → ordered by size (descending) then smallest member.
    /// - Complexity: O(n log n).
    static func canonical(_ labels: [Int32]) -> Canonical {
        let n = labels.count
        // Dense numbering in order of first appearance (which is also smallest member order),
        // found by sorting node indices by label: no hashing, any Int32 labels.
        let byLabel = (0..<n).sorted { labels[$0] != labels[$1] ? labels[$0] < labels[$1] : $0 < $1 }
        var dense = [Int32](repeating: 0, count: n)
        var firstMember: [Int] = []
        var sizes: [Int] = []
        var position = 0
        while position < n {
            let label = labels[byLabel[position]]
            let group = Int32(sizes.count)
            firstMember.append(byLabel[position])
            var size = 0
            while position < n, labels[byLabel[position]] == label {
                dense[byLabel[position]] = group
                size += 1
                position += 1
            }
            sizes.append(size)
        }
        let order = sizes.indices.sorted { sizes[$0] != sizes[$1] ? sizes[$0] > sizes[$1] : firstMember[$0] < firstMember[$1] }
        var rank = [Int32](repeating: 0, count: sizes.count)
        for (newNumber, old) in order.enumerated() { rank[old] = Int32(newNumber) }
        let membership = dense.map { rank[Int($0)] }
        var offsets = [Int](repeating: 0, count: sizes.count + 1)
        for (newNumber, old) in order.enumerated() { offsets[newNumber + 1] = offsets[newNumber] + sizes[old] }
        var cursor = offsets
        var members = [Int32](repeating: 0, count: n)
        for node in 0..<n {
            let community = Int(membership[node])
            members[cursor[community]] = Int32(node)
            cursor[community] += 1
        }
        return Canonical(membership: membership, count: sizes.count, offsets: offsets, members: members)
    }
}
