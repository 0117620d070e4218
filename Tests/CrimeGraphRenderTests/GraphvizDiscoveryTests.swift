import Foundation
import Testing
@testable import CrimeGraphRender

@Suite("Graphviz worker discovery")
struct GraphvizDiscoveryTests {
    func renderer(environment: [String: String], runningExecutable: String?, workerPath: String? = nil) -> GraphvizRenderer {
        GraphvizRenderer(
            workerPath: workerPath, timeout: .seconds(120),
            environment: environment, runningExecutable: runningExecutable
        )
    }

    @Test("CRIMEGRAPH_GRAPHVIZ pointing nowhere is workerNotFound, without falling back")
    func missingOverride() {
        let real = WorkerLocator.currentExecutablePath()
        let renderer = renderer(environment: ["CRIMEGRAPH_GRAPHVIZ": "/nonexistent"], runningExecutable: real)
        #expect {
            try renderer.render(dot: "digraph {}", engine: .dot, format: .svg)
        } throws: { error in
            guard case .workerNotFound(let searched) = error as? GraphvizError else { return false }
            return searched == ["/nonexistent"]
                && (error as? GraphvizError)?.description.contains("CRIMEGRAPH_GRAPHVIZ") == true
        }
    }

    @Test("CRIMEGRAPH_GRAPHVIZ naming a file that is not executable is workerNotFound")
    func nonExecutableOverride() {
        let renderer = renderer(environment: ["CRIMEGRAPH_GRAPHVIZ": #filePath], runningExecutable: nil)
        #expect(throws: GraphvizError.self) { try renderer.locateWorker() }
    }

    @Test("CRIMEGRAPH_GRAPHVIZ naming the real worker is used")
    func workingOverride() throws {
        let real = try GraphvizRenderer().locateWorker()
        let renderer = renderer(environment: ["CRIMEGRAPH_GRAPHVIZ": real], runningExecutable: nil)
        #expect(try renderer.locateWorker() == real)
        let svg = try renderer.render(dot: "digraph { a -> b }", engine: .dot, format: .svg)
        #expect(GraphvizTestSupport.nodeGroupCount(inSVG: svg) == 2)
    }

    @Test("an explicit worker path wins over CRIMEGRAPH_GRAPHVIZ")
    func explicitPathWins() throws {
        let real = try GraphvizRenderer().locateWorker()
        let renderer = renderer(environment: ["CRIMEGRAPH_GRAPHVIZ": "/nonexistent"], runningExecutable: nil, workerPath: real)
        #expect(try renderer.locateWorker() == real)
    }

    @Test("the default places are the executable's folder, then ../libexec")
    func candidatePaths() {
        let locator = WorkerLocator(explicitPath: nil, environment: [:], runningExecutable: "/opt/cg/bin/crimegraph")
        #expect(locator.candidatePaths() == ["/opt/cg/bin/crimegraph-graphviz", "/opt/cg/libexec/crimegraph-graphviz"])
        let unknown = WorkerLocator(explicitPath: nil, environment: [:], runningExecutable: nil)
        #expect(throws: GraphvizError.self) { try unknown.locate() }
    }

    @Test("a worker in PREFIX/libexec is found from PREFIX/bin")
    func libexecDiscovery() throws {
        let prefix = try GraphvizTestSupport.makeTemporaryFolder()
        defer { try? FileManager.default.removeItem(at: prefix) }
        let manager = FileManager.default
        try manager.createDirectory(at: prefix.appendingPathComponent("bin"), withIntermediateDirectories: true)
        try manager.createDirectory(at: prefix.appendingPathComponent("libexec"), withIntermediateDirectories: true)
        let installed = prefix.appendingPathComponent("libexec/crimegraph-graphviz").path
        try manager.createSymbolicLink(atPath: installed, withDestinationPath: try GraphvizRenderer().locateWorker())
        let renderer = renderer(environment: [:], runningExecutable: prefix.appendingPathComponent("bin/crimegraph").path)
        #expect(try renderer.locateWorker() == installed)
        let png = try renderer.render(dot: "digraph { a -> b }", engine: .dot, format: .png)
        #expect(png.starts(with: [0x89, 0x50, 0x4E, 0x47]))
    }

    @Test("nothing found lists every place searched")
    func nothingFound() {
        let renderer = renderer(environment: [:], runningExecutable: "/nonexistent/bin/crimegraph")
        #expect {
            try renderer.locateWorker()
        } throws: { error in
            guard case .workerNotFound(let searched) = error as? GraphvizError else { return false }
            return searched == ["/nonexistent/bin/crimegraph-graphviz", "/nonexistent/libexec/crimegraph-graphviz"]
        }
    }
}
