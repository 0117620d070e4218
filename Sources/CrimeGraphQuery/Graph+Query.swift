import CrimeGraph

extension Graph {
    /// Runs a read-only Cypher query (the subset in `docs/query.md`) on the graph.
    ///
    /// Entity kinds and tags are node labels, relation kinds are relationship types; `id`,
    /// `name`, `kind`, `aliases`, `tags`, `date` and the case file's properties are node
    /// properties (a quantity reads as its number).
    ///
    /// ```swift
    /// let result = try graph.query("""
    ///     MATCH (a:agency)-[:participated_in]->(e:event)-[:targeted]->(c:company)
    ///     WHERE c.name CONTAINS $word
    ///     RETURN a.name AS agency, count(e) AS raids ORDER BY raids DESC
    ///     """, parameters: ["word": "Galaxy"])
    /// for row in result.rows { print(row[0], row[1]) }
    /// ```
    ///
    /// - Parameters:
    ///   - text: The query.
    ///   - parameters: Values for `$name` parameters.
    ///   - timeout: Stops a query running longer than this.
    /// - Returns: The columns, the rows, and warnings about unknown labels or types.
    /// - Throws: ``QueryError``: a syntax or semantic error (``QueryError/Phase/compile``) with
    ///   the position to show a caret under, a type or argument error while running, the
    ///   timeout, or ``QueryError/Kind/unsupported`` for write clauses.
    /// - Note: The checked and planned query is kept with the graph, by its text (up to 256
    ///   texts), so running the same text again — with other parameter values — starts
    ///   matching at once. Pass values as parameters rather than splicing them into the text.
    /// - Complexity: Matching starts from the most selective node (an `id` or `name`
    ///   equality is a hash lookup) and expands over the adjacency arrays, so a pattern anchored
    ///   on one entity costs time proportional to the neighbourhood it walks, not to the graph.
    public func query(
        _ text: String, parameters: [String: QueryValue] = [:], timeout: Duration? = nil
    ) throws(QueryError) -> QueryResult {
        let adapter = CaseGraphAdapter(self)
        for (name, value) in parameters where !value.refersOnlyTo(entityCount: entityCount, relationshipCount: relationshipCount) {
            throw QueryError.argument("InvalidArgumentValue", "parameter $\(name) refers to a node or relationship this graph does not have")
        }
        let plan = try derived(PlanCache.self) { PlanCache() }.plan(for: text) { (text) throws(QueryError) in
            try QueryEngine.prepare(text, for: adapter)
        }
        let rows = try QueryEngine.execute(plan, on: adapter, parameters: parameters.mapValues(\.value), timeout: timeout)
        return QueryResult(
            columns: plan.columns,
            rows: rows.map { row in row.map { QueryValue($0, graph: adapter) } },
            warnings: plan.warnings)
    }
}
