import CrimeGraph
import CrimeGraphIO

/// Several files as one case, by id, where records of one id in different files are combined
/// instead of refused: the ground `duplicates` and `merge` stand on.
///
/// Loading files together for analysis (`GraphLoader`) refuses an id defined differently in
/// two files, because an analysis must not silently pick one. Combining sources is the point of
/// a merge, so here the records of one id are combined as `EntityCombiner` says (every alias,
/// property value and citation kept). What cannot be combined is an error naming both places:
/// an id that is a person in one file and a company in another, a relationship id naming two
/// different ties, a source id for two different sources, files that disagree on `directed`.
public struct CaseUnion: Sendable {
    /// The combined case: sources (with `file` paths resolved), entities and relationships in
    /// first-seen order. It has no path.
    public let caseFile: CaseFile
    /// The combined case, indexed.
    public let graph: Graph
    /// The files as read.
    public let inputs: [CaseFile]
    /// Ids whose records in several files were combined, in first-seen order.
    public let combinedIDs: [String]
    /// Combined entities and relationships whose records disagreed, kept side by side.
    public let conflicts: [KeptConflict]
    /// Warnings from reading and checking the files.
    public let warnings: [Diagnostic]

    /// Reads the files at `paths` (case files, or any format `GraphLoader` reads) and
    /// combines them.
    /// - Throws: `DiagnosticsError` with every problem of every file.
    public static func load(_ paths: [String], options: ReadOptions = ReadOptions()) throws(DiagnosticsError) -> CaseUnion {
        var files: [CaseFile] = []
        var caseFiles: [CaseFile] = []
        var diagnostics: [Diagnostic] = []
        for path in paths {
            let format = options.format ?? FileFormat(path: path)
            do throws(DiagnosticsError) {
                if format?.isCaseFile ?? true {
                    let file = try CaseFileReader.read(path: path, format: format.flatMap { CaseFileReader.Format(rawValue: $0.rawValue) })
                    files.append(file)
                    caseFiles.append(file)
                } else {
                    var file = try GraphLoader.load([path], options: options).graph.caseFile()
                    file.path = path
                    files.append(file)
                }
            } catch {
                diagnostics += error.diagnostics
            }
        }
        if diagnostics.contains(where: { $0.severity == .error }) { throw DiagnosticsError(diagnostics) }
        diagnostics += CaseValidator.validate(caseFiles)
        do throws(DiagnosticsError) {
            let union = try combine(files)
            if diagnostics.contains(where: { $0.severity == .error }) { throw DiagnosticsError(diagnostics + union.warnings) }
            return CaseUnion(caseFile: union.caseFile, graph: union.graph, inputs: files, combinedIDs: union.combinedIDs,
                             conflicts: union.conflicts, warnings: diagnostics + union.warnings)
        } catch {
            throw DiagnosticsError(diagnostics + error.diagnostics)
        }
    }

    /// Combines case files already read.
    /// - Throws: `DiagnosticsError` naming both places of every record that cannot be combined.
    /// - Complexity: O(n + m) records, plus the cost of combining repeated ids.
    public static func combine(_ files: [CaseFile]) throws(DiagnosticsError) -> CaseUnion {
        var diagnostics: [Diagnostic] = []
        let settings = CaseSettings.combine(files, diagnostics: &diagnostics)
        let (sources, sourceProblems) = SourceCombiner.combine(files)
        diagnostics += sourceProblems

        var order: [String] = []
        var records: [String: [Entity]] = [:]
        for file in files {
            var seenHere = Set<String>()
            for entity in file.entities {
                let repeated = !seenHere.insert(entity.id).inserted
                guard let first = records[entity.id]?.first else {
                    order.append(entity.id)
                    records[entity.id] = [entity]
                    continue
                }
                let here = entity.origin ?? SourceLocation(file: file.path ?? "<input>")
                if repeated {
                    diagnostics.append(Diagnostic(at: here,
                        "duplicate entity id '\(entity.id)' (first defined at \(RelationshipCombiner.place(first.origin)))"))
                } else if entity.kind != first.kind {
                    diagnostics.append(Diagnostic(at: here,
                        "entity '\(entity.id)' is a \(entity.kind) here but a \(first.kind) at \(RelationshipCombiner.place(first.origin)); one id cannot name two kinds of thing: give one of them another id"))
                } else {
                    records[entity.id, default: []].append(entity)
                }
            }
        }
        var entities: [Entity] = []
        var combinedIDs: [String] = []
        var conflicts: [KeptConflict] = []
        for id in order {
            guard let group = records[id] else { continue }
            if group.count > 1 { combinedIDs.append(id) }
            let combined = EntityCombiner.combine(group, absorbed: [])
            if !combined.conflictingFields.isEmpty {
                conflicts.append(KeptConflict(id: id, element: .entity, fields: combined.conflictingFields))
            }
            entities.append(combined.entity)
        }
        let inputs = files.enumerated().flatMap { index, file in
            file.relationships.map { RelationshipCombiner.Input(relationship: $0, file: index) }
        }
        let relationships = RelationshipCombiner.combine(inputs, mapping: [:])
        diagnostics += relationships.diagnostics
        conflicts += relationships.conflicts

        var caseFile = settings
        caseFile.sources = sources
        caseFile.entities = entities
        caseFile.relationships = relationships.relationships
        var builder = GraphBuilder()
        builder.add(caseFile)
        do throws(DiagnosticsError) {
            let graph = try builder.build()
            if diagnostics.contains(where: { $0.severity == .error }) { throw DiagnosticsError(diagnostics) }
            return CaseUnion(caseFile: caseFile, graph: graph, inputs: files, combinedIDs: combinedIDs, conflicts: conflicts,
                             warnings: diagnostics)
        } catch {
            throw DiagnosticsError(diagnostics + error.diagnostics.filter { !diagnostics.contains($0) })
        }
    }
}

/// The case-level settings of several files: title, description, direction, weight meaning and
/// declared kinds.
enum CaseSettings {
    /// A case file holding the combined settings and nothing else.
    static func combine(_ files: [CaseFile], diagnostics: inout [Diagnostic]) -> CaseFile {
        var result = CaseFile()
        result.title = files.lazy.compactMap(\.title).first
        result.description = files.lazy.compactMap(\.description).first
        var directedFile: CaseFile?
        for file in files {
            if let first = directedFile, first.isDirected != file.isDirected {
                diagnostics.append(Diagnostic(at: SourceLocation(file: file.path ?? "<input>"),
                    "'directed: \(file.isDirected)' disagrees with 'directed: \(first.isDirected)' in \(first.path ?? "an earlier file"); files merged together must agree"))
            } else if directedFile == nil {
                directedFile = file
            }
            if let meaning = file.weightMeaning {
                if let earlier = result.weightMeaning, earlier != meaning {
                    diagnostics.append(Diagnostic(at: SourceLocation(file: file.path ?? "<input>"),
                        "'weight_meaning: \(meaning.rawValue)' disagrees with '\(earlier.rawValue)' declared by an earlier file"))
                } else {
                    result.weightMeaning = meaning
                }
            }
            for declaration in file.kinds where !result.kinds.contains(where: { $0.id == declaration.id }) {
                result.kinds.append(declaration)
            }
            for declaration in file.relationKinds where !result.relationKinds.contains(where: { $0.id == declaration.id }) {
                result.relationKinds.append(declaration)
            }
        }
        result.isDirected = directedFile?.isDirected ?? true
        return result
    }
}
