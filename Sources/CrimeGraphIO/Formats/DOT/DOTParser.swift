import CrimeGraph

/// A DOT graph as parsed: nodes in order of first mention with their attributes (defaults
/// applied), and edges with theirs.
struct DOTDocument: Sendable {
    struct Element: Sendable {
        var id: String
        var to: String = ""
        var attributes = DOTAttributes()
        var offset: Int
    }

    var isDirected = true
    var name: String?
    var graphAttributes = DOTAttributes()
    var nodes: [Element] = []
    var edges: [Element] = []
}

/// A recursive-descent parser of the DOT grammar (graphviz.org/doc/info/lang.html): `strict`,
/// `graph`/`digraph`, statements, attribute lists and defaults (`node [...]`, `edge [...]`)
/// scoped by subgraphs, `ID = ID` graph attributes, edge chains `a -> b -> c`, subgraphs as
/// edge ends (every member joined), ports (ignored). No Graphviz code is involved.
/// - Complexity: O(n) plus the edges a subgraph end expands to.
struct DOTParser {
    private var lexer: DOTLexer
    private var token: DOTToken
    private var peeked: DOTToken?
    private var document = DOTDocument()
    private var nodeIndex: [String: Int] = [:]
    private var depth = 0
    /// How many edges the file may make: subgraph ends multiply (`{a b} -> {c d}` is four
    /// edges), so a few kilobytes could otherwise ask for billions. A plain edge statement
    /// takes at least four bytes, so no file that writes its edges out comes near this.
    private var edgeBudget = 0

    private struct Scope {
        var nodeDefaults = DOTAttributes()
        var edgeDefaults = DOTAttributes()
    }

    /// Parses one graph.
    /// - Throws: a problem at its byte offset.
    static func parse(_ bytes: [UInt8]) throws(DOTLexer.Problem) -> DOTDocument {
        var parser = DOTParser(lexer: DOTLexer(bytes: bytes), token: DOTToken(kind: .end, text: "", isQuoted: false, isHTML: false, offset: 0))
        parser.edgeBudget = bytes.count + 1_000_000
        try parser.advance()
        try parser.graph()
        return parser.document
    }

    private mutating func advance() throws(DOTLexer.Problem) {
        if let next = peeked {
            token = next
            peeked = nil
        } else {
            token = try lexer.next()
        }
    }

    private mutating func peek() throws(DOTLexer.Problem) -> DOTToken {
        if let peeked { return peeked }
        let next = try lexer.next()
        peeked = next
        return next
    }

    private func fail(_ message: String) -> DOTLexer.Problem { DOTLexer.Problem(offset: token.offset, message: message) }

    private func isPunctuation(_ character: Character) -> Bool {
        if case .punctuation(let byte) = token.kind, let ascii = character.asciiValue { return byte == ascii }
        return false
    }

    private mutating func expect(_ character: Character, _ context: String) throws(DOTLexer.Problem) {
        guard isPunctuation(character) else { throw fail("expected '\(character)' \(context)") }
        try advance()
    }

    private static let keywords: Set<String> = ["strict", "graph", "digraph", "node", "edge", "subgraph"]

    private mutating func identifier(_ what: String) throws(DOTLexer.Problem) -> String {
        guard token.kind == .id else { throw fail("expected \(what)") }
        if !token.isQuoted, Self.keywords.contains(token.text.lowercased()) {
            throw fail("'\(token.text)' is a DOT keyword; put it in quotes to use it as \(what)")
        }
        let text = token.text
        try advance()
        return text
    }

    // MARK: Grammar

    private mutating func graph() throws(DOTLexer.Problem) {
        if token.isKeyword("strict") { try advance() }
        if token.isKeyword("digraph") {
            document.isDirected = true
        } else if token.isKeyword("graph") {
            document.isDirected = false
        } else {
            throw fail(token.kind == .end ? "the file holds no graph" : "a DOT file starts with 'graph' or 'digraph'")
        }
        try advance()
        if token.kind == .id { document.name = try identifier("a graph name") }
        try expect("{", "to open the graph")
        var scope = Scope()
        _ = try statements(&scope, topLevel: true)
        try expect("}", "to close the graph")
        if token.kind != .end {
            throw fail("text after the end of the graph (CrimeGraph reads one graph per DOT file)")
        }
    }

    /// Statements up to the closing brace; returns the nodes mentioned.
    private mutating func statements(_ scope: inout Scope, topLevel: Bool) throws(DOTLexer.Problem) -> [String] {
        depth += 1
        defer { depth -= 1 }
        if depth > 200 { throw fail("subgraphs nested more than 200 deep") }
        var members: [String] = []
        while !isPunctuation("}") {
            if token.kind == .end { throw fail("the file ends before the graph's closing '}'") }
            try statement(&scope, topLevel: topLevel, members: &members)
            if isPunctuation(";") { try advance() }
        }
        return members
    }

    private mutating func statement(_ scope: inout Scope, topLevel: Bool, members: inout [String]) throws(DOTLexer.Problem) {
        if token.isKeyword("graph") || token.isKeyword("node") || token.isKeyword("edge") {
            let which = token.text.lowercased()
            try advance()
            let attributes = try attributeLists(required: true)
            switch which {
            case "graph": if topLevel { document.graphAttributes.merge(attributes) }
            case "node": scope.nodeDefaults.merge(attributes)
            default: scope.edgeDefaults.merge(attributes)
            }
            return
        }
        if token.kind == .id, !token.isKeyword("subgraph"), case .punctuation(let byte) = try peek().kind, byte == UInt8(ascii: "=") {
            let name = try identifier("an attribute name")
            try advance()
            let value = try identifier("a value for '\(name)'")
            if topLevel { document.graphAttributes.set(name, value) }
            return
        }
        let offset = token.offset
        var ends = [try endpoint(&scope, members: &members)]
        var directions: [Bool] = []
        while case .edgeOperator(let directed) = token.kind {
            if directed != document.isDirected {
                throw fail(directed ? "'->' in an undirected graph: use '--' (or write 'digraph')" : "'--' in a directed graph: use '->' (or write 'graph')")
            }
            directions.append(directed)
            try advance()
            ends.append(try endpoint(&scope, members: &members))
        }
        let attributes = try attributeLists(required: false)
        if ends.count == 1 {
            if let id = ends[0].single { mergeNode(id, attributes) }
            return
        }
        let edgeAttributes = scope.edgeDefaults.merging(attributes)
        for position in 1..<ends.count {
            edgeBudget -= ends[position - 1].nodes.count * ends[position].nodes.count
            if edgeBudget < 0 {
                throw DOTLexer.Problem(offset: offset, message:
                    "subgraphs as edge ends make more edges than the file could write out (\(document.edges.count) and more); write the edges out")
            }
            for from in ends[position - 1].nodes {
                for to in ends[position].nodes {
                    document.edges.append(DOTDocument.Element(id: from, to: to, attributes: edgeAttributes, offset: offset))
                }
            }
        }
    }

    /// A node id (with an optional port) or a subgraph: the nodes it stands for.
    private mutating func endpoint(_ scope: inout Scope, members: inout [String]) throws(DOTLexer.Problem) -> (nodes: [String], single: String?) {
        if token.isKeyword("subgraph") || isPunctuation("{") {
            if token.isKeyword("subgraph") {
                try advance()
                if token.kind == .id { _ = try identifier("a subgraph name") }
            }
            try expect("{", "to open the subgraph")
            var inner = scope
            let nodes = try statements(&inner, topLevel: false)
            try expect("}", "to close the subgraph")
            members += nodes
            return (nodes, nil)
        }
        let offset = token.offset
        let id = try identifier("a node id")
        if isPunctuation(":") {
            try advance()
            _ = try identifier("a port")
            if isPunctuation(":") {
                try advance()
                _ = try identifier("a compass point")
            }
        }
        touch(id, scope, offset)
        members.append(id)
        return ([id], id)
    }

    private mutating func attributeLists(required: Bool) throws(DOTLexer.Problem) -> DOTAttributes {
        var result = DOTAttributes()
        if required && !isPunctuation("[") { throw fail("expected '[' after graph, node or edge") }
        while isPunctuation("[") {
            try advance()
            while !isPunctuation("]") {
                if token.kind == .end { throw fail("the file ends inside an attribute list") }
                let name = try identifier("an attribute name")
                var value = "true"
                if isPunctuation("=") {
                    try advance()
                    value = try identifier("a value for '\(name)'")
                }
                result.set(name, value)
                if isPunctuation(",") || isPunctuation(";") { try advance() }
            }
            try advance()
        }
        return result
    }

    private mutating func touch(_ id: String, _ scope: Scope, _ offset: Int) {
        guard nodeIndex[id] == nil else { return }
        nodeIndex[id] = document.nodes.count
        document.nodes.append(DOTDocument.Element(id: id, attributes: scope.nodeDefaults, offset: offset))
    }

    private mutating func mergeNode(_ id: String, _ attributes: DOTAttributes) {
        guard let index = nodeIndex[id] else { return }
        document.nodes[index].attributes.merge(attributes)
    }
}
