import Foundation
@testable import CrimeGraphRender

#if canImport(FoundationXML)
import FoundationXML
#endif

/// Shared helpers for the Graphviz tests.
enum GraphvizTestSupport {
    /// `../shared/graphviz-crashes` beside the package root, found from this source file:
    /// `<root>/Tests/CrimeGraphRenderTests/<file>` → `<root>/../shared/graphviz-crashes`.
    static let crashFolder: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent()  // CrimeGraphRenderTests
        .deletingLastPathComponent()  // Tests
        .deletingLastPathComponent()  // package root
        .deletingLastPathComponent()
        .appendingPathComponent("shared/graphviz-crashes", isDirectory: true)

    /// Whether the crash collection is present on this machine.
    static var crashFolderExists: Bool {
        var isFolder: ObjCBool = false
        return FileManager.default.fileExists(atPath: crashFolder.path, isDirectory: &isFolder) && isFolder.boolValue
    }

    /// The `.dot` files of the crash collection, sorted by name (empty when it is absent).
    static var crashFiles: [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: crashFolder.path)) ?? []
        return names.filter { $0.hasSuffix(".dot") }.sorted()
    }

    /// A small labelled graph with `nodeCount` nodes in a ring plus a few chords.
    static func ring(nodeCount: Int) -> String {
        var lines = ["digraph G {"]
        for index in 0..<nodeCount {
            lines.append("  n\(index) [label=\"Person \(index)\"];")
        }
        for index in 0..<nodeCount {
            lines.append("  n\(index) -> n\((index + 1) % nodeCount);")
        }
        lines.append("  n0 -> n\(nodeCount / 2) [label=\"pays\"];")
        lines.append("}")
        return lines.joined(separator: "\n")
    }

    /// A new, empty temporary folder.
    static func makeTemporaryFolder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("crimegraph-graphviz-tests-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    /// Writes an executable shell script and returns its path.
    ///
    /// The file is opened close-on-exec: a worker spawned meanwhile by a parallel test must not
    /// inherit a writable descriptor to it, or executing the script fails with `ETXTBSY`
    /// ("Text file busy"). Foundation's file writing gives no such guarantee.
    static func makeScript(_ body: String, in folder: URL, named name: String = "fake-worker") throws -> String {
        let path = folder.appendingPathComponent(name).path
        let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o755)
        guard descriptor >= 0 else { throw CocoaError(.fileWriteUnknown) }
        defer { close(descriptor) }
        let bytes = Array(("#!/bin/sh\n" + body + "\n").utf8)
        guard bytes.withUnsafeBytes({ write(descriptor, $0.baseAddress, $0.count) }) == bytes.count else {
            throw CocoaError(.fileWriteUnknown)
        }
        return path
    }

    /// The number of `<g class="node">` elements in an SVG document, checking it is well-formed XML.
    ///
    /// Foundation's `XMLParser` on Linux refuses documents past about 10 MB (libxml2 without
    /// `XML_PARSE_HUGE`), so a larger document is checked for its closing `</svg>` and its
    /// node groups counted in the text, where Graphviz writes them as `class="node"`; a name
    /// cannot fake one because Graphviz escapes quotes in text.
    static func nodeGroupCount(inSVG bytes: [UInt8]) -> Int? {
        if bytes.count > 8 << 20 {
            let text = String(decoding: bytes, as: UTF8.self)
            guard text.trimmingCharacters(in: .whitespacesAndNewlines).hasSuffix("</svg>") else { return nil }
            return text.components(separatedBy: "class=\"node\"").count - 1
        }
        let counter = NodeGroupCounter()
        let parser = XMLParser(data: Data(bytes))
        parser.delegate = counter
        parser.shouldResolveExternalEntities = false
        guard parser.parse() else { return nil }
        return counter.count
    }
}

/// Counts SVG `g` elements whose class is `node`.
private final class NodeGroupCounter: NSObject, XMLParserDelegate {
    var count = 0

    func parser(
        _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
        qualifiedName: String?, attributes: [String: String] = [:]
    ) {
        if elementName == "g", attributes["class"] == "node" { count += 1 }
    }
}
