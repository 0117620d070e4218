import CrimeGraph

/// Checks what needs every file loaded together: kinds are built in or declared, citations
/// name known sources and existing paragraphs, quotes occur where they are cited.
///
/// Structural problems are `CaseFileDecoder`'s, and duplicate ids and dangling references
/// `GraphBuilder`'s; ``GraphLoader`` runs all three and reports everything at once.
public enum CaseValidator {
    /// Every problem found, in file order.
    public static func validate(_ files: [CaseFile]) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        var entityKinds = Set(EntityKind.builtIn.map(\.key))
        var relationKinds = Set(RelationKind.builtIn.map(\.key))
        var sources: [String: (source: Source, text: SourceText?)] = [:]
        for file in files {
            for declaration in file.kinds { entityKinds.insert(EntityKind(rawValue: declaration.id)) }
            for declaration in file.relationKinds { relationKinds.insert(RelationKind(rawValue: declaration.id)) }
            for source in file.sources where sources[source.id] == nil {
                sources[source.id] = (source, sourceText(source, caseFile: file.path, diagnostics: &diagnostics))
            }
        }
        let kindNames = entityKinds.map(\.rawValue).sorted()
        let relationNames = relationKinds.map(\.rawValue).sorted()
        let sourceIDs = sources.keys.sorted()
        let anySources = !sources.isEmpty

        func checkCitations(_ citations: [Citation], owner: String, fallback: SourceLocation?) {
            for citation in citations {
                let location = citation.origin ?? fallback ?? SourceLocation(file: "<input>")
                guard let entry = sources[citation.source] else {
                    diagnostics.append(Diagnostic(at: location,
                        "\(owner) cites unknown source '\(citation.source)'\(hint(citation.source, sourceIDs))"))
                    continue
                }
                guard let text = entry.text, let paragraph = citation.paragraph else { continue }
                if text.paragraph(paragraph) == nil {
                    diagnostics.append(Diagnostic(at: location,
                        "\(owner) cites paragraph \(paragraph) of source '\(citation.source)', which has \(text.paragraphs.count) paragraphs"))
                } else if let quote = citation.quote, !text.paragraph(paragraph, contains: quote) {
                    diagnostics.append(Diagnostic(at: location,
                        "\(owner): quote \"\(quote)\" is not in paragraph \(paragraph) of source '\(citation.source)'"))
                }
            }
        }
        func checkProperties(_ properties: PropertyList, owner: String, fallback: SourceLocation?) {
            for property in properties {
                for quantity in property.value.quantities {
                    checkCitations(quantity.citations, owner: "\(owner): property '\(property.key)'", fallback: fallback)
                }
            }
        }

        for file in files {
            for entity in file.entities {
                let owner = "entity '\(entity.id)'"
                let location = entity.origin ?? SourceLocation(file: file.path ?? "<input>")
                if !entityKinds.contains(entity.kind) {
                    diagnostics.append(Diagnostic(at: location,
                        "\(owner): unknown kind '\(entity.kind)'\(hint(entity.kind.rawValue, kindNames)) (new kinds are declared under 'kinds:')"))
                }
                checkCitations(entity.citations, owner: owner, fallback: entity.origin)
                checkProperties(entity.properties, owner: owner, fallback: entity.origin)
                if anySources && entity.citations.isEmpty {
                    diagnostics.append(Diagnostic(.warning, at: location, "\(owner) cites no source"))
                }
            }
            var weighted = false
            for relationship in file.relationships {
                let owner = "relationship '\(relationship.id)'"
                let location = relationship.origin ?? SourceLocation(file: file.path ?? "<input>")
                if !relationKinds.contains(relationship.kind) {
                    diagnostics.append(Diagnostic(at: location,
                        "\(owner): unknown relation kind '\(relationship.kind)'\(hint(relationship.kind.rawValue, relationNames)) (new kinds are declared under 'relation_kinds:')"))
                }
                checkCitations(relationship.citations, owner: owner, fallback: relationship.origin)
                checkProperties(relationship.properties, owner: owner, fallback: relationship.origin)
                if anySources && relationship.citations.isEmpty {
                    diagnostics.append(Diagnostic(.warning, at: location, "\(owner) cites no source"))
                }
                weighted = weighted || relationship.weight != nil
            }
            if weighted && file.weightMeaning == nil && !files.contains(where: { $0.weightMeaning != nil }) {
                diagnostics.append(Diagnostic(.warning, at: SourceLocation(file: file.path ?? "<input>", line: 1, column: 1),
                    "relationships have weights but 'weight_meaning' is not declared; analysis assumes 'strength'"))
            }
        }
        return diagnostics
    }

    private static func hint(_ value: String, _ options: [String]) -> String {
        let close = Suggestions.closest(to: value, among: options, limit: 1)
        return close.first.map { "; did you mean '\($0)'?" } ?? ""
    }

    private static func sourceText(_ source: Source, caseFile: String?, diagnostics: inout [Diagnostic]) -> SourceText? {
        guard let file = source.file else { return nil }
        let path = SourceText.resolve(file, relativeTo: caseFile)
        do {
            return try SourceText(contentsOf: path)
        } catch {
            diagnostics.append(Diagnostic(.warning, at: source.origin ?? SourceLocation(file: caseFile ?? "<input>"),
                "source '\(source.id)': cannot read '\(file)' (\(error.message)); its paragraphs and quotes are not checked"))
            return nil
        }
    }
}
