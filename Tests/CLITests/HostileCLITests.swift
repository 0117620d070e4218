import Foundation
import Testing

/// The binary on the hostile corpus (`Tests/Fixtures/hostile/expected.json`) and on a 100 MB
/// single line made at test time: every user error is a clear message and exit status 1,
/// nothing raw on stderr, never a stack trace.
@Suite("Hostile input through the binary")
struct HostileCLITests {
    static let folder = "Tests/Fixtures/hostile"

    struct Outcome: Decodable {
        var error: String?
        var entities: Int?
        var queryError: String?

        enum CodingKeys: String, CodingKey {
            case error, entities
            case queryError = "query_error"
        }
    }

    struct Manifest: Decodable {
        var inputs: [String: Outcome]
    }

    static let manifest: [String: Outcome] = {
        guard let data = FileManager.default.contents(atPath: CLI.repository + "/" + folder + "/expected.json") else { return [:] }
        return (try? JSONDecoder().decode(Manifest.self, from: data).inputs) ?? [:]
    }()

    /// What only a crash, a trap or an unhandled error prints.
    static let crashMarkers = [
        "Stack dump", "Fatal error", "Backtracing", "Swift runtime failure", "Current stack trace", "Thread 0", " 0x0000",
        "Illegal instruction", "Segmentation fault", "Aborted", "DiagnosticsError(", "Optional(", "Error Domain=",
    ]

    /// Checks that stderr holds only CrimeGraph's own lines.
    static func expectCleanErrors(_ result: CLI.Result, _ what: String, sourceLocation: SourceLocation = #_sourceLocation) {
        for marker in crashMarkers {
            #expect(!result.stderr.contains(marker), "\(what): stderr shows '\(marker)':\n\(result.stderr.prefix(2_000))", sourceLocation: sourceLocation)
        }
        #expect(result.stderr.utf8.count < 64_000, "\(what): \(result.stderr.utf8.count) bytes on stderr", sourceLocation: sourceLocation)
        for line in result.stderr.split(separator: "\n") where !line.hasPrefix(" ") {
            // CrimeGraph's own lines, and ArgumentParser's for usage errors (`Error:`, `Usage:`, `Help:`, `See`).
            let known = line.hasPrefix("error: ") || line.hasPrefix("warning: ") || line.hasPrefix("note: ") || line.contains(": error: ")
                || line.contains(": warning: ") || line.hasPrefix("Error: ") || line.hasPrefix("Usage: ") || line.hasPrefix("Help: ")
                || line.hasPrefix("  See '")
            #expect(known, "\(what): an unexpected line on stderr: \(line.prefix(300))", sourceLocation: sourceLocation)
        }
    }

    static let files: [String] = manifest.filter { $0.value.queryError == nil }.keys.sorted()
    static let queries: [String] = manifest.filter { $0.value.queryError != nil }.keys.sorted()

    @Test("info on each hostile file: exit 0 or a clear error with exit 1", arguments: files)
    func hostileFile(name: String) throws {
        let outcome = try #require(Self.manifest[name])
        let result = try CLI.run("info", Self.folder + "/" + name)
        #expect(result.status == (outcome.error == nil ? 0 : 1), "\(name): \(result.stderr.prefix(500))")
        if let error = outcome.error { #expect(result.stderr.contains(error), "\(name)") }
        Self.expectCleanErrors(result, name)
    }

    @Test("hostile queries are refused with a caret, not a crash", arguments: queries)
    func hostileQuery(name: String) throws {
        let outcome = try #require(Self.manifest[name])
        let result = try CLI.run("query", sihanoukville, "--query-file", Self.folder + "/" + name)
        #expect(result.status == 1)
        #expect(result.stderr.contains(outcome.queryError ?? "?"), "\(name): \(result.stderr.prefix(300))")
        Self.expectCleanErrors(result, name)
    }

    /// Names that are terminal escape sequences, carriage returns or bidirectional overrides
    /// are shown, not obeyed, in tables and messages; JSON keeps them exactly.
    @Test func terminalControlsInNamesAreShownNotObeyed() throws {
        let file = Self.folder + "/metacharacter-names.yaml"
        let table = try CLI.run("entities", file)
        #expect(table.status == 0)
        for forbidden: Unicode.Scalar in ["\u{1B}", "\u{9B}", "\u{07}", "\u{7F}", "\r", "\u{202E}", "\u{2067}", "\u{2028}"] {
            #expect(!table.stdout.unicodeScalars.contains(forbidden), "U+\(String(forbidden.value, radix: 16)) reached the terminal")
        }
        #expect(table.stdout.contains("escape<U+001B>[31mred<U+001B>[0m"))
        #expect(table.stdout.contains("Galaxy <U+202E>World<U+202C> Ltd"))
        #expect(table.stdout.contains("مجموعة الصقر") && table.stdout.contains("ហ៊ុន សែន") && table.stdout.contains("Z\u{338}\u{322}\u{353}a\u{337}l\u{335}g\u{336}o\u{337} e\u{301}\u{301}\u{301}"))
        let json = try CLI.run("entities", file, "--format", "json")
        #expect(json.stdout.contains("\\u001b[31mred") || json.stdout.contains("\\u001B[31mred"))
        let csv = try CLI.run("entities", file, "--format", "csv")
        for line in csv.stdout.split(separator: "\r\n").dropFirst() {
            for cell in line.split(separator: ",", omittingEmptySubsequences: false) {
                let text = cell.hasPrefix("\"") ? cell.dropFirst() : cell
                if let first = text.first { #expect(!"=+-@".contains(first) || Double(text) != nil, "formula cell: \(cell)") }
            }
        }
    }

    /// A 100 MB single line (made here, not committed): a JSON case file whose title is one
    /// 100 MB string, with a mistake after it. The error names line 1 and its column, the
    /// message does not repeat the 100 MB, and it takes seconds, not minutes (a sanitizer build
    /// gets three times as long).
    @Test(.timeLimit(TestBuild.limit(minutes: 5)))
    func hundredMegabyteLine() throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let size = 100 << 20
        var bytes = Array("{\"schema_version\": 1, \"title\": \"".utf8)
        bytes.reserveCapacity(size + 100)
        bytes.append(contentsOf: repeatElement(UInt8(ascii: "x"), count: size))
        bytes.append(contentsOf: Array("\", \"bogus\": 1}".utf8))
        let json = folder + "/long-line.json"
        FileManager.default.createFile(atPath: json, contents: Data(bytes))
        let started = ContinuousClock.now
        let result = try CLI.run("validate", json)
        #expect(ContinuousClock.now - started < TestBuild.bound(.seconds(240)))
        #expect(result.status == 1)
        // `{"schema_version": 1, "title": "` is 32 characters, then the string and `", `.
        let column = 32 + size + 4
        #expect(result.stdout.contains("long-line.json:1:\(column): error: the case file: unknown field 'bogus'"), "\(result.stdout.prefix(500))")
        #expect(result.stdout.utf8.count < 10_000)
        Self.expectCleanErrors(result, "100 MB line")

        // The same line as CSV: one field of 100 MB whose quote never closes.
        var csv = Array("source,target\n\"".utf8)
        csv.append(contentsOf: repeatElement(UInt8(ascii: "y"), count: size))
        FileManager.default.createFile(atPath: folder + "/long-line.csv", contents: Data(csv))
        let table = try CLI.run("info", folder + "/long-line.csv")
        #expect(table.status == 1)
        #expect(table.stderr.contains("long-line.csv:2:1: error:"), "\(table.stderr.prefix(500))")
        #expect(table.stderr.utf8.count < 10_000)
        Self.expectCleanErrors(table, "100 MB CSV field")
    }
}
