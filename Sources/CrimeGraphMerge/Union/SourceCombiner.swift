import CrimeGraph
import CrimeGraphIO

/// Sources with one id in several files: one source when they agree, an error when they do not.
///
/// Two records agree when every field either is equal or is missing from one of them (a file
/// that adds a reliability grade or an access date to a source another file names is not a
/// conflict); the combined source has every field either gives. A source's `file` is compared,
/// and kept, resolved against the folder of the case file that names it.
enum SourceCombiner {
    /// The combined sources in first-seen order, and the problems.
    /// - Complexity: O(s) for s source records.
    static func combine(_ files: [CaseFile]) -> (sources: [Source], diagnostics: [Diagnostic]) {
        var sources: [Source] = []
        var index: [String: Int] = [:]
        var diagnostics: [Diagnostic] = []
        for file in files {
            var seenHere = Set<String>()
            for var source in file.sources {
                if let path = source.file { source.file = SourceText.resolve(path, relativeTo: file.path) }
                let location = source.origin ?? SourceLocation(file: file.path ?? "<input>")
                guard let existing = index[source.id] else {
                    seenHere.insert(source.id)
                    index[source.id] = sources.count
                    sources.append(source)
                    continue
                }
                let first = sources[existing]
                if !seenHere.insert(source.id).inserted {
                    diagnostics.append(Diagnostic(at: location,
                        "duplicate source id '\(source.id)' (first defined at \(RelationshipCombiner.place(first.origin)))"))
                    continue
                }
                if let field = disagreement(first, source) {
                    diagnostics.append(Diagnostic(at: location,
                        "source '\(source.id)' has a different \(field) than at \(RelationshipCombiner.place(first.origin)); give one of them another id"))
                    continue
                }
                sources[existing] = filled(first, with: source)
            }
        }
        return (sources, diagnostics)
    }

    /// The first field on which the two records disagree, if any.
    private static func disagreement(_ a: Source, _ b: Source) -> String? {
        if a.title != b.title { return "title" }
        if a.publisher != b.publisher, a.publisher != "unknown", b.publisher != "unknown" { return "publisher" }
        let optional: [(String, String?, String?)] = [
            ("date", a.date?.description, b.date?.description), ("file", a.file, b.file), ("url", a.url, b.url),
            ("accessed", a.accessed?.description, b.accessed?.description),
            ("reliability", a.reliability?.description, b.reliability?.description), ("language", a.language, b.language),
            ("notes", a.notes, b.notes),
        ]
        for (name, first, second) in optional {
            if let first, let second, first != second { return name }
        }
        return nil
    }

    private static func filled(_ a: Source, with b: Source) -> Source {
        var result = a
        if result.publisher == "unknown" { result.publisher = b.publisher }
        result.date = a.date ?? b.date
        result.file = a.file ?? b.file
        result.url = a.url ?? b.url
        result.accessed = a.accessed ?? b.accessed
        result.reliability = a.reliability ?? b.reliability
        result.language = a.language ?? b.language
        result.notes = a.notes ?? b.notes
        return result
    }
}
