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
        let target = folder + "/" + output
        try "previous contents".write(toFile: target, atomically: true, encoding: .utf8)
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
        // Wait for the writer to reach its pause (bounded, so a failure cannot hang the suite).
        var waited = 0
        while !FileManager.default.fileExists(atPath: marker) && waited < 1_200 && process.isRunning {
            usleep(50_000)
            waited += 1
        }
        #expect(FileManager.default.fileExists(atPath: marker), "the writer never paused")
        let temporaries = try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.contains(".tmp-") }
        #expect(temporaries.count == 1, "the complete temporary file exists at the pause: \(temporaries)")
        kill(process.processIdentifier, signal)
        process.waitUntilExit()
        #expect(process.terminationReason == .uncaughtSignal)
        #expect(process.terminationStatus == signal)
        #expect(try String(contentsOfFile: target, encoding: .utf8) == "previous contents")
        let left = try FileManager.default.contentsOfDirectory(atPath: folder).sorted()
        #expect(left == [output, "paused"].sorted(), "no temporary file remains: \(left)")
    }
}
