import Foundation
import Testing

/// Progress goes to stderr only when stderr is a terminal: one line redrawn in place
/// (carriage return, erase to end of line) and erased when the work is done. Under a pipe or
/// in a file (scripts, CI logs) there is none. The terminal is a pseudo-terminal made by
/// util-linux's `script`.
@Suite("Progress on a terminal only", .serialized)
struct ProgressTests {
    static let script = "/usr/bin/script"
    static let escape = "\u{1B}[K"

    /// A ring of 1,500 entities with random chords, 4,500 relationships in all (below the
    /// overview threshold): betweenness on it takes a moment, as does an sfdp layout.
    static func network(in folder: String) throws -> String {
        var random = SeededGenerator(seed: 11)
        var seen = Set<UInt64>()
        var text = "source,target\n"
        for a in 0..<1_500 {
            let b = (a + 1) % 1_500
            seen.insert(UInt64(min(a, b)) << 32 | UInt64(max(a, b)))
            text += "p\(a),p\(b)\n"
        }
        while seen.count < 4_500 {
            let a = Int(random.next() % 1_500), b = Int(random.next() % 1_500)
            guard a != b, seen.insert(UInt64(min(a, b)) << 32 | UInt64(max(a, b))).inserted else { continue }
            text += "p\(a),p\(b)\n"
        }
        let path = folder + "/calls.csv"
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    /// Runs `crimegraph ARGUMENTS` with its stderr (and stdin) on a pseudo-terminal and stdout
    /// thrown away; returns what the terminal showed. Nil when `script` is missing.
    static func onTerminal(_ arguments: [String]) throws -> (status: Int32, screen: String)? {
        guard FileManager.default.isExecutableFile(atPath: script) else {
            Requirement.missing("no \(script) (util-linux) to make a pseudo-terminal")
            return nil
        }
        let command = ([CLI.binary] + arguments).map(quoted).joined(separator: " ") + " >/dev/null"
        let process = Process()
        process.executableURL = URL(fileURLWithPath: script)
        process.arguments = ["-qec", command, "/dev/null"]
        process.currentDirectoryURL = URL(fileURLWithPath: CLI.repository)
        var environment = ProcessInfo.processInfo.environment
        environment["TERM"] = "xterm"
        process.environment = environment
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let screen = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: screen, as: UTF8.self))
    }

    static func quoted(_ argument: String) -> String {
        "'" + argument.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }

    @Test func nothingIsPrintedWhenStderrIsNotATerminal() throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let input = try Self.network(in: folder)
        let rank = try CLI.run("rank", input, "--by", "betweenness", "--top", "3")
        #expect(rank.status == 0)
        #expect(rank.stderr.isEmpty, "\(rank.stderr)")
        let closeness = try CLI.run("rank", input, "--by", "closeness", "--top", "3")
        #expect(closeness.stderr.isEmpty, "\(closeness.stderr)")
        let render = try CLI.run("render", input, "-o", folder + "/a.svg", "--collapse", "community", "--top", "900", "--by", "betweenness")
        #expect(render.status == 0, "\(render.stderr)")
        #expect(!render.stderr.contains("\r") && !render.stderr.contains("\u{1B}"), "\(render.stderr)")
        #expect(!render.stderr.contains("laying out") && !render.stderr.contains("Louvain") && !render.stderr.contains("%"), "\(render.stderr)")
    }

    @Test func betweennessAndClosenessShowProgressOnATerminal() throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let input = try Self.network(in: folder)
        for measure in ["betweenness", "closeness"] {
            guard let run = try Self.onTerminal(["rank", input, "--by", measure, "--top", "3"]) else { return }
            #expect(run.status == 0, "\(run.screen)")
            #expect(run.screen.contains("\r\(measure): "), "\(run.screen)")
            #expect(run.screen.contains("of 1,500)" + Self.escape), "\(run.screen)")
            // Erased when done: the last thing drawn is "carriage return, erase the line".
            #expect(run.screen.hasSuffix("\r" + Self.escape), "\(run.screen.suffix(80))")
        }
    }

    @Test func louvainAndTheLayoutShowProgressOnATerminal() throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let input = try Self.network(in: folder)
        guard let overview = try Self.onTerminal(["render", input, "-o", folder + "/groups.svg", "--collapse", "community"]) else { return }
        #expect(overview.status == 0, "\(overview.screen)")
        #expect(overview.screen.contains("\rcommunities (Louvain): pass 1, "), "\(overview.screen)")
        // sfdp on 1,500 entities and 4,500 relationships takes about a second: the spinner shows.
        guard let layout = try Self.onTerminal(["render", input, "-o", folder + "/all.svg", "--engine", "sfdp"]) else { return }
        #expect(layout.status == 0, "\(layout.screen)")
        #expect(layout.screen.contains("laying out 1,500 entities with sfdp"), "\(layout.screen)")
        #expect(layout.screen.contains(" s" + Self.escape), "\(layout.screen)")
        #expect(layout.screen.hasSuffix("\r" + Self.escape), "\(layout.screen.suffix(80))")
        #expect(FileManager.default.fileExists(atPath: folder + "/all.svg"))
    }

    /// A load that takes more than a second (600,000 relationships, 9 MB, read by a debug
    /// build) shows how much is read, then erases the line; a small load shows nothing.
    @Test func aLongLoadShowsProgress() throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        var text = "source,target\n"
        text.reserveCapacity(9_000_000)
        for index in 0..<600_000 { text += "n\(index % 200_000),n\((index &* 7_919 &+ 17) % 200_000)\n" }
        let path = folder + "/large.csv"
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        guard let run = try Self.onTerminal(["info", path]) else { return }
        #expect(run.status == 0, "\(run.screen)")
        #expect(run.screen.contains("\rloading: "), "\(run.screen)")
        #expect(run.screen.contains(" MB)" + Self.escape), "\(run.screen)")
        #expect(run.screen.hasSuffix("\r" + Self.escape), "\(run.screen.suffix(80))")
        guard let small = try Self.onTerminal(["info", "Graphs/sihanoukville-2022.yaml"]) else { return }
        #expect(!small.screen.contains("loading"), "\(small.screen)")
    }
}
