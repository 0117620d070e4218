import Foundation
import Testing

/// The exit statuses the README documents, and that no user error shows a stack trace:
/// 0 success, 1 failure (bad input, unknown entity, no path, Graphviz failure, a file that
/// cannot be written), 64 usage error; a command killed by SIGINT, SIGTERM or SIGHUP ends by
/// that signal (a shell shows 130, 143 or 129) — `InterruptTests` checks SIGINT and SIGTERM.
@Suite("Exit statuses and messages")
struct ExitCodeTests {
    @Test("each documented exit status", arguments: [
        // Success.
        (["validate", sihanoukville], Int32(0), ""),
        (["--version"], 0, ""),
        (["help", "path"], 0, ""),
        // Failure: the input or the question is wrong.
        (["validate", "Tests/Fixtures/invalid/semantics.yaml"], 1, ""),
        (["info", "no/such/file.yaml"], 1, "no such file"),
        (["info", "Tests/Fixtures/hostile/yaml-billion-laughs.yaml"], 1, "alias bomb"),
        (["show", sihanoukville, "Nobody Atall"], 1, "no entity"),
        (["path", sihanoukville, "Hun Sen", "Galaxy World", "--relation", "owns"], 1, ""),
        (["query", sihanoukville, "MATCH (n RETURN n"], 1, "invalid query"),
        (["convert", sihanoukville, "-o", "/no/such/folder/x.json"], 1, "does not exist"),
        (["info", "Tests/Fixtures"], 1, "is a directory"),
        // A failed render: Graphviz cannot lay the graph out within 10 ms.
        (["render", sihanoukville, "-o", FileManager.default.temporaryDirectory.path + "/crimegraph-exit-status.svg", "--engine", "dot", "--timeout", "0.01"],
         1, "did not finish"),
        // Usage: the command line is wrong.
        (["infoo", sihanoukville], 64, "did you mean 'info'"),
        (["info"], 64, "give at least one input file"),
        (["info", sihanoukville, "--no-such-option"], 64, "Unknown option"),
        (["info", sihanoukville, "--format", "xml"], 64, "xml"),
        (["convert", sihanoukville, "-o", "out.unknown-extension"], 64, "cannot tell the output format"),
        (["info", sihanoukville, "--as-of", "yesterday"], 64, "--as-of yesterday"),
        (["info", sihanoukville, "--from", "excel"], 64, "--from excel"),
    ])
    func status(arguments: [String], expected: Int32, message: String) throws {
        let result = try CLI.run(arguments)
        #expect(result.status == expected, "\(arguments): \(result.stderr.prefix(400))")
        if !message.isEmpty {
            #expect(result.stderr.contains(message) || result.stdout.contains(message), "\(arguments): \(result.stderr.prefix(400))")
        }
        HostileCLITests.expectCleanErrors(result, arguments.joined(separator: " "))
    }

    /// SIGHUP (a closed terminal) ends a write like SIGINT and SIGTERM: by the signal, with the
    /// previous file intact and no temporary file left.
    @Test func hangupEndsTheCommandByTheSignal() throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try InterruptTests.interrupt(
            arguments: ["convert", sihanoukville], output: "case.json", companions: [], signal: SIGHUP, in: folder, minimumSize: 1)
    }

    @Test func errorsGoToStderrAndResultsToStdout() throws {
        let failure = try CLI.run("show", sihanoukville, "Nobody Atall")
        #expect(failure.stdout.isEmpty)
        #expect(failure.stderr.hasPrefix("error: "))
        let success = try CLI.run("show", sihanoukville, "Hun Sen")
        #expect(!success.stdout.isEmpty)
        #expect(success.stderr.isEmpty)
    }
}
