import CrimeGraph
import Foundation
import Yams

/// Reads a decisions file (YAML or JSON, which YAML includes), reporting every problem with its
/// `file:line:column`.
///
/// This checks the file's own shape (known keys, ids that are valid slugs, a version this
/// library reads); whether the ids name entities of the files being merged, and whether the
/// merges form cycles, is checked against those files by ``CaseMerger``.
public enum DecisionsReader {
    /// Reads the decisions file at `path`.
    /// - Throws: `DiagnosticsError` with every problem found.
    public static func read(path: String) throws(DiagnosticsError) -> MergeDecisions {
        let text: String
        do {
            text = try String(contentsOfFile: path, encoding: .utf8)
        } catch {
            throw DiagnosticsError([Diagnostic(at: SourceLocation(file: path), "cannot read the decisions file: \(error.localizedDescription)")])
        }
        return try decode(text, file: path)
    }

    /// Decodes decisions from `text`; `file` names it in messages.
    /// - Throws: `DiagnosticsError` with every problem found.
    public static func decode(_ text: String, file: String) throws(DiagnosticsError) -> MergeDecisions {
        let root: Node
        do {
            guard let node = try Yams.compose(yaml: text) else {
                throw DiagnosticsError([Diagnostic(at: SourceLocation(file: file), "the decisions file is empty")])
            }
            root = node
        } catch let error as DiagnosticsError {
            throw error
        } catch let error as YamlError {
            throw DiagnosticsError([Diagnostic(at: SourceLocation(file: file), "cannot read the decisions file: \(error)")])
        } catch {
            throw DiagnosticsError([Diagnostic(at: SourceLocation(file: file), "cannot read the decisions file: \(error)")])
        }
        var reader = DecisionsDecoder(file: file, budget: 4 * text.utf8.count + 1_000)
        let decisions = reader.decode(root)
        if reader.diagnostics.contains(where: { $0.severity == .error }) { throw DiagnosticsError(reader.diagnostics) }
        return decisions
    }
}

/// Walks the YAML tree of a decisions file, collecting every problem.
struct DecisionsDecoder {
    let file: String
    var diagnostics: [Diagnostic] = []
    /// Values left to read: YAML aliases can make a short file expand into a huge tree.
    var budget: Int

    init(file: String, budget: Int) {
        self.file = file
        self.budget = budget
    }

    /// Counts one value read; false (once reported) when the budget is spent.
    mutating func spend(_ node: Node) -> Bool {
        budget -= 1
        if budget == -1 {
            error(node, "the decisions file expands to far more values than it holds (YAML aliases?); write the values out")
        }
        return budget >= 0
    }

    func location(_ node: Node) -> SourceLocation {
        SourceLocation(file: file, line: node.mark?.line ?? 0, column: node.mark?.column ?? 0)
    }

    mutating func error(_ node: Node, _ message: String) {
        diagnostics.append(Diagnostic(at: location(node), message))
    }

    mutating func decode(_ root: Node) -> MergeDecisions {
        var decisions = MergeDecisions(path: file)
        guard let fields = fields(root, "the decisions file", allowed: ["decisions_version", "merge", "distinct", "pending"])
        else { return decisions }
        if let version = fields["decisions_version"] {
            if version.scalar?.string != String(MergeDecisions.version) {
                error(version, "decisions_version must be \(MergeDecisions.version), found '\(version.scalar?.string ?? "a collection")'")
            }
        } else {
            error(root, "the decisions file: missing required field 'decisions_version' (write 'decisions_version: \(MergeDecisions.version)')")
        }
        decisions.merges = items(fields["merge"], "merge").compactMap { merge($0, "merge entry") }
        decisions.pending = items(fields["pending"], "pending").compactMap { merge($0, "pending entry") }
        decisions.distinct = items(fields["distinct"], "distinct").compactMap { distinct($0) }
        return decisions
    }

    private mutating func merge(_ node: Node, _ what: String) -> MergeDecisions.Merge? {
        guard let fields = fields(node, what, allowed: ["keep", "absorb", "score", "reasons"]) else { return nil }
        guard let keepNode = fields["keep"] else {
            error(node, "\(what): missing required field 'keep'")
            return nil
        }
        guard let absorbNode = fields["absorb"] else {
            error(node, "\(what): missing required field 'absorb'")
            return nil
        }
        guard let keep = slug(keepNode, "'keep'") else { return nil }
        let absorbed = ids(absorbNode, "'absorb'")
        guard !absorbed.isEmpty else {
            error(absorbNode, "\(what): 'absorb' names no id")
            return nil
        }
        return MergeDecisions.Merge(keep: keep, absorb: absorbed.map(\.id), score: score(fields["score"]),
                                    reasons: reasons(fields["reasons"]), origin: location(node), keepOrigin: location(keepNode),
                                    absorbOrigins: absorbed.map(\.location))
    }

    private mutating func distinct(_ node: Node) -> MergeDecisions.Distinct? {
        guard let fields = fields(node, "distinct entry", allowed: ["ids", "score", "reasons"]) else { return nil }
        guard let idsNode = fields["ids"] else {
            error(node, "distinct entry: missing required field 'ids'")
            return nil
        }
        let named = ids(idsNode, "'ids'")
        guard named.count >= 2 else {
            error(idsNode, "distinct entry: 'ids' must name at least two entities")
            return nil
        }
        return MergeDecisions.Distinct(ids: named.map(\.id), score: score(fields["score"]), reasons: reasons(fields["reasons"]),
                                       origin: location(node), idOrigins: named.map(\.location))
    }

    private mutating func fields(_ node: Node, _ what: String, allowed: [String]) -> [String: Node]? {
        guard spend(node) else { return nil }
        guard case .mapping(let mapping) = node else {
            error(node, "\(what) must be a mapping")
            return nil
        }
        var result: [String: Node] = [:]
        for (key, value) in mapping {
            guard let name = key.scalar?.string else {
                error(key, "\(what): keys must be plain words")
                continue
            }
            guard allowed.contains(name) else {
                let close = Suggestions.closest(to: name, among: allowed, limit: 1)
                error(key, "\(what): unknown field '\(name)'" + (close.first.map { "; did you mean '\($0)'?" } ?? "; allowed: " + allowed.joined(separator: ", ")))
                continue
            }
            result[name] = value
        }
        return result
    }

    private mutating func items(_ node: Node?, _ what: String) -> [Node] {
        guard let node else { return [] }
        if let scalar = node.scalar, ["", "null", "~"].contains(scalar.string) { return [] }
        guard case .sequence(let sequence) = node else {
            error(node, "'\(what)' must be a list")
            return []
        }
        return Array(sequence)
    }

    private mutating func slug(_ node: Node, _ what: String) -> String? {
        guard let text = node.scalar?.string else {
            error(node, "\(what) must be an entity id")
            return nil
        }
        guard EntityKind.isSlug(text) else {
            error(node, "\(what): '\(text)' is not an entity id (lowercase letters, digits, '.', '_' or '-')")
            return nil
        }
        return text
    }

    private mutating func ids(_ node: Node, _ what: String) -> [(id: String, location: SourceLocation)] {
        let nodes: [Node]
        if case .sequence(let sequence) = node { nodes = Array(sequence) } else { nodes = [node] }
        var result: [(id: String, location: SourceLocation)] = []
        for item in nodes {
            guard spend(item) else { break }
            if let id = slug(item, what) { result.append((id, location(item))) }
        }
        return result
    }

    private mutating func score(_ node: Node?) -> Double? {
        guard let node else { return nil }
        guard let text = node.scalar?.string, let value = Double(text), (0...1).contains(value) else {
            error(node, "'score' must be a number from 0 to 1")
            return nil
        }
        return value
    }

    private mutating func reasons(_ node: Node?) -> [String] {
        guard let node else { return [] }
        if let text = node.scalar?.string { return [text] }
        guard case .sequence(let sequence) = node else {
            error(node, "'reasons' must be a list of texts")
            return []
        }
        var result: [String] = []
        for item in sequence {
            guard spend(item) else { break }
            if let text = item.scalar?.string { result.append(text) } else { error(item, "each of 'reasons' must be text") }
        }
        return result
    }
}
