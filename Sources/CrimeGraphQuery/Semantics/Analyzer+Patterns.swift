extension Analyzer {
    /// What a pattern is for.
    enum PatternMode {
        /// MATCH: new variables join the scope.
        case match
        /// A pattern predicate in WHERE: every named variable must already be bound.
        case predicate
        /// A pattern comprehension: new variables are local to it.
        case comprehension
    }

    /// What a name was declared as within one pattern.
    enum Declared {
        case node, relationship, path
    }

    /// Binds a pattern's variables (checking reuse and types), its property maps, and the
    /// WHERE conjuncts that go with it.
    func bindPattern(_ parts: [PatternPart], mode: PatternMode, predicate: Expression?) throws(QueryError) -> PatternSpec {
        var spec = PatternSpec()
        var declared: [String: (slot: Int, kind: Declared)] = [:]
        let outer = scope

        func properties(_ expression: Expression?) throws(QueryError) -> [(key: String, value: BoundExpression)] {
            guard let expression else { return [] }
            switch expression.kind {
            case .map(let entries):
                var result: [(key: String, value: BoundExpression)] = []
                let saved = scope
                scope = outer
                defer { scope = saved }
                for entry in entries { result.append((entry.key, try bind(entry.value, Context()).0)) }
                return result
            case .parameter:
                throw .syntax("InvalidParameterUse", "a parameter cannot stand for the properties of a pattern in MATCH", at: expression.offset)
            default:
                throw .syntax("UnexpectedSyntax", "expected a map of properties", at: expression.offset)
            }
        }

        func element(
            _ name: String?, _ kind: Declared, variableLength: Bool = false, at offset: Int
        ) throws(QueryError) -> (slot: Int, bound: Bool) {
            guard let name else {
                let slot = newSlot()
                spec.introducedSlots.append(slot)
                return (slot, false)
            }
            if let existing = declared[name] {
                switch (existing.kind, kind) {
                case (.node, .node): return (existing.slot, true)
                case (.relationship, .relationship):
                    throw .syntax("RelationshipUniquenessViolation", "relationship '\(name)' is used twice in one pattern", at: offset)
                default:
                    throw .syntax("VariableTypeConflict", "'\(name)' cannot be both a \(existing.kind) and a \(kind)", at: offset)
                }
            }
            if let variable = outer[name] {
                let compatible: Bool
                switch kind {
                case .node: compatible = variable.type.mayBeNode
                case .relationship where variableLength:
                    compatible = variable.type.mayBeList
                case .relationship:
                    compatible = variable.type.mayBeRelationship
                case .path: compatible = false
                }
                guard compatible else {
                    throw .syntax("VariableTypeConflict", "'\(name)' is a \(variable.type.name), not a \(kind)", at: offset)
                }
                return (variable.slot, true)
            }
            if mode == .predicate {
                throw .syntax(
                    "UndefinedVariable", "variable '\(name)' is not defined (a pattern predicate cannot introduce variables)",
                    at: offset)
            }
            let slot = newSlot()
            declared[name] = (slot, kind)
            spec.introducedSlots.append(slot)
            return (slot, false)
        }

        for part in parts {
            var specPart = PatternSpec.Part(nodes: [], relationships: [], pathSlot: nil, shortest: part.shortest)
            for (position, node) in part.element.nodes.enumerated() {
                if position > 0 {
                    let relationship = part.element.relationships[position - 1]
                    let (slot, bound) = try element(
                        relationship.variable, .relationship, variableLength: relationship.length != nil, at: relationship.offset)
                    for type in relationship.types { checkType(type, at: relationship.offset) }
                    var length: (minimum: Int, maximum: Int?)?
                    if let range = relationship.length {
                        length = (range.minimum ?? 1, range.maximum)
                    }
                    if let name = relationship.variable, !bound {
                        scope[name] = Variable(slot: slot, type: length == nil ? .relationship : .relationshipList)
                    }
                    specPart.relationships.append(spec.relationships.count)
                    spec.relationships.append(PatternSpec.Relationship(
                        slot: slot, types: relationship.types, direction: relationship.direction, length: length,
                        variableLength: length != nil, properties: try properties(relationship.properties), boundBefore: bound && outer[relationship.variable ?? ""] != nil,
                        offset: relationship.offset, anonymous: relationship.variable == nil))
                }
                let (slot, bound) = try element(node.variable, .node, at: node.offset)
                for label in node.labels { checkLabel(label, at: node.offset) }
                if let name = node.variable, !bound { scope[name] = Variable(slot: slot, type: .node) }
                specPart.nodes.append(spec.nodes.count)
                spec.nodes.append(PatternSpec.Node(
                    slot: slot, labels: node.labels, properties: try properties(node.properties),
                    boundBefore: bound && outer[node.variable ?? ""] != nil, offset: node.offset))
            }
            if let path = part.pathVariable {
                if declared[path] != nil || outer[path] != nil {
                    throw .syntax("VariableAlreadyBound", "variable '\(path)' is already defined", at: part.offset)
                }
                let slot = newSlot()
                declared[path] = (slot, .path)
                spec.introducedSlots.append(slot)
                scope[path] = Variable(slot: slot, type: .path)
                specPart.pathSlot = slot
            }
            if part.shortest != nil {
                guard specPart.relationships.count == 1 else {
                    throw .syntax("UnexpectedSyntax", "shortestPath needs a pattern of exactly one relationship", at: part.offset)
                }
                let index = specPart.relationships[0]
                if spec.relationships[index].length == nil { spec.relationships[index].length = (1, 1) }
                if spec.relationships[index].boundBefore {
                    throw .syntax("UnexpectedSyntax", "shortestPath cannot follow a bound relationship", at: part.offset)
                }
            }
            spec.parts.append(specPart)
        }
        if let predicate {
            let bound = try bindPredicate(predicate)
            spec.predicates = splitPredicate(bound, spec: spec)
        }
        return spec
    }

    /// WHERE split into its AND-ed conjuncts, each with the slots of the pattern it reads.
    func splitPredicate(_ predicate: BoundExpression, spec: PatternSpec) -> [PatternSpec.Predicate] {
        let conjuncts: [BoundExpression]
        if case .and(let items) = predicate { conjuncts = items } else { conjuncts = [predicate] }
        let patternSlots = Set(spec.introducedSlots)
        var pathSlots = Set<Int>()
        for part in spec.parts where part.shortest != nil {
            if let path = part.pathSlot { pathSlots.insert(path) }
            for relationship in part.relationships { pathSlots.insert(spec.relationships[relationship].slot) }
        }
        return conjuncts.map { conjunct in
            var slots = Set<Int>()
            conjunct.collectSlots(into: &slots)
            return PatternSpec.Predicate(
                expression: conjunct, slots: slots.intersection(patternSlots), readsPaths: !slots.isDisjoint(with: pathSlots))
        }
    }
}
