/// A DOT attribute list: names in the order first assigned, a later assignment replacing the
/// value in place (as Graphviz does).
///
/// Past a few entries, names are found through a dictionary, so an element with thousands of
/// attributes, or thousands of statements adding to one node, reads in linear time rather than
/// quadratic (a hostile file of 190 KB took minutes before).
struct DOTAttributes: Sendable, Sequence {
    /// The attributes in order.
    private(set) var entries: [(name: String, value: String)] = []
    /// Positions by name, kept once the list is longer than ``linearLimit``.
    private var positions: [String: Int] = [:]
    private static let linearLimit = 8

    init() {}

    init(_ entries: [(name: String, value: String)]) {
        for entry in entries { set(entry.name, entry.value) }
    }

    var count: Int { entries.count }
    var isEmpty: Bool { entries.isEmpty }

    func makeIterator() -> IndexingIterator<[(name: String, value: String)]> { entries.makeIterator() }

    /// Assigns `value` to `name`, in place when the name is already there.
    mutating func set(_ name: String, _ value: String) {
        if entries.count <= Self.linearLimit {
            if let index = entries.firstIndex(where: { $0.name == name }) {
                entries[index].value = value
                return
            }
            entries.append((name, value))
            if entries.count > Self.linearLimit {
                for (index, entry) in entries.enumerated() { positions[entry.name] = index }
            }
            return
        }
        if let index = positions[name] {
            entries[index].value = value
        } else {
            positions[name] = entries.count
            entries.append((name, value))
        }
    }

    /// Assigns every attribute of `changes`, in its order.
    mutating func merge(_ changes: DOTAttributes) {
        for change in changes.entries { set(change.name, change.value) }
    }

    /// This list with `changes` assigned.
    func merging(_ changes: DOTAttributes) -> DOTAttributes {
        if changes.isEmpty { return self }
        var result = self
        result.merge(changes)
        return result
    }
}
