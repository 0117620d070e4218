/// Functions of nodes, relationships and paths.
enum GraphFunctions {
    static let all: [FunctionDefinition] = [
        FunctionDefinition("id", 1...1, accepts: [.node, .relationship], returns: .integer) { arguments, _ throws(QueryError) in
            switch arguments[0] {
            case .null: return .null
            case .node(let index), .relationship(let index): return .int(index)
            case let other: throw FunctionSupport.invalid("id", other, expected: "a node or relationship")
            }
        },
        FunctionDefinition("labels", 1...1, accepts: [.node], returns: .list) { arguments, graph throws(QueryError) in
            switch arguments[0] {
            case .null: return .null
            case .node(let node):
                try GraphFunctions.requireNode(node, graph)
                return .list(graph.labels(ofNode: node).map(Value.string))
            case let other: throw FunctionSupport.invalid("labels", other, expected: "a node")
            }
        },
        FunctionDefinition("type", 1...1, accepts: [.relationship], returns: .string) { arguments, graph throws(QueryError) in
            switch arguments[0] {
            case .null: return .null
            case .relationship(let relationship): return .string(graph.typeName(ofRelationship: relationship))
            case let other: throw FunctionSupport.invalid("type", other, expected: "a relationship")
            }
        },
        FunctionDefinition("properties", 1...1, accepts: [.node, .relationship, .map], returns: .map) {
            arguments, graph throws(QueryError) in
            switch arguments[0] {
            case .null: return .null
            case .map(let map): return .map(map)
            case .node(let node):
                try GraphFunctions.requireNode(node, graph)
                return .map(graph.properties(ofNode: node))
            case .relationship(let relationship):
                try GraphFunctions.requireRelationship(relationship, graph)
                return .map(graph.properties(ofRelationship: relationship))
            case let other: throw FunctionSupport.invalid("properties", other, expected: "a node, relationship or map")
            }
        },
        FunctionDefinition("keys", 1...1, accepts: [.node, .relationship, .map], returns: .list) {
            arguments, graph throws(QueryError) in
            switch arguments[0] {
            case .null: return .null
            case .map(let map): return .list(map.keys.map(Value.string))
            case .node(let node): return .list(graph.properties(ofNode: node).keys.map(Value.string))
            case .relationship(let relationship):
                return .list(graph.properties(ofRelationship: relationship).keys.map(Value.string))
            case let other: throw FunctionSupport.invalid("keys", other, expected: "a node, relationship or map")
            }
        },
        FunctionDefinition("startNode", 1...1, accepts: [.relationship], returns: .node) { arguments, graph throws(QueryError) in
            switch arguments[0] {
            case .null: return .null
            case .relationship(let relationship): return .node(Int(graph.topology.sources[relationship]))
            case let other: throw FunctionSupport.invalid("startNode", other, expected: "a relationship")
            }
        },
        FunctionDefinition("endNode", 1...1, accepts: [.relationship], returns: .node) { arguments, graph throws(QueryError) in
            switch arguments[0] {
            case .null: return .null
            case .relationship(let relationship): return .node(Int(graph.topology.targets[relationship]))
            case let other: throw FunctionSupport.invalid("endNode", other, expected: "a relationship")
            }
        },
        FunctionDefinition("nodes", 1...1, accepts: [.path], returns: .list) { arguments, _ throws(QueryError) in
            switch arguments[0] {
            case .null: return .null
            case .path(let path): return .list(path.nodes.map(Value.node))
            case let other: throw FunctionSupport.invalid("nodes", other, expected: "a path")
            }
        },
        FunctionDefinition("relationships", 1...1, accepts: [.path], returns: .list) { arguments, _ throws(QueryError) in
            switch arguments[0] {
            case .null: return .null
            case .path(let path): return .list(path.relationships.map(Value.relationship))
            case let other: throw FunctionSupport.invalid("relationships", other, expected: "a path")
            }
        },
        FunctionDefinition("length", 1...1, accepts: [.path, .list, .relationshipList, .string], returns: .integer) {
            arguments, _ throws(QueryError) in
            switch arguments[0] {
            case .null: return .null
            case .path(let path): return .int(path.length)
            case .list(let items): return .int(items.count)
            case .string(let text): return .int(text.unicodeScalars.count)
            case let other: throw FunctionSupport.invalid("length", other, expected: "a path")
            }
        },
    ]

    /// Fails when a node was deleted earlier in the query.
    static func requireNode(_ node: Int, _ graph: any PropertyGraph) throws(QueryError) {
        guard graph.nodeExists(node) else {
            throw QueryError(kind: .entityNotFound, phase: .runtime, code: "DeletedEntityAccess", message: "the node was deleted")
        }
    }

    /// Fails when a relationship was deleted earlier in the query.
    static func requireRelationship(_ relationship: Int, _ graph: any PropertyGraph) throws(QueryError) {
        guard graph.relationshipExists(relationship) else {
            throw QueryError(
                kind: .entityNotFound, phase: .runtime, code: "DeletedEntityAccess", message: "the relationship was deleted")
        }
    }
}
