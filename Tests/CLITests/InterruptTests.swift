import Foundation
import Testing

/// Ctrl-C or `kill` during a write leaves the previous file intact and no temporary file,
/// checked at a deterministic moment: the writer pauses once its temporary file is complete
/// (`CRIMEGRAPH_TEST_PAUSE_BEFORE_RENAME`), the test interrupts it there.
@Suite("Interrupted writes lose nothing")
struct InterruptTests {
    @Test("interrupting render and export", arguments: [
        (["render", sihanoukville, "--engine", "neato"], "network.svg", SIGINT),
        (["render", sihanoukville, "--engine", "neato"], "network.png", SIGTERM),
        (["convert", sihanoukville], "case.json", SIGINT),
        (["convert", sihanoukville], "case.yaml", SIGTERM),
    ])
    func interrupt(arguments: [String], output: String, signal: Int32) throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try Self.interrupt(arguments: arguments, output: output, companions: [], signal: signal, in: folder, minimumSize: 1)
    }

    /// A network of 3,000 entities and 150,000 relationships (a 3 MB edge list, tens of MB
    /// once exported), made in the test's folder.
    static func largeNetwork(in folder: String) throws -> String {
        var text = "source,target,kind,weight\r\n"
        text.reserveCapacity(3_500_000)
        for index in 0..<150_000 {
            text += "p\(index % 3_000),p\((index &* 7_919 &+ 13) % 3_000),communicated_with,\(index % 17 + 1)\r\n"
        }
        let path = folder + "/calls.csv"
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    @Test("interrupting a large render and large exports", arguments: [
        (["render", "--engine", "sfdp", "--collapse", "none", "--timeout", "900"], "network.svg", [String](), SIGTERM),
        (["convert"], "network.graphml", [], SIGINT),
        (["convert"], "network.json", [], SIGTERM),
        (["convert"], "network.csv", ["network.nodes.csv"], SIGINT),
    ])
    func interruptLarge(arguments: [String], output: String, companions: [String], signal: Int32) throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let input = try Self.largeNetwork(in: folder)
        try Self.interrupt(
            arguments: [arguments[0], input] + arguments.dropFirst(), output: output, companions: companions, signal: signal, in: folder,
            minimumSize: 1 << 20)
    }

    /// Starts the binary, waits for its writer's pause, interrupts it, and checks that the
    /// previous output (and companion files) are intact and no temporary file is left.
    static func interrupt(
        arguments: [String], output: String, companions: [String], signal: Int32, in folder: String, minimumSize: Int
    ) throws {
        let before = try FileManager.default.contentsOfDirectory(atPath: folder)
        let target = folder + "/" + output
        try "previous contents".write(toFile: target, atomically: true, encoding: .utf8)
        for companion in companions { try "previous companion".write(toFile: folder + "/" + companion, atomically: true, encoding: .utf8) }
        let marker = folder + "/paused"
        let process = Process()
        process.executableURL = URL(fileURLWithPath: CLI.binary)
        process.arguments = arguments + ["-o", target]
        process.currentDirectoryURL = URL(fileURLWithPath: CLI.repository)
        var environment = ProcessInfo.processInfo.environment
        environment["CRIMEGRAPH_TEST_PAUSE_BEFORE_RENAME"] = marker
        process.environment = environment
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        // Wait for the writer to reach its pause (bounded, so a failure cannot hang the suite;
        // beyond the large render's own timeout: a sanitizer build on a busy machine lays those
        // 150,000 relationships out in minutes, not the plain build's seconds).
        var waited = 0
        while !FileManager.default.fileExists(atPath: marker) && waited < 20_000 && process.isRunning {
            usleep(50_000)
            waited += 1
        }
        #expect(FileManager.default.fileExists(atPath: marker), "the writer never paused")
        let temporaries = try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.contains(".tmp-") }
        #expect(temporaries.count == 1, "the complete temporary file exists at the pause: \(temporaries)")
        if let temporary = temporaries.first {
            let size = try FileManager.default.attributesOfItem(atPath: folder + "/" + temporary)[.size] as? Int ?? 0
            #expect(size >= minimumSize, "the temporary file holds \(size) bytes")
        }
        kill(process.processIdentifier, signal)
        process.waitUntilExit()
        #expect(process.terminationReason == .uncaughtSignal)
        #expect(process.terminationStatus == signal)
        #expect(try String(contentsOfFile: target, encoding: .utf8) == "previous contents")
        for companion in companions { #expect(try String(contentsOfFile: folder + "/" + companion, encoding: .utf8) == "previous companion") }
        let left = try FileManager.default.contentsOfDirectory(atPath: folder).sorted()
        #expect(left == (before + [output, "paused"] + companions).sorted(), "no temporary file remains: \(left)")
    }
}
