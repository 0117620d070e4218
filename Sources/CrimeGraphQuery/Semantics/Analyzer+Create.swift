extension Analyzer {
    /// CREATE: every relationship needs one type and a direction; a variable bound before is
    /// reused (and may not be given labels or properties again).
    func bindCreate(_ create: Clause.Create) throws(QueryError) -> CreatePlan {
        var plan = CreatePlan()
        for part in create.pattern {
            var planPart = CreatePlan.Part(nodes: [], relationships: [], pathSlot: nil)
            var nodeIndices: [Int] = []
            for node in part.element.nodes {
                let properties = try node.properties.map { (e) throws(QueryError) in try bind(e, Context()).0 }
                if let name = node.variable, let variable = scope[name] {
                    if !node.labels.isEmpty || node.properties != nil || !variable.type.mayBeNode
                        || part.element.relationships.isEmpty
                    {
                        throw .syntax("VariableAlreadyBound", "variable '\(name)' is already defined", at: node.offset)
                    }
                    nodeIndices.append(plan.nodes.count)
                    plan.nodes.append(.init(slot: variable.slot, labels: [], properties: nil, bound: true))
                    continue
                }
                let slot = newSlot()
                if let name = node.variable { scope[name] = Variable(slot: slot, type: .node) }
                nodeIndices.append(plan.nodes.count)
                plan.nodes.append(.init(slot: slot, labels: node.labels, properties: properties, bound: false))
            }
            for (position, relationship) in part.element.relationships.enumerated() {
                if let name = relationship.variable, scope[name] != nil {
                    throw .syntax("VariableAlreadyBound", "variable '\(name)' is already defined", at: relationship.offset)
                }
                guard relationship.types.count == 1 else {
                    throw .syntax("NoSingleRelationshipType", "a created relationship needs exactly one type", at: relationship.offset)
                }
                guard relationship.length == nil else {
                    throw .syntax("CreatingVarLength", "CREATE cannot make a variable-length relationship", at: relationship.offset)
                }
                let (from, to): (Int, Int)
                switch relationship.direction {
                case .right: (from, to) = (nodeIndices[position], nodeIndices[position + 1])
                case .left: (from, to) = (nodeIndices[position + 1], nodeIndices[position])
                case .both:
                    throw .syntax("RequiresDirectedRelationship", "a created relationship needs a direction", at: relationship.offset)
                }
                let properties = try relationship.properties.map { (e) throws(QueryError) in try bind(e, Context()).0 }
                let slot = newSlot()
                if let name = relationship.variable { scope[name] = Variable(slot: slot, type: .relationship) }
                planPart.relationships.append(plan.relationships.count)
                plan.relationships.append(.init(
                    slot: slot, type: relationship.types[0], from: from, to: to, properties: properties))
            }
            planPart.nodes = nodeIndices
            if let path = part.pathVariable {
                if scope[path] != nil {
                    throw .syntax("VariableAlreadyBound", "variable '\(path)' is already defined", at: part.offset)
                }
                let slot = newSlot()
                scope[path] = Variable(slot: slot, type: .path)
                planPart.pathSlot = slot
            }
            plan.parts.append(planPart)
        }
        return plan
    }
}
