import CrimeGraph

extension GraphLoader {
    /// Reads one input already in memory — a case file or any other readable format — with the
    /// same checks as `load(_:options:)` gives a file, and builds its graph.
    ///
    /// For input that does not come from a file of its own: standard input, a network request,
    /// a fuzzer. `file` names the input in messages; a case file's sources' text files are
    /// resolved from its folder.
    ///
    /// ```swift
    /// let loaded = try GraphLoader.load(bytes: Array(text.utf8), named: "pasted.graphml", format: .graphML)
    /// ```
    /// - Throws: `DiagnosticsError` with every error and warning when any error is found.
    public static func load(
        bytes: [UInt8], named file: String, format: FileFormat, options: ReadOptions = ReadOptions()
    ) throws(DiagnosticsError) -> LoadedGraph {
        guard format.canRead else {
            throw DiagnosticsError([Diagnostic(at: SourceLocation(file: file),
                "CrimeGraph writes \(format.name) but does not read it")])
        }
        var builder = GraphBuilder()
        if format.isCaseFile {
            let caseFile = try CaseFileReader.decode(bytes, file: file, format: format == .yaml ? .yaml : .json)
            builder.add(caseFile)
            return try finish(builder, caseFiles: [caseFile], diagnostics: CaseValidator.validate([caseFile]))
        }
        let input: InputText
        do {
            input = try InputText(bytes: bytes, file: file)
        } catch {
            throw DiagnosticsError([error])
        }
        builder.noteFile(file)
        let warnings = try format.read(input, options: options, into: &builder)
        return try finish(builder, caseFiles: [], diagnostics: warnings)
    }
}
