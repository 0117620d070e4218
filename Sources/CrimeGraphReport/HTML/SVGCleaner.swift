/// Makes an SVG document safe and tidy to inline in an HTML report.
///
/// It keeps the `<svg>` element and drops the XML prolog, comments and `<title>` elements
/// (Graphviz writes node ids there), and `xlink:title` attributes (the page shows its own hover
/// text). Element ids can be prefixed so several diagrams on one page do not clash. Anything
/// that could run code is refused: `script`, `foreignObject`, `iframe`, `object` and `embed`
/// elements, `on…` event attributes, and links that leave the page.
public enum SVGCleaner {
    /// Why an SVG document was refused.
    public struct Rejection: Error, CustomStringConvertible, Sendable {
        /// What was found.
        public let reason: String
        /// `the SVG cannot be inlined: REASON`.
        public var description: String { "the SVG cannot be inlined: \(reason)" }
    }

    static let forbiddenElements: Set<String> = ["script", "foreignobject", "iframe", "object", "embed", "handler", "listener"]

    /// The cleaned `<svg>` element.
    /// - Parameters:
    ///   - svg: the SVG document Graphviz wrote.
    ///   - idPrefix: put in front of every element id (empty: ids unchanged).
    ///   - label: the accessible name of the picture.
    public static func clean(_ svg: String, idPrefix: String = "", label: String) throws(Rejection) -> String {
        let characters = Array(svg.unicodeScalars)
        guard let start = find(Array("<svg".unicodeScalars), in: characters, from: 0) else {
            throw Rejection(reason: "no <svg> element")
        }
        var out = String.UnicodeScalarView()
        var position = start
        var isRoot = true
        while position < characters.count {
            let character = characters[position]
            guard character == "<" else {
                out.append(character)
                position += 1
                continue
            }
            if starts(with: "<!--", characters, at: position) {
                position = (find(Array("-->".unicodeScalars), in: characters, from: position + 4) ?? characters.count - 3) + 3
                continue
            }
            if starts(with: "<title", characters, at: position) {
                position = (find(Array("</title>".unicodeScalars), in: characters, from: position) ?? characters.count - 8) + 8
                continue
            }
            if starts(with: "<!", characters, at: position) || starts(with: "<?", characters, at: position) {
                position = (find([">"], in: characters, from: position) ?? characters.count - 1) + 1
                continue
            }
            var tag = try SVGTag(characters, at: &position)
            if forbiddenElements.contains(tag.name.lowercased()) { throw Rejection(reason: "a <\(tag.name)> element") }
            try tag.sanitize(idPrefix: idPrefix)
            if isRoot && !tag.isClosing {
                tag.attributes.removeAll { ["width", "height", "role", "aria-label", "preserveaspectratio"].contains($0.name.lowercased()) }
                tag.attributes += [
                    .init(name: "role", value: "img"), .init(name: "aria-label", value: HTMLText.attribute(label)),
                    .init(name: "preserveAspectRatio", value: "xMidYMid meet"),
                ]
                isRoot = false
            }
            out.append(contentsOf: tag.text.unicodeScalars)
            if tag.isClosing && tag.name == "svg" { break }
        }
        return String(out)
    }

    static func starts(with prefix: String, _ characters: [Unicode.Scalar], at position: Int) -> Bool {
        var index = position
        for scalar in prefix.unicodeScalars {
            guard index < characters.count, characters[index] == scalar else { return false }
            index += 1
        }
        return true
    }

    static func find(_ needle: [Unicode.Scalar], in characters: [Unicode.Scalar], from: Int) -> Int? {
        guard !needle.isEmpty, characters.count >= needle.count, from <= characters.count - needle.count else { return nil }
        search: for index in from...(characters.count - needle.count) where characters[index] == needle[0] {
            for offset in 1..<needle.count where characters[index + offset] != needle[offset] { continue search }
            return index
        }
        return nil
    }
}

/// One start or end tag of an SVG document, parsed into name and attributes.
struct SVGTag {
    struct Attribute {
        var name: String
        /// The value as written (character references kept).
        var value: String
    }

    var name: String
    var attributes: [Attribute]
    var isClosing: Bool
    var isSelfClosing: Bool

    init(_ characters: [Unicode.Scalar], at position: inout Int) throws(SVGCleaner.Rejection) {
        position += 1
        isClosing = position < characters.count && characters[position] == "/"
        if isClosing { position += 1 }
        name = Self.word(characters, &position)
        attributes = []
        isSelfClosing = false
        while position < characters.count {
            let character = characters[position]
            if character == ">" { position += 1; return }
            if character == "/" { isSelfClosing = true; position += 1; continue }
            if character.properties.isWhitespace { position += 1; continue }
            let attributeName = Self.word(characters, &position)
            guard !attributeName.isEmpty else { throw SVGCleaner.Rejection(reason: "a malformed tag <\(name)>") }
            var value = ""
            if position < characters.count && characters[position] == "=" {
                position += 1
                guard position < characters.count, characters[position] == "\"" || characters[position] == "'" else {
                    throw SVGCleaner.Rejection(reason: "an unquoted attribute in <\(name)>")
                }
                let quote = characters[position]
                position += 1
                var scalars = String.UnicodeScalarView()
                while position < characters.count && characters[position] != quote {
                    let scalar = characters[position]
                    // Inside double quotes in HTML, only `"` and `&` matter; `<` is escaped for safety.
                    if scalar == "\"" { scalars.append(contentsOf: "&quot;".unicodeScalars) } else if scalar == "<" {
                        scalars.append(contentsOf: "&lt;".unicodeScalars)
                    } else { scalars.append(scalar) }
                    position += 1
                }
                position += 1
                value = String(scalars)
            }
            attributes.append(Attribute(name: attributeName, value: value))
        }
        throw SVGCleaner.Rejection(reason: "an unfinished tag <\(name)>")
    }

    static func word(_ characters: [Unicode.Scalar], _ position: inout Int) -> String {
        var scalars = String.UnicodeScalarView()
        while position < characters.count {
            let scalar = characters[position]
            guard scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || scalar == ":" || scalar == "-" || scalar == "_" || scalar == "."
            else { break }
            scalars.append(scalar)
            position += 1
        }
        return String(scalars)
    }

    mutating func sanitize(idPrefix: String) throws(SVGCleaner.Rejection) {
        attributes.removeAll { $0.name == "xlink:title" }
        for index in attributes.indices {
            let lower = attributes[index].name.lowercased()
            if lower.hasPrefix("on") { throw SVGCleaner.Rejection(reason: "an event attribute \(attributes[index].name)") }
            if lower == "href" || lower.hasSuffix(":href") {
                guard attributes[index].value.hasPrefix("#") else { throw SVGCleaner.Rejection(reason: "a link out of the page") }
            }
            if lower == "style" && attributes[index].value.lowercased().contains("url(") {
                throw SVGCleaner.Rejection(reason: "a style that loads a resource")
            }
            if lower == "id" && !idPrefix.isEmpty { attributes[index].value = HTMLText.attribute(idPrefix) + attributes[index].value }
        }
    }

    var text: String {
        if isClosing { return "</\(name)>" }
        let rendered = attributes.map { " \($0.name)=\"\($0.value)\"" }.joined()
        return "<\(name)\(rendered)\(isSelfClosing ? "/" : "")>"
    }
}
