extension Graph {
    /// The whole graph as one case file: every source, entity and relationship in index order,
    /// with the declared kinds. Writing it and reading it back gives the same graph.
    public func caseFile() -> CaseFile {
        CaseFile(
            title: title, description: description, isDirected: isDirected, weightMeaning: weightMeaning,
            kinds: declaredKinds.keys.sorted().map { CaseFile.KindDeclaration(id: $0.rawValue, description: declaredKinds[$0].flatMap { $0.isEmpty ? nil : $0 }) },
            relationKinds: declaredRelationKinds.keys.sorted().map {
                CaseFile.KindDeclaration(id: $0.rawValue, description: declaredRelationKinds[$0].flatMap { $0.isEmpty ? nil : $0 })
            },
            sources: sources, entities: entities, relationships: relationships)
    }
}
