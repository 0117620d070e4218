import CrimeGraph
import Yams

/// Reads YAML into a positioned ``DocumentNode`` tree through Yams (libyaml).
///
/// Anchors and aliases are allowed, but libyaml resolves an alias to the anchored node, so a
/// few lines can expand into billions of nodes ("billion laughs"). The conversion counts the
/// nodes it produces and stops past a budget proportional to the file's size.
enum YAMLReader {
    static func parse(_ text: String, file: String) throws(Diagnostic) -> DocumentNode {
        let root: Node?
        do {
            root = try Yams.compose(yaml: text)
        } catch let error as YamlError {
            throw diagnostic(for: error, file: file)
        } catch {
            throw Diagnostic(at: SourceLocation(file: file), "cannot read YAML: \(error)")
        }
        guard let root else { throw Diagnostic(at: SourceLocation(file: file), "the file holds no YAML document") }
        var budget = 4 * text.utf8.count + 10_000
        return try convert(root, file: file, budget: &budget, depth: 0)
    }

    static let maximumDepth = 512

    private static func location(_ mark: Mark?, file: String) -> SourceLocation {
        SourceLocation(file: file, line: mark?.line ?? 0, column: mark?.column ?? 0)
    }

    private static func convert(_ node: Node, file: String, budget: inout Int, depth: Int) throws(Diagnostic) -> DocumentNode {
        budget -= 1
        if budget < 0 {
            throw Diagnostic(at: location(node.mark, file: file),
                "YAML aliases expand to far more values than the file holds (an alias bomb?); write the values out")
        }
        if depth > maximumDepth {
            throw Diagnostic(at: location(node.mark, file: file), "nesting deeper than \(maximumDepth) levels")
        }
        let here = location(node.mark, file: file)
        switch node {
        case .scalar(let scalar):
            let explicitString = scalar.tag.description == "tag:yaml.org,2002:str"
            let quoted = explicitString || (scalar.style != .plain && scalar.style != .any)
            return DocumentNode(value: .scalar(scalar.string, isQuoted: quoted), location: here)
        case .sequence(let sequence):
            var items: [DocumentNode] = []
            items.reserveCapacity(sequence.count)
            for item in sequence { items.append(try convert(item, file: file, budget: &budget, depth: depth + 1)) }
            return DocumentNode(value: .sequence(items), location: here)
        case .mapping(let mapping):
            var pairs: [DocumentNode.Pair] = []
            pairs.reserveCapacity(mapping.count)
            for (key, value) in mapping {
                let keyNode = try convert(key, file: file, budget: &budget, depth: depth + 1)
                let valueNode = try convert(value, file: file, budget: &budget, depth: depth + 1)
                pairs.append(.init(key: keyNode, value: valueNode))
            }
            return DocumentNode(value: .mapping(pairs), location: here)
        case .alias(let alias):
            throw Diagnostic(at: location(alias.mark, file: file), "unresolved YAML alias")
        }
    }

    private static func diagnostic(for error: YamlError, file: String) -> Diagnostic {
        switch error {
        case .scanner(_, let problem, let mark, _), .parser(_, let problem, let mark, _), .composer(_, let problem, let mark, _):
            // libyaml stops at 1,000 levels with a message naming its C API.
            if problem.hasPrefix("Maximum nesting level") {
                return Diagnostic(at: location(mark, file: file), "nesting deeper than \(maximumDepth) levels")
            }
            return Diagnostic(at: location(mark, file: file), "YAML syntax error: \(problem)")
        case .duplicatedKeysInMapping(let duplicates, let context):
            let keys = duplicates.map { "'\($0)'" }.joined(separator: ", ")
            return Diagnostic(at: location(context.mark, file: file), "duplicate key \(keys) in a mapping")
        case .reader(let problem, let offset, _, _):
            return Diagnostic(at: SourceLocation(file: file), "cannot read YAML: \(problem)\(offset.map { " at byte \($0)" } ?? "")")
        default:
            return Diagnostic(at: SourceLocation(file: file), "cannot read YAML: \(error)")
        }
    }
}
