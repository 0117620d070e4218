extension Parser {
    /// `part, part, …`.
    mutating func parsePattern() throws(QueryError) -> [PatternPart] {
        var parts = [try parsePatternPart()]
        while accept(.comma) { parts.append(try parsePatternPart()) }
        return parts
    }

    /// `[p =] [shortestPath(…) | allShortestPaths(…) | element]`.
    mutating func parsePatternPart() throws(QueryError) -> PatternPart {
        let start = current.offset
        var pathVariable: String?
        if isSymbol(.equal, 1) {
            switch current.kind {
            case .identifier(let name), .quotedIdentifier(let name):
                pathVariable = name
                advance()
                advance()
            default: break
            }
        }
        for (word, kind) in [("SHORTESTPATH", ShortestPathKind.single), ("ALLSHORTESTPATHS", .all)]
        where isKeyword(word) && isSymbol(.leftParen, 1) {
            advance()
            advance()
            let element = try parsePatternElement()
            try expect(.rightParen)
            return PatternPart(pathVariable: pathVariable, shortest: kind, element: element, offset: start)
        }
        return PatternPart(pathVariable: pathVariable, shortest: nil, element: try parsePatternElement(), offset: start)
    }

    /// `(a)-[r]->(b)…`, or the same in parentheses.
    mutating func parsePatternElement() throws(QueryError) -> PatternElement {
        try nest()
        defer { unnest() }
        if isSymbol(.leftParen) && isSymbol(.leftParen, 1) {
            advance()
            let element = try parsePatternElement()
            try expect(.rightParen)
            return element
        }
        var element = PatternElement(nodes: [try parseNodePattern()], relationships: [])
        while isRelationshipStart {
            element.relationships.append(try parseRelationshipPattern())
            element.nodes.append(try parseNodePattern())
        }
        return element
    }

    /// Whether the current tokens start a relationship pattern: `-[`, `--`, `<-`.
    var isRelationshipStart: Bool {
        if isSymbol(.minus) { return isSymbol(.leftBracket, 1) || isSymbol(.minus, 1) }
        if isSymbol(.less) { return isSymbol(.minus, 1) }
        return false
    }

    /// `(variable:Label:Other {key: value})`.
    mutating func parseNodePattern() throws(QueryError) -> NodePattern {
        let start = current.offset
        try expect(.leftParen)
        var node = NodePattern(variable: nil, labels: [], properties: nil, offset: start)
        switch current.kind {
        case .identifier(let name), .quotedIdentifier(let name):
            node.variable = name
            advance()
        default: break
        }
        node.labels = try parseLabels()
        node.properties = try parsePatternProperties()
        try expect(.rightParen)
        return node
    }

    /// `:A:B` (also `:A|B` is not accepted: labels are conjunctive).
    mutating func parseLabels() throws(QueryError) -> [String] {
        var labels: [String] = []
        while accept(.colon) { labels.append(try parseName("a label")) }
        return labels
    }

    /// A map literal or a parameter, when present.
    mutating func parsePatternProperties() throws(QueryError) -> Expression? {
        if isSymbol(.leftBrace) { return try parseMapLiteral() }
        if case .parameter(let name) = current.kind {
            let offset = current.offset
            advance()
            return Expression(.parameter(name), at: offset)
        }
        return nil
    }

    /// `-[…]->`, `<-[…]-`, `-[…]-`, `<-[…]->`, or the short forms `-->`, `<--`, `--`.
    mutating func parseRelationshipPattern() throws(QueryError) -> RelationshipPattern {
        let start = current.offset
        let pointsLeft = accept(.less)
        try expect(.minus)
        var relationship = RelationshipPattern(
            variable: nil, types: [], direction: .both, length: nil, properties: nil, offset: start)
        if accept(.leftBracket) {
            try parseRelationshipDetail(into: &relationship)
            try expect(.rightBracket)
        }
        try expect(.minus)
        let pointsRight = accept(.greater)
        switch (pointsLeft, pointsRight) {
        case (true, false): relationship.direction = .left
        case (false, true): relationship.direction = .right
        default: relationship.direction = .both
        }
        return relationship
    }

    /// `variable:TYPE|OTHER*min..max {key: value}` inside the brackets.
    mutating func parseRelationshipDetail(into relationship: inout RelationshipPattern) throws(QueryError) {
        switch current.kind {
        case .identifier(let name), .quotedIdentifier(let name):
            relationship.variable = name
            advance()
        default: break
        }
        if accept(.colon) {
            relationship.types.append(try parseName("a relationship type"))
            while accept(.pipe) {
                _ = accept(.colon)
                relationship.types.append(try parseName("a relationship type"))
            }
        }
        if accept(.star) {
            relationship.length = try parseLengthRange()
        } else if isSymbol(.range) {
            throw .syntax("InvalidRelationshipPattern", "a variable-length relationship needs '*' before its bounds", at: current.offset)
        }
        relationship.properties = try parsePatternProperties()
    }

    /// The bounds after `*`: `2`, `1..3`, `..3`, `2..`, `..` or nothing.
    mutating func parseLengthRange() throws(QueryError) -> RelationshipPattern.LengthRange {
        var range = RelationshipPattern.LengthRange(minimum: nil, maximum: nil)
        if isSymbol(.minus) {
            throw .syntax("InvalidRelationshipPattern", "the length of a relationship cannot be negative", at: current.offset)
        }
        if case .integer = current.kind { range.minimum = try parseBound() }
        if accept(.range) {
            if isSymbol(.minus) {
                throw .syntax("InvalidRelationshipPattern", "the length of a relationship cannot be negative", at: current.offset)
            }
            if case .integer = current.kind { range.maximum = try parseBound() }
        } else if let minimum = range.minimum {
            range.maximum = minimum
        }
        return range
    }

    mutating func parseBound() throws(QueryError) -> Int {
        guard case .integer(let magnitude) = current.kind, magnitude <= UInt64(Int32.max) else {
            throw .syntax("InvalidRelationshipPattern", "relationship length bound is too large", at: current.offset)
        }
        advance()
        return Int(magnitude)
    }

    /// Whether a relationship pattern (not just a parenthesized expression) starts here.
    mutating func startsRelationshipPattern() -> Bool {
        let saved = index
        let savedDepth = depth
        defer {
            index = saved
            depth = savedDepth
        }
        guard isSymbol(.leftParen) else { return false }
        while isSymbol(.leftParen) && isSymbol(.leftParen, 1) { advance() }
        do {
            _ = try parseNodePattern()
        } catch {
            return false
        }
        return isRelationshipStart
    }
}
