extension GraphBuilder {
    /// Builds the indexed graph.
    ///
    /// Resolves relationship ends that named entities added later, then builds the undirected
    /// neighbour arrays and the per-kind entity lists; the one-way adjacencies, per-kind
    /// relationship lists and generated-id ranks are built when first asked for.
    /// - Throws: every error found while adding and resolving, with warnings, when there is at
    ///   least one error.
    /// - Complexity: O(n + m).
    public consuming func build() throws(DiagnosticsError) -> Graph {
        resolvePendingEnds()
        if kindTable.count > Int(UInt16.max) || relationKindTable.count > Int(UInt16.max) {
            report(nil, "more than \(UInt16.max) distinct kinds; kinds are categories, not identifiers")
        }
        if entityIDs.count >= Int(UInt32.max) || edgeSources.count >= Int(UInt32.max) {
            report(nil, "graph too large: at most \(UInt32.max - 1) entities and relationships")
        }
        if diagnostics.contains(where: { $0.severity == .error }) { throw DiagnosticsError(diagnostics) }
        if !edgeWeights.isEmpty, edgeWeights.count < edgeSources.count {
            edgeWeights.append(contentsOf: repeatElement(.nan, count: edgeSources.count - edgeWeights.count))
        }
        let nodeCount = entityIDs.count
        let undirected = Adjacency.build(nodeCount: nodeCount, sources: edgeSources, targets: edgeTargets, symmetric: true)
        var byKind = [[UInt32]](repeating: [], count: kindTable.count)
        for (index, code) in entityKindCodes.enumerated() { byKind[Int(code)].append(UInt32(index)) }
        return Graph(
            title: title, description: description, isDirected: isDirected ?? true, weightMeaning: weightMeaning, sources: sources, files: files,
            declaredKinds: declaredKinds, declaredRelationKinds: declaredRelationKinds, entityKinds: kindTable,
            relationKinds: relationKindTable, entityIDs: entityIDs, entityNameColumn: entityNames,
            entityKindCodes: entityKindCodes, entityExtras: entityExtras, relationshipSources: edgeSources,
            relationshipTargets: edgeTargets, relationKindCodes: edgeKindCodes, relationshipWeights: edgeWeights,
            relationshipExtras: edgeExtras, undirected: undirected, entitiesByKind: byKind, cache: LookupCache())
    }

    private mutating func resolvePendingEnds() {
        for position in pendingEnds.keys.sorted() {
            guard let ends = pendingEnds[position] else { continue }
            var resolved = true
            for (role, id) in [("from", ends.from), ("to", ends.to)] where idIndex[id] == nil {
                resolved = false
                report(ends.origin, "relationship '\(ends.id)': '\(role)' names unknown entity '\(id)'\(suggestionSuffix(for: id))")
            }
            guard resolved, let from = idIndex[ends.from], let to = idIndex[ends.to] else { continue }
            edgeSources[position] = from
            edgeTargets[position] = to
        }
        pendingEnds = [:]
    }

    private func suggestionSuffix(for id: String) -> String {
        let close = Suggestions.closest(to: id, among: (0..<entityIDs.count).map { entityIDs[$0] }, limit: 3)
        return close.isEmpty ? "" : "; did you mean " + close.map { "'\($0)'" }.joined(separator: ", ") + "?"
    }
}

extension Graph {
    /// Numbers repeats of the same from–kind–to among relationships without explicit ids, in
    /// relationship order: the second gets rank 2, the third 3.
    static func repeatedGeneratedIDRanks(
        outgoing: Adjacency, kindCodes edgeKindCodes: [UInt16], extras edgeExtras: SparseColumn<RelationshipExtras>
    ) -> [UInt32: UInt32] {
        struct Key: Comparable {
            var group: UInt64  // target << 16 | kind code
            var edge: UInt32
            static func < (a: Key, b: Key) -> Bool { (a.group, a.edge) < (b.group, b.edge) }
        }
        var ranks: [UInt32: UInt32] = [:]
        var keys: [Key] = []
        for node in 0..<outgoing.count where outgoing.degree(of: node) > 1 {
            keys.removeAll(keepingCapacity: true)
            for slot in outgoing.range(of: node) {
                let edge = outgoing.edges[slot]
                if edgeExtras[Int(edge)]?.explicitID != nil { continue }
                keys.append(Key(group: UInt64(outgoing.targets[slot]) << 16 | UInt64(edgeKindCodes[Int(edge)]), edge: edge))
            }
            guard keys.count > 1 else { continue }
            keys.sort()
            var rank: UInt32 = 1
            for position in 1..<keys.count {
                rank = keys[position].group == keys[position - 1].group ? rank + 1 : 1
                if rank > 1 { ranks[keys[position].edge] = rank }
            }
        }
        return ranks
    }
}
