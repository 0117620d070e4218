import Foundation
import Testing

/// The workflows in Examples/Workflows run as a user would run them and print exactly what is
/// committed beside them, so the examples never drift from the tool.
@Suite("Example workflows")
struct ExamplesTests {
    static let folder = CLI.repository + "/Examples/Workflows"

    static var scripts: [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).filter { $0.hasSuffix(".sh") }.sorted()
    }

    @Test func everyWorkflowHasItsExpectedOutput() {
        #expect(Self.scripts.count >= 4)
        for script in Self.scripts {
            #expect(FileManager.default.fileExists(atPath: Self.folder + "/" + script.dropLast(3) + ".expected"), "\(script)")
        }
    }

    @Test("workflow output matches", arguments: scripts)
    func workflow(script: String) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = [Self.folder + "/" + script]
        process.currentDirectoryURL = URL(fileURLWithPath: CLI.repository)
        var environment = ProcessInfo.processInfo.environment
        environment["CRIMEGRAPH"] = CLI.binary
        environment["NO_COLOR"] = "1"
        process.environment = environment
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "\(script) failed")
        let expected = try String(contentsOfFile: Self.folder + "/" + script.dropLast(3) + ".expected", encoding: .utf8)
        #expect(String(decoding: data, as: UTF8.self) == expected, "\(script)")
    }
}
