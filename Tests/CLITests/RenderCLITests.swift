import Foundation
import Testing

@Suite("crimegraph render")
struct RenderCLITests {
    @Test func rendersEveryFormat() throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let magic: [String: [UInt8]] = [
            "svg": Array("<?xml".utf8), "png": [0x89, 0x50, 0x4E, 0x47], "pdf": Array("%PDF".utf8), "dot": Array("digraph".utf8),
        ]
        for (format, prefix) in magic.sorted(by: { $0.key < $1.key }) {
            let path = "\(folder)/gdi.\(format)"
            let result = try CLI.run("render", sihanoukville, "-o", path, "--focus", "gdi", "--depth", "1")
            #expect(result.status == 0, "\(format): \(result.stderr)")
            let bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: path)))
            #expect(Array(bytes.prefix(prefix.count)) == prefix, "\(format)")
        }
        let dot = try String(contentsOfFile: "\(folder)/gdi.dot", encoding: .utf8)
        #expect(dot.contains("\"keo-vanthan\" ["))
        #expect(!dot.contains("\"galaxy-world\" ["))
    }

    @Test func badEnginesFormatsAndEntitiesAreClearErrors() throws {
        let engine = try CLI.run("render", sihanoukville, "-o", "x.svg", "--engine", "gtk")
        #expect(engine.status == 64)
        #expect(engine.stderr.contains("dot, neato, fdp, sfdp, circo, twopi"))
        let format = try CLI.run("render", sihanoukville, "-o", "x.gif")
        #expect(format.status == 64)
        #expect(format.stderr.contains("use .svg, .png, .pdf or .dot"))
        let focus = try CLI.run("render", sihanoukville, "-o", "x.svg", "--focus", "Galaxy Wrld")
        #expect(focus.status == 1)
        #expect(focus.stderr.contains("did you mean 'galaxy-world'"))
    }

    @Test func failedRendersLeaveTheOldFileUntouched() throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let path = folder + "/network.svg"
        try "previous picture".write(toFile: path, atomically: true, encoding: .utf8)
        let missing = try CLI.run(["render", sihanoukville, "-o", path], environment: ["CRIMEGRAPH_GRAPHVIZ": folder + "/no-worker"])
        #expect(missing.status == 1)
        #expect(missing.stderr.hasPrefix("error: "))
        let slow = try CLI.run("render", sihanoukville, "-o", path, "--engine", "dot", "--timeout", "0.01")
        #expect(slow.status == 1)
        #expect(slow.stderr.contains("did not finish") && slow.stderr.contains("was stopped"), "\(slow.stderr)")
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "previous picture")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder) == ["network.svg"])
    }
}

@Suite("crimegraph render with clusters")
struct RenderClusterTests {
    /// dot fails on this clustered layout in Graphviz 2.43; an engine chosen by CrimeGraph
    /// falls back to fdp, an engine chosen by the user gets the advice.
    @Test func clusteredDiagramsFallBackToFDP() throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let automatic = try CLI.run("render", sihanoukville, "-o", folder + "/a.svg", "--cluster-by", "kind")
        #expect(automatic.status == 0, "\(automatic.stderr)")
        let svg = try String(contentsOfFile: folder + "/a.svg", encoding: .utf8)
        #expect(svg.contains("class=\"cluster\""))
        let explicit = try CLI.run("render", sihanoukville, "-o", folder + "/b.svg", "--cluster-by", "kind", "--engine", "dot")
        if explicit.status != 0 {
            #expect(explicit.stderr.contains("--engine fdp also draws clusters"))
        }
    }
}
