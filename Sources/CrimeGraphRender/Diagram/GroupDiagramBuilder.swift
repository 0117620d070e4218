import CrimeGraph
import CrimeGraphAnalysis

/// Builds a ``GroupDiagram``'s groups and ties from a `Grouping`: chooses the groups drawn
/// on their own, gathers or drops the rest, and counts relationships inside and between groups.
struct GroupDiagramBuilder {
    let graph: Graph
    let grouping: Grouping
    let minimumSize: Int
    let smallGroups: GroupDiagram.SmallGroups
    let maximumGroups: Int?

    struct Result {
        var groups: [GroupDiagram.Group]
        var ties: [GroupDiagram.Tie]
        var membership: [Int32]
        var smallGroupCount: Int
        var smallGroupEntities: Int
        var cappedGroupCount: Int
    }

    /// How many most-tied members a group records.
    static let mostTiedCount = 3

    /// - Complexity: O(n + m log m + g log g) for g groups found.
    func build() -> Result {
        let n = graph.entityCount
        let found = grouping.labels.count
        var sizes = [Int](repeating: 0, count: found)
        for entity in 0..<min(n, grouping.groups.count) {
            let group = Int(grouping.groups[entity])
            if group >= 0 && group < found { sizes[group] += 1 }
        }
        // Largest first; equal sizes in the grouping's own order.
        let order = (0..<found).filter { sizes[$0] > 0 }.sorted { sizes[$0] != sizes[$1] ? sizes[$0] > sizes[$1] : $0 < $1 }
        let eligible = order.filter { sizes[$0] >= minimumSize }
        var kept = eligible
        if let maximumGroups {
            let needsOther = smallGroups == .other && (eligible.count < order.count || eligible.count > maximumGroups)
            kept = Array(eligible.prefix(needsOther ? maximumGroups - 1 : maximumGroups))
        }
        let small = order.count - kept.count
        let capped = eligible.count - kept.count
        let hasOther = smallGroups == .other && small > 0

        // Old group number → drawn index (kept groups, then other), -1 when left out.
        var drawnIndex = [Int32](repeating: hasOther ? Int32(kept.count) : -1, count: found)
        for (index, group) in kept.enumerated() { drawnIndex[group] = Int32(index) }
        let drawnCount = kept.count + (hasOther ? 1 : 0)
        var membership = [Int32](repeating: -1, count: n)
        var members = [[Int]](repeating: [], count: drawnCount)
        var smallEntities = 0
        for entity in 0..<min(n, grouping.groups.count) {
            let group = Int(grouping.groups[entity])
            guard group >= 0 && group < found else { continue }
            let index = drawnIndex[group]
            if index < 0 || (hasOther && Int(index) == kept.count) { smallEntities += 1 }
            guard index >= 0 else { continue }
            membership[entity] = index
            members[Int(index)].append(entity)
        }

        let (ties, inside) = countTies(membership: membership, drawnCount: drawnCount)
        var groups: [GroupDiagram.Group] = []
        groups.reserveCapacity(drawnCount)
        for index in 0..<drawnCount {
            let isOther = hasOther && index == kept.count
            groups.append(GroupDiagram.Group(
                name: isOther ? "other" : grouping.labels[kept[index]], members: members[index],
                internalRelationships: inside[index], commonKind: commonKind(of: members[index]),
                mostTied: mostTied(members[index]), isOther: isOther, groupCount: isOther ? small : 1))
        }
        return Result(
            groups: groups, ties: ties, membership: membership, smallGroupCount: small, smallGroupEntities: smallEntities,
            cappedGroupCount: capped)
    }

    /// Ties between drawn groups (each relationship once, whatever its direction) and the
    /// relationships inside each group.
    func countTies(membership: [Int32], drawnCount: Int) -> (ties: [GroupDiagram.Tie], inside: [Int]) {
        var inside = [Int](repeating: 0, count: drawnCount)
        var pairs: [UInt64] = []
        for relationship in 0..<graph.relationshipCount {
            let a = membership[graph.source(of: relationship)]
            let b = membership[graph.target(of: relationship)]
            guard a >= 0 && b >= 0 else { continue }
            if a == b {
                inside[Int(a)] += 1
            } else {
                pairs.append(UInt64(UInt32(min(a, b))) << 32 | UInt64(UInt32(max(a, b))))
            }
        }
        pairs.sort()
        var ties: [GroupDiagram.Tie] = []
        var position = 0
        while position < pairs.count {
            let pair = pairs[position]
            var end = position
            while end < pairs.count && pairs[end] == pair { end += 1 }
            ties.append(GroupDiagram.Tie(from: Int(pair >> 32), to: Int(pair & 0xFFFF_FFFF), relationships: end - position))
            position = end
        }
        return (ties, inside)
    }

    /// The kind all `members` share, if they do.
    func commonKind(of members: [Int]) -> EntityKind? {
        guard let first = members.first else { return nil }
        let code = graph.entityKindCodes[first]
        return members.allSatisfy { graph.entityKindCodes[$0] == code } ? graph.kind(of: first) : nil
    }

    /// The members with the most relationships (either direction), the most first, equal
    /// counts by id.
    func mostTied(_ members: [Int]) -> [Int] {
        var best: [(entity: Int, degree: Int)] = []
        for entity in members {
            let degree = graph.undirected.degree(of: entity)
            if best.count == Self.mostTiedCount, let last = best.last, !ranksBefore(entity, degree, last.entity, last.degree) { continue }
            let slot = best.firstIndex { !ranksBefore($0.entity, $0.degree, entity, degree) } ?? best.count
            best.insert((entity, degree), at: slot)
            if best.count > Self.mostTiedCount { best.removeLast() }
        }
        return best.map(\.entity)
    }

    private func ranksBefore(_ a: Int, _ degreeA: Int, _ b: Int, _ degreeB: Int) -> Bool {
        degreeA != degreeB ? degreeA > degreeB : graph.id(of: a) < graph.id(of: b)
    }
}
