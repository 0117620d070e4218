import Foundation

/// SplitMix64, written out so that a seed gives the same graph on every machine and toolchain.
struct SplitMix: RandomNumberGenerator {
    private var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
    /// A uniform integer in `0..<bound` (multiply-high; the bias is below bound / 2⁶⁴).
    mutating func below(_ bound: Int) -> Int {
        Int(truncatingIfNeeded: UInt64(bound).multipliedFullWidth(by: next()).high)
    }
}

/// What a generated graph file holds, written beside it as `NAME.meta.json`.
struct GraphMeta: Codable {
    var name: String
    var nodes: Int
    var edges: Int
    var seed: UInt64
    /// The label of the fixed entity the BFS starts from and the 2-hop query is anchored on.
    var anchor: String
    var description: String
}

/// Seeded scale-free graphs with small detached trees, written as a labelled CSV edge list
/// (`source,target`) that every library loads.
///
/// The main component is Barabási–Albert preferential attachment (a 6-node clique, then every
/// new node ties to 5 distinct earlier nodes chosen in proportion to their degree), so the
/// graph is simple: no self-loops, no parallel edges. 1% of the nodes form detached random
/// trees of 2–8 nodes. Node labels are `n` plus a seeded permutation of the node numbers, and
/// the lines are shuffled with random orientation, so file order says nothing about structure.
enum Generator {
    static let edgesPerNode = 5

    static func generate(name: String, nodes n: Int, seed: UInt64, edgesPerNode: Int = Generator.edgesPerNode, to path: String) throws -> GraphMeta {
        var random = SplitMix(seed: seed)
        let treeNodes = n / 100
        let mainNodes = n - treeNodes
        let m = edgesPerNode
        let clique = m + 1
        var sources: [UInt32] = []
        var targets: [UInt32] = []
        let expected = clique * (clique - 1) / 2 + (mainNodes - clique) * m + treeNodes
        sources.reserveCapacity(expected)
        targets.reserveCapacity(expected)
        var repeated: [UInt32] = []
        repeated.reserveCapacity(2 * expected)
        for a in 0..<clique {
            for b in (a + 1)..<clique {
                sources.append(UInt32(a)); targets.append(UInt32(b))
                repeated.append(UInt32(a)); repeated.append(UInt32(b))
            }
        }
        var picks = [UInt32](repeating: 0, count: m)
        for v in clique..<mainNodes {
            var count = 0
            while count < m {
                let candidate = repeated[random.below(repeated.count)]
                if !picks[0..<count].contains(candidate) {
                    picks[count] = candidate
                    count += 1
                }
            }
            for t in picks {
                sources.append(UInt32(v)); targets.append(t)
                repeated.append(UInt32(v)); repeated.append(t)
            }
        }
        // Detached random trees of 2–8 nodes.
        var next = mainNodes
        while next < n {
            let size = min(n - next, 2 + random.below(7))
            if size >= 2 {
                for i in 1..<size {
                    sources.append(UInt32(next + i))
                    targets.append(UInt32(next + random.below(i)))
                }
            }
            next += size
        }
        // Shuffle lines and orientation; relabel nodes by a permutation.
        let edgeCount = sources.count
        var position = edgeCount - 1
        while position > 0 {
            let other = random.below(position + 1)
            sources.swapAt(position, other)
            targets.swapAt(position, other)
            position -= 1
        }
        for e in 0..<edgeCount where random.next() & 1 == 1 { swap(&sources[e], &targets[e]) }
        var label = (0..<n).map { UInt32($0) }
        position = n - 1
        while position > 0 {
            label.swapAt(position, random.below(position + 1))
            position -= 1
        }
        var out: [UInt8] = []
        out.reserveCapacity(edgeCount * 18 + 16)
        out.append(contentsOf: Array("source,target\n".utf8))
        func write(_ node: UInt32) {
            out.append(UInt8(ascii: "n"))
            var value = label[Int(node)]
            var digits: (UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8) = (0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
            var length = 0
            withUnsafeMutableBytes(of: &digits) { buffer in
                repeat {
                    buffer[length] = UInt8(ascii: "0") + UInt8(value % 10)
                    value /= 10
                    length += 1
                } while value > 0
                for index in stride(from: length - 1, through: 0, by: -1) { out.append(buffer[index]) }
            }
        }
        for e in 0..<edgeCount {
            write(sources[e])
            out.append(UInt8(ascii: ","))
            write(targets[e])
            out.append(UInt8(ascii: "\n"))
        }
        try Data(out).write(to: URL(fileURLWithPath: path))
        let anchor = "n\(label[mainNodes / 2])"
        return GraphMeta(
            name: name, nodes: n, edges: edgeCount, seed: seed, anchor: anchor,
            description: "Barabási–Albert (m = \(m)) on \(mainNodes) nodes + \(treeNodes) nodes in detached trees of 2–8")
    }

    /// CAVIAR (Morselli 2009; `../shared/datasets/morselli_caviar.csv`, a directed weighted
    /// adjacency matrix) as the simple undirected edge list every library can read: one line per
    /// tied pair.
    static func caviar(matrix: String, to path: String) throws -> GraphMeta {
        let text = try String(contentsOfFile: matrix, encoding: .utf8)
        let rows = text.split(whereSeparator: \.isNewline).map {
            $0.split(separator: ",", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: CharacterSet(charactersIn: "\"\u{FEFF} ")) }
        }
        let header = Array(rows[0].dropFirst())
        var pairs = Set<[String]>()
        var ordered: [(String, String)] = []
        for row in rows.dropFirst() where row.count == header.count + 1 {
            let from = row[0]
            for (column, cell) in row.dropFirst().enumerated() where (Double(cell) ?? 0) != 0 {
                let to = header[column]
                guard from != to else { continue }
                let key = from < to ? [from, to] : [to, from]
                if pairs.insert(key).inserted { ordered.append((from, to)) }
            }
        }
        var out = "source,target\n"
        for (from, to) in ordered { out += "\(from),\(to)\n" }
        try out.write(toFile: path, atomically: true, encoding: .utf8)
        let nodes = Set(ordered.flatMap { [$0.0, $0.1] }).count
        return GraphMeta(name: "caviar", nodes: nodes, edges: ordered.count, seed: 0, anchor: "1",
            description: "Project CAVIAR (Morselli 2009), ties in either direction merged")
    }
}
