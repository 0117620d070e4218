import CrimeGraph

/// What the streaming XML graph readers (GraphML, GEXF) share: one pass over the tokenizer's
/// events below a root element of a fixed name, problems collected by an ``ElementDecoder``,
/// and how the result is reported. A format supplies its root name, what its start and end
/// tags do, and what happens once the document has ended.
protocol XMLGraphReader {
    /// The root element's local name (`graphml`, `gexf`).
    static var rootElement: String { get }
    /// The format's name in messages (`GraphML`, `GEXF`).
    static var formatName: String { get }

    init(_ input: InputText, options: ReadOptions)

    var tokenizer: XMLTokenizer { get set }
    var decoder: ElementDecoder { get }
    /// Character data since the reader last cleared it.
    var text: String { get set }

    /// Handles a start tag below the root.
    mutating func start(_ tag: XMLStartTag, _ builder: inout GraphBuilder) throws(Diagnostic)
    /// Handles an end tag, by local name.
    mutating func end(_ local: String, _ builder: inout GraphBuilder)
    /// Runs once the document has ended: adds what was held back (edges whose nodes may come
    /// later) and warns about what the document lacked.
    mutating func finish(_ builder: inout GraphBuilder)
}

extension XMLGraphReader {
    /// Reads a document into `builder`.
    /// - Returns: warnings.
    /// - Throws: every error found (an XML syntax error stops the reading at once).
    static func read(_ input: InputText, options: ReadOptions, into builder: inout GraphBuilder) throws(DiagnosticsError) -> [Diagnostic] {
        var reader = Self(input, options: options)
        do {
            try reader.run(&builder)
        } catch {
            throw DiagnosticsError(reader.decoder.diagnostics.filter { $0.severity == .error } + [error])
        }
        if reader.decoder.diagnostics.contains(where: { $0.severity == .error }) { throw DiagnosticsError(reader.decoder.diagnostics) }
        return reader.decoder.diagnostics
    }

    private mutating func run(_ builder: inout GraphBuilder) throws(Diagnostic) {
        var isRoot = true
        while let event = try tokenizer.next() {
            switch event {
            case .start(let tag):
                if isRoot {
                    isRoot = false
                    guard tag.localName == Self.rootElement else {
                        throw tokenizer.failure(
                            at: tag.offset,
                            "not a \(Self.formatName) document: the root element is <\(tag.name)>, not <\(Self.rootElement)>")
                    }
                    continue
                }
                try start(tag, &builder)
            case .end(_, let local, _):
                end(local, &builder)
            case .text(let chunk, _):
                text += chunk
            }
        }
        finish(&builder)
    }
}
