import CrimeGraph

/// Typed access to a ``DocumentNode`` tree that records every problem with its position
/// instead of stopping at the first, so one run of `validate` reports them all.
struct NodeReader {
    private(set) var diagnostics: [Diagnostic] = []
    /// JSON quotes every string, so an unquoted number where text belongs is a type error.
    /// YAML authors cannot see the difference (`name: 1984`), so there only booleans and null
    /// are refused as text.
    var numbersAreText = true

    mutating func error(_ node: DocumentNode, _ message: String) {
        diagnostics.append(Diagnostic(at: node.location, message))
    }

    mutating func warning(_ node: DocumentNode, _ message: String) {
        diagnostics.append(Diagnostic(.warning, at: node.location, message))
    }

    /// The pairs of a mapping whose keys are all known; reports unknown keys (with a
    /// suggestion), missing required keys and non-scalar keys.
    mutating func fields(
        _ node: DocumentNode, _ what: String, allowed: [String], required: [String] = []
    ) -> [String: DocumentNode]? {
        guard case .mapping(let pairs) = node.value else {
            error(node, "\(what) must be a mapping, found \(node.typeDescription)")
            return nil
        }
        var result: [String: DocumentNode] = [:]
        for pair in pairs {
            guard let key = pair.key.scalarText else {
                error(pair.key, "\(what): keys must be plain words")
                continue
            }
            if !allowed.contains(key) {
                let close = Suggestions.closest(to: key, among: allowed, limit: 1)
                let hint = close.first.map { "; did you mean '\($0)'?" } ?? "; allowed: " + allowed.joined(separator: ", ")
                error(pair.key, "\(what): unknown field '\(key)'\(hint)")
                continue
            }
            result[key] = pair.value
        }
        for key in required where result[key] == nil || result[key]?.isNull == true {
            error(node, "\(what): missing required field '\(key)'")
        }
        return result
    }

    /// The items of a list; a single non-list value is reported.
    mutating func list(_ node: DocumentNode, _ what: String) -> [DocumentNode]? {
        if node.isNull { return [] }
        guard case .sequence(let items) = node.value else {
            error(node, "\(what) must be a list, found \(node.typeDescription)")
            return nil
        }
        return items
    }

    /// A string. Unquoted `true`, `false` and null are not text; neither are unquoted numbers
    /// in JSON.
    mutating func string(_ node: DocumentNode?, _ what: String) -> String? {
        guard let node else { return nil }
        guard case .scalar(let text, let quoted) = node.value, !node.isNull else {
            error(node, "\(what) must be text, found \(node.typeDescription)")
            return nil
        }
        if !quoted {
            let type = node.typeDescription
            if type == "a boolean" || (type == "a number" && !numbersAreText) {
                error(node, "\(what) must be text, found \(type)\(Self.shown(node)); put it in quotes")
                return nil
            }
        }
        return text
    }

    /// `entity 'raid'` when the mapping has a usable id, else `fallback`.
    static func label(_ node: DocumentNode, _ noun: String, fallback: String) -> String {
        guard case .mapping(let pairs) = node.value,
            let id = pairs.first(where: { $0.key.scalarText == "id" })?.value.scalarText, EntityKind.isSlug(id)
        else { return fallback }
        return "\(noun) '\(id)'"
    }

    /// A non-empty string.
    mutating func nonEmptyString(_ node: DocumentNode?, _ what: String) -> String? {
        guard let node, let text = string(node, what) else { return nil }
        if text.trimmingWhitespace().isEmpty {
            error(node, "\(what) is empty")
            return nil
        }
        return text
    }

    /// An identifier: `[a-z0-9][a-z0-9._-]*`.
    mutating func slug(_ node: DocumentNode?, _ what: String) -> String? {
        guard let node, let text = string(node, what) else { return nil }
        guard EntityKind.isSlug(text) else {
            let suggestion = Self.slugify(text)
            let hint = suggestion.isEmpty ? "" : " (e.g. '\(suggestion)')"
            error(node, "\(what) '\(text)' is not a valid id: use lowercase letters, digits, '.', '_' or '-'\(hint)")
            return nil
        }
        return text
    }

    /// A list of strings; a single string is accepted as a list of one.
    mutating func strings(_ node: DocumentNode?, _ what: String) -> [String] {
        guard let node else { return [] }
        if case .scalar = node.value, !node.isNull { return string(node, what).map { [$0] } ?? [] }
        guard let items = list(node, what) else { return [] }
        return items.compactMap { string($0, "each of \(what)") }
    }

    /// An unquoted integer.
    mutating func integer(_ node: DocumentNode?, _ what: String) -> Int? {
        guard let node else { return nil }
        if case .scalar(let text, let quoted) = node.value, !quoted, let value = ScalarSyntax.integer(text) { return value }
        error(node, "\(what) must be a whole number, found \(node.typeDescription)\(Self.shown(node))")
        return nil
    }

    /// An unquoted finite number.
    mutating func number(_ node: DocumentNode?, _ what: String) -> Double? {
        guard let node else { return nil }
        if case .scalar(let text, let quoted) = node.value, !quoted, let value = ScalarSyntax.number(text) {
            if value.isFinite { return value }
            error(node, "\(what) must be a finite number, found '\(text)'")
            return nil
        }
        error(node, "\(what) must be a number, found \(node.typeDescription)\(Self.shown(node))")
        return nil
    }

    /// `true` or `false`.
    mutating func boolean(_ node: DocumentNode?, _ what: String) -> Bool? {
        guard let node else { return nil }
        if case .scalar(let text, let quoted) = node.value, !quoted, text == "true" || text == "false" { return text == "true" }
        error(node, "\(what) must be true or false, found \(node.typeDescription)\(Self.shown(node))")
        return nil
    }

    /// One of a closed set of words.
    mutating func choice<Value: RawRepresentable & CaseIterable>(
        _ node: DocumentNode?, _ what: String, as type: Value.Type
    ) -> Value? where Value.RawValue == String {
        guard let node, let text = string(node, what) else { return nil }
        if let value = Value(rawValue: text) { return value }
        let options = Value.allCases.map(\.rawValue)
        let close = Suggestions.closest(to: text, among: options, limit: 1)
        let hint = close.first.map { "; did you mean '\($0)'?" } ?? ""
        error(node, "\(what) '\(text)' is not one of \(options.joined(separator: ", "))\(hint)")
        return nil
    }

    static func shown(_ node: DocumentNode) -> String {
        guard let text = node.scalarText, !node.isNull else { return "" }
        let short = text.count > 40 ? String(text.prefix(40)) + "…" : text
        return " '\(short)'"
    }

    /// `Sar Kheng` → `sar-kheng`.
    static func slugify(_ text: String) -> String {
        TextFolding.fold(text).split(separator: " ").joined(separator: "-").filter { $0.isASCII }
    }
}

extension String {
    func trimmingWhitespace() -> Substring {
        var slice = self[...]
        while let first = slice.first, first.isWhitespace { slice = slice.dropFirst() }
        while let last = slice.last, last.isWhitespace { slice = slice.dropLast() }
        return slice
    }
}
