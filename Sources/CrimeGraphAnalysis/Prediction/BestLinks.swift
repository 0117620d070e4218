/// The best predicted links seen so far: all of them, or the best `limit` in a binary heap
/// whose root is the worst kept (lowest score; among equal scores, the pair ranked last).
struct BestLinks {
    private var links: [PredictedLink] = []
    private let limit: Int?
    private let rank: [Int32]

    init(limit: Int?, rank: [Int32]) {
        self.limit = limit
        self.rank = rank
    }

    /// Offers the pair (u, v), oriented by rank.
    mutating func offer(_ u: Int, _ v: Int, score: Double, commonNeighbors: Int) {
        let (first, second) = rank[u] < rank[v] ? (u, v) : (v, u)
        let link = PredictedLink(first: first, second: second, score: score, commonNeighbors: commonNeighbors)
        guard let limit else {
            links.append(link)
            return
        }
        if limit <= 0 { return }
        if links.count < limit {
            links.append(link)
            siftUp(links.count - 1)
        } else if isBetter(link, than: links[0]) {
            links[0] = link
            siftDown(0)
        }
    }

    /// The kept links, best first.
    func sorted() -> [PredictedLink] {
        links.sorted { isBetter($0, than: $1) }
    }

    /// Higher score first; equal scores by the ranks of the first, then the second end.
    private func isBetter(_ a: PredictedLink, than b: PredictedLink) -> Bool {
        if a.score != b.score { return a.score > b.score }
        if a.first != b.first { return rank[a.first] < rank[b.first] }
        return rank[a.second] < rank[b.second]
    }

    private mutating func siftUp(_ start: Int) {
        var child = start
        while child > 0 {
            let parent = (child - 1) / 2
            guard isBetter(links[parent], than: links[child]) else { break }
            links.swapAt(parent, child)
            child = parent
        }
    }

    private mutating func siftDown(_ start: Int) {
        var parent = start
        let count = links.count
        while true {
            let left = 2 * parent + 1
            if left >= count { break }
            var worst = left
            if left + 1 < count, isBetter(links[worst], than: links[left + 1]) { worst = left + 1 }
            guard isBetter(links[parent], than: links[worst]) else { break }
            links.swapAt(parent, worst)
            parent = worst
        }
    }
}
