import CrimeGraph
import Foundation
import Testing
@testable import CrimeGraphRender

/// Huge labels and huge graphs through the encoder and the worker: each ends in a correct
/// image or a clear `GraphvizError` within the timeout, and this process lives on.
@Suite("Graphviz on hostile graphs")
struct GraphvizHostileTests {
    /// `count` people named by `name(index)`, in a ring with chords.
    static func people(_ count: Int, chords: Int = 0, name: (Int) -> String) throws -> Graph {
        var builder = GraphBuilder()
        for index in 0..<count { _ = builder.add(Entity(id: "p\(index)", kind: .person, name: name(index))) }
        for index in 0..<count where count > 1 {
            builder.add(Relationship(from: "p\(index)", to: "p\((index + 1) % count)", kind: "associated_with"))
            for chord in 0..<chords {
                builder.add(Relationship(from: "p\(index)", to: "p\((index * 7 + chord * 13 + 5) % count)", kind: "communicated_with"))
            }
        }
        return try builder.build()
    }

    /// Renders, and checks the outcome: an image with a node per entity, or a GraphvizError
    /// whose message is one clear line; either well within `timeout`.
    static func renderedOrRefused(_ graph: Graph, engine: GraphvizEngine, format: ImageFormat, timeout: Duration) -> Result<[UInt8], GraphvizError> {
        let dot = DOTEncoder.encode(graph, options: DiagramOptions(legend: false), engine: engine)
        let started = ContinuousClock.now
        let result = Result { () throws(GraphvizError) in try GraphvizRenderer(timeout: timeout).render(dot: dot, engine: engine, format: format) }
        #expect(ContinuousClock.now - started < timeout + .seconds(10), "the worker outlived its timeout")
        switch result {
        case .success(let bytes):
            if format == .svg { #expect(GraphvizTestSupport.nodeGroupCount(inSVG: bytes) == graph.entityCount) }
            #expect(!bytes.isEmpty)
        case .failure(let error):
            let message = error.description
            #expect(!message.isEmpty && !message.contains("\n"), "not one clear line: \(message)")
            #expect(message.utf8.count < 2_000)
        }
        return result
    }

    @Test("a 1 MB name, one word", arguments: [ImageFormat.svg, .png])
    func megabyteName(format: ImageFormat) throws {
        let graph = try Self.people(2) { $0 == 0 ? String(repeating: "W", count: 1 << 20) : "Bo" }
        _ = Self.renderedOrRefused(graph, engine: .dot, format: format, timeout: .seconds(30))
    }

    @Test func tenThousandLineLabel() throws {
        let graph = try Self.people(3) { index in index == 1 ? (0..<10_000).map { "line \($0)" }.joined(separator: "\n") : "P\(index)" }
        _ = Self.renderedOrRefused(graph, engine: .dot, format: .svg, timeout: .seconds(30))
    }

    /// 200,000 combining marks on one letter: Pango's shaping is the stress here.
    @Test func combiningMarkPile() throws {
        let graph = try Self.people(2) { $0 == 0 ? "Z" + String(repeating: "\u{0338}\u{0322}\u{0353}\u{0301}", count: 50_000) : "Ann" }
        _ = Self.renderedOrRefused(graph, engine: .dot, format: .png, timeout: .seconds(30))
    }

    @Test func rightToLeftAndOverrides() throws {
        let names = ["مجموعة الصقر", "שלום עולם", "Galaxy \u{202E}World\u{202C} Ltd", "\u{2067}abc\u{2069}", "ហ៊ុន សែន", "金鸿 集团"]
        let graph = try Self.people(names.count) { names[$0] }
        let result = Self.renderedOrRefused(graph, engine: .dot, format: .svg, timeout: .seconds(60))
        let svg = try result.get()
        let parsed = try SVGNodeTexts.parse(svg)
        for (index, name) in names.enumerated() { #expect(parsed.texts["e-p\(index)"] == [name]) }
    }

    /// Far beyond what dot lays out in time: the timeout stops it, quickly and clearly.
    @Test func hugeGraphWithDotTimesOut() throws {
        let graph = try Self.people(3_000, chords: 2) { "Person \($0)" }
        let result = Self.renderedOrRefused(graph, engine: .dot, format: .svg, timeout: .seconds(3))
        if case .failure(let error) = result, case .timedOut(let limit, _, _, _) = error {
            #expect(limit == .seconds(3))
            #expect(error.description.contains("did not finish"))
        }
    }

    /// sfdp draws 20,000 entities; under load it may run out of time instead. (The limit leaves
    /// room beyond Graphviz's 90 s for a sanitizer build on a busy machine: `make sanitize`.)
    @Test(.timeLimit(TestBuild.limit(minutes: 5)))
    func hugeGraphWithSfdp() throws {
        let graph = try Self.people(20_000, chords: 1) { "P\($0)" }
        _ = Self.renderedOrRefused(graph, engine: .sfdp, format: .svg, timeout: .seconds(90))
    }
}
