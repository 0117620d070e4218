import Foundation

/// A small HTML5 checker for the tests: tags must nest and close (void elements excepted),
/// `<script>` and `<style>` hold raw text, and every `<` in text starts a tag. It also collects
/// the entity node groups (`<g id="e-…" class="node">`) of each SVG.
struct HTMLStructure {
    struct Problem: Error, CustomStringConvertible {
        let description: String
    }

    static let voidElements: Set<String> = ["meta", "input", "br", "img", "link", "hr", "wbr", "source", "col", "area", "base"]

    /// Per `<figure>` id, the entity ids of its node groups, in order.
    private(set) var entityNodes: [String: [String]] = [:]
    /// How many `<script` elements the page has.
    private(set) var scriptCount = 0

    init(_ html: String) throws {
        let text = Array(html.unicodeScalars)
        var stack: [String] = []
        var position = 0
        var figure: String?
        func starts(_ prefix: String, at index: Int) -> Bool {
            var at = index
            for scalar in prefix.unicodeScalars {
                guard at < text.count, text[at] == scalar else { return false }
                at += 1
            }
            return true
        }
        func skip(past marker: String) throws {
            while position < text.count && !starts(marker, at: position) { position += 1 }
            guard position < text.count else { throw Problem(description: "unterminated, expected \(marker)") }
            position += marker.unicodeScalars.count
        }
        while position < text.count {
            guard text[position] == "<" else { position += 1; continue }
            if starts("<!--", at: position) { try skip(past: "-->"); continue }
            if starts("<!", at: position) { try skip(past: ">"); continue }
            let tagStart = position
            position += 1
            let closing = position < text.count && text[position] == "/"
            if closing { position += 1 }
            var name = ""
            while position < text.count, text[position].properties.isAlphabetic || ("0"..."9").contains(text[position]) {
                name.unicodeScalars.append(text[position])
                position += 1
            }
            guard !name.isEmpty else { throw Problem(description: "a '<' in text at offset \(tagStart)") }
            var attributes = ""
            var quote: Unicode.Scalar?
            while position < text.count {
                let scalar = text[position]
                if let open = quote { if scalar == open { quote = nil } } else if scalar == "\"" || scalar == "'" { quote = scalar } else if scalar == ">" { break }
                attributes.unicodeScalars.append(scalar)
                position += 1
            }
            position += 1
            let lower = name.lowercased()
            let selfClosing = attributes.hasSuffix("/")
            if closing {
                guard stack.last == lower else { throw Problem(description: "</\(lower)> closes <\(stack.last ?? "nothing")> at offset \(tagStart)") }
                stack.removeLast()
                if lower == "figure" { figure = nil }
                continue
            }
            if lower == "figure" { figure = Self.attribute("id", in: attributes) }
            if lower == "g", Self.attribute("class", in: attributes) == "node", let raw = Self.attribute("id", in: attributes), let figure {
                let id = Self.decode(raw)
                let prefix = figure == "figure-network" ? "e-" : String(figure.dropFirst("figure-".count)) + "-e-"
                if id.hasPrefix(prefix) { entityNodes[figure, default: []].append(String(id.dropFirst(prefix.count))) }
            }
            if lower == "script" || lower == "style" {
                if lower == "script" { scriptCount += 1 }
                try skip(past: "</\(lower)>")
                continue
            }
            if !Self.voidElements.contains(lower) && !selfClosing { stack.append(lower) }
        }
        guard stack.isEmpty else { throw Problem(description: "unclosed elements: \(stack.joined(separator: ", "))") }
    }

    static func attribute(_ name: String, in attributes: String) -> String? {
        guard let range = attributes.range(of: " \(name)=\"") else { return nil }
        let rest = attributes[range.upperBound...]
        guard let end = rest.firstIndex(of: "\"") else { return nil }
        return String(rest[..<end])
    }

    /// Decodes the character references Graphviz writes in ids (`&#45;`) and the basic ones.
    static func decode(_ text: String) -> String {
        var result = text
        while let range = result.range(of: "&#"), let end = result[range.upperBound...].firstIndex(of: ";"),
            let code = Int(result[range.upperBound..<end]), let scalar = Unicode.Scalar(code)
        {
            result.replaceSubrange(range.lowerBound...end, with: String(Character(scalar)))
        }
        return result.replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
            .replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&amp;", with: "&")
    }
}
