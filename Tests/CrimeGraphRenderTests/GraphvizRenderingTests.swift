import Foundation
import Testing
@testable import CrimeGraphRender

@Suite("Graphviz rendering through the worker")
struct GraphvizRenderingTests {
    let renderer = GraphvizRenderer()

    @Test("the worker is found beside the test runner")
    func workerIsFound() throws {
        let path = try renderer.locateWorker()
        #expect(path.hasSuffix("/crimegraph-graphviz"))
    }

    @Test("SVG is well-formed XML with one node group per node")
    func svgHasOneGroupPerNode() throws {
        let svg = try renderer.render(dot: GraphvizTestSupport.ring(nodeCount: 7), engine: .dot, format: .svg)
        #expect(GraphvizTestSupport.nodeGroupCount(inSVG: svg) == 7)
    }

    @Test("PNG starts with the PNG signature")
    func pngSignature() throws {
        let png = try renderer.render(dot: GraphvizTestSupport.ring(nodeCount: 5), engine: .dot, format: .png)
        #expect(Array(png.prefix(8)) == [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])
    }

    @Test("PDF starts with %PDF")
    func pdfSignature() throws {
        let pdf = try renderer.render(dot: GraphvizTestSupport.ring(nodeCount: 5), engine: .dot, format: .pdf)
        #expect(Array(pdf.prefix(4)) == Array("%PDF".utf8))
    }

    @Test("every engine renders a small graph", arguments: GraphvizEngine.allCases)
    func everyEngineRenders(engine: GraphvizEngine) throws {
        let svg = try renderer.render(dot: GraphvizTestSupport.ring(nodeCount: 6), engine: engine, format: .svg)
        #expect(GraphvizTestSupport.nodeGroupCount(inSVG: svg) == 6)
    }

    @Test("the engine argument wins over a layout attribute in the DOT text")
    func engineOverridesLayoutAttribute() throws {
        let dot = "graph { layout=osage; a -- b; b -- c; c -- a }"
        let withAttribute = try renderer.render(dot: dot, engine: .circo, format: .svg)
        let plain = try renderer.render(dot: "graph { a -- b; b -- c; c -- a }", engine: .circo, format: .svg)
        #expect(withAttribute == plain)
    }

    @Test("a large input and a large output cross the pipes without deadlock")
    func largeInputAndOutput() throws {
        let nodeCount = 1500
        var dot = "digraph G {\n"
        // About 4 MB of comments: far beyond any socket buffer.
        let padding = "// " + String(repeating: "x", count: 1000) + "\n"
        dot += String(repeating: padding, count: 4000)
        for index in 0..<nodeCount {
            dot += "n\(index) -> n\((index * 7 + 1) % nodeCount);\n"
        }
        dot += "}\n"
        let svg = try renderer.render(dot: dot, engine: .sfdp, format: .svg)
        #expect(svg.count > 200_000)
        #expect(GraphvizTestSupport.nodeGroupCount(inSVG: svg) == nodeCount)
    }

    @Test("invalid DOT fails at the parse stage with Graphviz's message naming the line")
    func invalidDOT() {
        let dot = "digraph G {\n  a -> b;\n  b -> ;\n}\n"
        #expect {
            try renderer.render(dot: dot, engine: .dot, format: .svg)
        } throws: { error in
            guard case .graphvizFailed(stage: .parse, let message, _) = error as? GraphvizError else { return false }
            return message.contains("line 3")
        }
    }

    @Test("DOT text with a NUL character is refused before spawning")
    func nulCharacter() {
        #expect {
            try renderer.render(dot: "digraph { a\u{0} -> b }", engine: .dot, format: .svg)
        } throws: { error in
            guard case .invalidRequest = error as? GraphvizError else { return false }
            return true
        }
    }
}
