import Foundation
import Testing

/// `crimegraph query`, run as a user would: the built binary beside the test bundle.
@Suite struct QueryCommandTests {
    struct Run {
        let status: Int32
        let stdout: String
        let stderr: String
    }

    static let binary: String = {
        let executable = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0]
        return URL(fileURLWithPath: executable).deletingLastPathComponent().appendingPathComponent("crimegraph").path
    }()

    /// Runs the binary from the repository root; nil (with a note) when it has not been built.
    func run(_ arguments: [String], input: String? = nil) throws -> Run? {
        guard FileManager.default.isExecutableFile(atPath: QueryCommandTests.binary) else {
            Requirement.missing("\(QueryCommandTests.binary) is not built (run swift build first)")
            return nil
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: QueryCommandTests.binary)
        process.arguments = arguments
        process.currentDirectoryURL = URL(fileURLWithPath: Fixtures.repository)
        var environment = ProcessInfo.processInfo.environment
        environment["NO_COLOR"] = "1"
        process.environment = environment
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("query-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let out = folder.appendingPathComponent("out")
        let err = folder.appendingPathComponent("err")
        let inputFile = folder.appendingPathComponent("in")
        FileManager.default.createFile(atPath: out.path, contents: nil)
        FileManager.default.createFile(atPath: err.path, contents: nil)
        FileManager.default.createFile(atPath: inputFile.path, contents: Data((input ?? "").utf8))
        process.standardOutput = try FileHandle(forWritingTo: out)
        process.standardError = try FileHandle(forWritingTo: err)
        process.standardInput = try FileHandle(forReadingFrom: inputFile)
        try process.run()
        process.waitUntilExit()
        return Run(
            status: process.terminationStatus, stdout: try String(contentsOf: out, encoding: .utf8),
            stderr: try String(contentsOf: err, encoding: .utf8))
    }

    static let file = "Graphs/sihanoukville-2022.yaml"
    static let communes = """
        MATCH (a:agency)-[:participated_in]->(:event)<-[:part_of]-(e:event)-[:targeted]->(c:company)-[:located_in|part_of*1..3]->(l:location) \
        WHERE l.name CONTAINS "Commune" AND a.id = $agency RETURN a.name, c.name, l.name ORDER BY c.name
        """

    @Test func table() throws {
        guard let result = try run(["query", QueryCommandTests.file, QueryCommandTests.communes, "--param", "agency=gdi"]) else { return }
        #expect(result.status == 0)
        #expect(result.stdout == """
            a.name                             c.name                 l.name
            ---------------------------------  ---------------------  ----------
            General Department of Immigration  Galaxy World           Commune IV
            General Department of Immigration  Jing Chhay Technology  Commune I
            2 rows

            """)
        #expect(result.stderr.isEmpty)
    }

    @Test func jsonAndCSV() throws {
        let query = "MATCH (c:company)-[r:located_in]->(l) RETURN c, type(r) AS kind, l.name AS place ORDER BY c.name LIMIT 1"
        guard let json = try run(["query", QueryCommandTests.file, query, "--format", "json"]) else { return }
        #expect(json.status == 0)
        let object = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any]
        #expect(object?["columns"] as? [String] == ["c", "kind", "place"])
        let row = (object?["rows"] as? [[String: Any]])?.first
        let node = row?["c"] as? [String: Any]
        #expect(node?["id"] as? String == "galaxy-world")
        #expect(node?["kind"] as? String == "company")
        #expect(node?["labels"] as? [String] == ["company"])
        #expect(row?["kind"] as? String == "located_in")

        guard let csv = try run(["query", QueryCommandTests.file, "RETURN 'a,b' AS x, 1.5 AS y, [1, 'z'] AS z, null AS n", "--format", "csv"])
        else { return }
        #expect(csv.stdout == "x,y,z,n\r\n\"a,b\",1.5,\"[1, 'z']\",\r\n")
    }

    @Test func queryFileAndStandardInput() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("query-file-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("q.cypher").path
        try "// agencies\nMATCH (a:agency) RETURN count(a) AS n".write(toFile: path, atomically: true, encoding: .utf8)
        guard let fromFile = try run(["query", QueryCommandTests.file, "--query-file", path, "--format", "csv"]) else { return }
        #expect(fromFile.status == 0)
        #expect(fromFile.stdout.hasPrefix("n\r\n"))
        guard let fromInput = try run(["query", QueryCommandTests.file, "--query-file", "-", "--format", "csv"], input: "RETURN 1 AS one")
        else { return }
        #expect(fromInput.stdout == "one\r\n1\r\n")
    }

    @Test func errorsAndWarnings() throws {
        guard let syntax = try run(["query", QueryCommandTests.file, "MATCH (n:agency RETURN n"]) else { return }
        #expect(syntax.status == 1)
        #expect(syntax.stdout.isEmpty)
        #expect(syntax.stderr == """
            error: invalid query: unexpected 'RETURN'; expected ')' (line 1, column 17)
              MATCH (n:agency RETURN n
                              ^

            """)
        guard let warning = try run(["query", QueryCommandTests.file, "MATCH (n:agncy) RETURN count(n) AS n"]) else { return }
        #expect(warning.status == 0)
        #expect(warning.stderr == "warning: no node has the label 'agncy'; did you mean 'agency'? (line 1, column 7)\n")
        guard let timeout = try run(["query", QueryCommandTests.file, "MATCH p = (a)-[*]-(b) RETURN count(p)", "--timeout", "0.2"])
        else { return }
        #expect(timeout.status == 1)
        #expect(timeout.stderr.hasPrefix("error: timeout: the query ran longer than 0.2 s"))
        guard let usage = try run(["query", QueryCommandTests.file]) else { return }
        #expect(usage.status == 64)
    }
}
