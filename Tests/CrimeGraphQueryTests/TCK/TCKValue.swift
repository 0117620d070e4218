import CrimeGraph
import CrimeGraphQuery
import Foundation

/// A value as the TCK writes expected results: Cypher literals, plus nodes `(:A {k: 1})`,
/// relationships `[:T {k: 1}]` and paths `<(:A)-[:T]->(:B)>`. Temporal values are written
/// as strings (`'1910-05-06'`).
indirect enum TCKValue: Equatable, CustomStringConvertible {
    case null
    case boolean(Bool)
    case integer(Int)
    case float(Double)
    case string(String)
    case list([TCKValue])
    case map([String: TCKValue])
    case node(labels: Set<String>, properties: [String: TCKValue])
    case relationship(type: String, properties: [String: TCKValue])
    /// The first node, then (relationship, points forward, node) per hop.
    case path(TCKValue, [(TCKValue, Bool, TCKValue)])

    static func == (lhs: TCKValue, rhs: TCKValue) -> Bool { lhs.description == rhs.description }

    var description: String {
        switch self {
        case .null: return "null"
        case .boolean(let flag): return String(flag)
        case .integer(let number): return String(number)
        case .float(let number): return number.isNaN ? "NaN" : String(number)
        case .string(let text): return "'\(text)'"
        case .list(let items): return "[" + items.map(\.description).joined(separator: ", ") + "]"
        case .map(let map): return "{" + map.keys.sorted().map { "\($0): \(map[$0]!)" }.joined(separator: ", ") + "}"
        case .node(let labels, let properties):
            return "(" + labels.sorted().map { ":" + $0 }.joined() + " " + TCKValue.map(properties).description + ")"
        case .relationship(let type, let properties): return "[:\(type) \(TCKValue.map(properties))]"
        case .path(let first, let hops):
            return "<" + first.description + hops.map { "\($0.1 ? "-" : "<-")\($0.0)\($0.1 ? "->" : "-")\($0.2)" }.joined() + ">"
        }
    }

    /// The expected form of an actual result value, for comparison and messages. With
    /// `unorderedLists`, list elements are sorted so that element order does not matter.
    init(_ value: QueryValue, unorderedLists: Bool = false) {
        switch value {
        case .null: self = .null
        case .boolean(let flag): self = .boolean(flag)
        case .integer(let number): self = .integer(number)
        case .float(let number): self = .float(number)
        case .string(let text): self = .string(text)
        case .date(let date): self = .string(date.iso)
        case .list(let items):
            let converted = items.map { TCKValue($0, unorderedLists: unorderedLists) }
            self = .list(unorderedLists ? converted.sorted { $0.description < $1.description } : converted)
        case .map(let map): self = .map(TCKValue.dictionary(map, unorderedLists))
        case .node(let node): self = .node(labels: Set(node.labels), properties: TCKValue.dictionary(node.properties, unorderedLists))
        case .relationship(let relationship):
            self = .relationship(type: relationship.type, properties: TCKValue.dictionary(relationship.properties, unorderedLists))
        case .path(let path):
            var hops: [(TCKValue, Bool, TCKValue)] = []
            var previous = path.nodes.first?.index ?? -1
            for (relationship, node) in zip(path.relationships, path.nodes.dropFirst()) {
                hops.append((TCKValue(.relationship(relationship)), relationship.startIndex == previous, TCKValue(.node(node))))
                previous = node.index
            }
            self = .path(path.nodes.first.map { TCKValue(.node($0)) } ?? .null, hops)
        }
    }

    static func dictionary(_ map: QueryMap, _ unorderedLists: Bool) -> [String: TCKValue] {
        var result: [String: TCKValue] = [:]
        for entry in map { result[entry.key] = TCKValue(entry.value, unorderedLists: unorderedLists) }
        return result
    }

    /// With list elements sorted (for "ignoring element order for lists").
    var withSortedLists: TCKValue {
        switch self {
        case .list(let items): return .list(items.map(\.withSortedLists).sorted { $0.description < $1.description })
        case .map(let map): return .map(map.mapValues(\.withSortedLists))
        default: return self
        }
    }

    /// Whether an actual value matches this expected one (floats within a relative 1e-9).
    func matches(_ actual: TCKValue) -> Bool {
        switch (self, actual) {
        case (.float(let a), .float(let b)):
            if a.isNaN || b.isNaN { return a.isNaN && b.isNaN }
            return a == b || abs(a - b) <= 1e-9 * max(abs(a), abs(b))
        case (.list(let a), .list(let b)): return a.count == b.count && zip(a, b).allSatisfy { $0.matches($1) }
        case (.map(let a), .map(let b)): return TCKValue.matches(a, b)
        case (.node(let la, let pa), .node(let lb, let pb)): return la == lb && TCKValue.matches(pa, pb)
        case (.relationship(let ta, let pa), .relationship(let tb, let pb)): return ta == tb && TCKValue.matches(pa, pb)
        case (.path(let fa, let ha), .path(let fb, let hb)):
            return fa.matches(fb) && ha.count == hb.count
                && zip(ha, hb).allSatisfy { $0.0.matches($1.0) && $0.1 == $1.1 && $0.2.matches($1.2) }
        default: return self == actual
        }
    }

    static func matches(_ a: [String: TCKValue], _ b: [String: TCKValue]) -> Bool {
        a.count == b.count && a.allSatisfy { key, value in b[key].map { value.matches($0) } ?? false }
    }
}
