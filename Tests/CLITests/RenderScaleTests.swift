import Foundation
import Testing

/// `render` on a network far too large to draw entity by entity: it draws an overview of the
/// communities, a layout past `--timeout` stops with a clear error, and Ctrl-C during a layout or
/// a long computation stops at once without leaving a file. Times are printed, not asserted.
@Suite("render at scale", .serialized)
struct RenderScaleTests {
    /// A seeded network of 100,000 relationships with planted communities, as a CSV edge list:
    /// 40 communities of 2,000 down to about 170 entities and 200 of 3 to 8, 90% of the ties
    /// inside a community and 10% anywhere (17,500 entities).
    static func plantedNetwork(in folder: String, relationships: Int = 100_000) throws -> String {
        var sizes = (0..<40).map { Int(2_000 / (1 + Double($0) * 0.35)) }
        var random = SeededGenerator(seed: 7)
        for _ in 0..<200 { sizes.append(3 + Int(random.next() % 6)) }
        var community: [Int] = []
        var firstMember: [Int] = []
        for (number, size) in sizes.enumerated() {
            firstMember.append(community.count)
            community += Array(repeating: number, count: size)
        }
        let n = community.count
        var seen = Set<UInt64>()
        var text = "source,target\n"
        text.reserveCapacity(relationships * 14)
        while seen.count < relationships {
            let a = Int(random.next() % UInt64(n))
            let b: Int
            if random.next() % 10 < 9 {
                let home = community[a]
                b = firstMember[home] + Int(random.next() % UInt64(sizes[home]))
            } else {
                b = Int(random.next() % UInt64(n))
            }
            guard a != b, seen.insert(UInt64(min(a, b)) << 32 | UInt64(max(a, b))).inserted else { continue }
            text += "n\(a),n\(b)\n"
        }
        let path = folder + "/planted.csv"
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    /// Community sizes as `crimegraph communities --seed 1` finds them (the seed render uses).
    static func communitySizes(_ input: String) throws -> [Int] {
        let result = try CLI.run("communities", input, "--seed", "1", "--format", "json")
        #expect(result.status == 0, "\(result.stderr)")
        let json = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
        let communities = json?["communities"] as? [[String: Any]] ?? []
        return communities.compactMap { $0["size"] as? Int }
    }

    @Test func aHundredThousandRelationshipsDrawAsAnOverviewOfCommunities() throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let input = try Self.plantedNetwork(in: folder)
        let output = folder + "/overview.svg"
        let started = ContinuousClock.now
        let result = try CLI.run("render", input, "-o", output)
        print("overview of 100,000 relationships rendered in \(ContinuousClock.now - started)")
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.contains("drawing an overview of the communities instead"), "\(result.stderr)")
        let svg = try String(contentsOfFile: output, encoding: .utf8)
        let sizes = try Self.communitySizes(input)
        let drawn = sizes.filter { $0 >= 3 }
        #expect(drawn.count >= 40)
        // One node per community of at least 3 entities (the default --min-group-size), in size order.
        for number in 1...drawn.count { #expect(svg.contains("id=\"group&#45;\(number)\""), "community \(number)") }
        #expect(!svg.contains("id=\"group&#45;\(drawn.count + 1)\""))
        #expect(svg.contains("id=\"group&#45;other\"") == (drawn.count < sizes.count))
        // The largest are labelled with name and size; beyond the 30th only the size.
        #expect(svg.contains(">community 1</text>") && svg.contains(">\(Self.grouped(sizes[0])) entities</text>"))
        #expect(svg.contains(">community 30</text>") && !svg.contains(">community 31</text>"))
        #expect(svg.contains("Overview of 17,"))
    }

    @Test func groupsBelowTheMinimumGoToOtherOrAreLeftOut() throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let input = try Self.plantedNetwork(in: folder)
        let sizes = try Self.communitySizes(input)
        let large = sizes.filter { $0 >= 250 }.count
        let other = try CLI.run("render", input, "-o", folder + "/other.dot", "--collapse", "community", "--min-group-size", "250")
        #expect(other.status == 0, "\(other.stderr)")
        #expect(other.stderr.contains("gathered into one 'other' node"), "\(other.stderr)")
        let dot = try String(contentsOfFile: folder + "/other.dot", encoding: .utf8)
        #expect(dot.components(separatedBy: "id=\"group-").count - 1 == large + 1)
        let omitted = try CLI.run(
            "render", input, "-o", folder + "/omit.dot", "--collapse", "community", "--min-group-size", "250", "--small-groups", "omit")
        #expect(omitted.stderr.contains("are left out"), "\(omitted.stderr)")
        let leftOut = try String(contentsOfFile: folder + "/omit.dot", encoding: .utf8)
        #expect(leftOut.components(separatedBy: "id=\"group-").count - 1 == large)
        #expect(leftOut.contains("Left out: "))
        let capped = try CLI.run("render", input, "-o", folder + "/capped.dot", "--collapse", "community", "--max-nodes", "10")
        #expect(capped.stderr.contains("beyond --max-nodes 10"), "\(capped.stderr)")
        let cappedDOT = try String(contentsOfFile: folder + "/capped.dot", encoding: .utf8)
        #expect(cappedDOT.components(separatedBy: "id=\"group-").count - 1 == 10)
    }

    /// `--collapse none` with no cap hands sfdp 17,500 entities, which takes far longer than a
    /// second: the worker is stopped, the error says what to do, and no file is written.
    @Test func aLayoutPastTheTimeoutStopsCleanly() throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let input = try Self.plantedNetwork(in: folder)
        let started = ContinuousClock.now
        let result = try CLI.run(
            "render", input, "-o", folder + "/huge.svg", "--collapse", "none", "--max-nodes", "100000", "--engine", "sfdp", "--timeout", "1")
        print("a 1 s layout timeout returned after \(ContinuousClock.now - started) in all")
        #expect(result.status == 1)
        #expect(result.stderr.contains("did not finish") && result.stderr.contains("was stopped"), "\(result.stderr)")
        #expect(result.stderr.contains("--max-nodes N or --collapse community draw less"), "\(result.stderr)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder) == ["planted.csv"])
    }

    @Test("Ctrl-C stops at once and leaves no file", arguments: [
        ("a layout", ["--collapse", "none", "--timeout", "300"], true),
        ("betweenness", ["--top", "50", "--by", "betweenness"], false),
    ])
    func interruptStopsPromptly(what: String, options: [String], waitsForWorker: Bool) throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let input = try Self.plantedNetwork(in: folder)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: CLI.binary)
        process.arguments = ["render", input, "-o", folder + "/network.svg"] + options
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        var worker: Int32?
        if waitsForWorker {
            for _ in 0..<600 where worker == nil && process.isRunning {
                usleep(50_000)
                worker = Self.child(of: process.processIdentifier)
            }
            #expect(worker != nil, "the Graphviz worker never started")
            usleep(500_000)
        } else {
            usleep(3_000_000)  // loading done, betweenness under way (it takes minutes)
        }
        #expect(process.isRunning, "\(what) ended before it could be interrupted")
        let interrupted = ContinuousClock.now
        kill(process.processIdentifier, SIGINT)
        process.waitUntilExit()
        let took = ContinuousClock.now - interrupted
        print("Ctrl-C during \(what): stopped after \(took)")
        #expect(process.terminationReason == .uncaughtSignal && process.terminationStatus == SIGINT)
        #expect(took < .seconds(5), "\(what) took \(took) to stop")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder) == ["planted.csv"])
        if let worker {
            // The worker dies with its parent (PR_SET_PDEATHSIG): gone, or a zombie awaiting init.
            var state = Self.state(of: worker)
            for _ in 0..<40 where state != nil && state != "Z" {
                usleep(50_000)
                state = Self.state(of: worker)
            }
            #expect(state == nil || state == "Z", "the worker still runs: \(state ?? "")")
        }
    }

    /// A child process of `parent`, from `/proc/PID/stat`.
    static func child(of parent: Int32) -> Int32? {
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: "/proc")) ?? []
        for entry in entries {
            guard let pid = Int32(entry), let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
                let close = stat.lastIndex(of: ")")
            else { continue }
            let fields = stat[stat.index(after: close)...].split(separator: " ")
            if fields.count > 1, Int32(fields[1]) == parent { return pid }
        }
        return nil
    }

    /// The state letter of `pid` (`R`, `S`, `Z`…), nil when it no longer exists.
    static func state(of pid: Int32) -> String? {
        guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8), let close = stat.lastIndex(of: ")") else { return nil }
        return stat[stat.index(after: close)...].split(separator: " ").first.map(String.init)
    }

    static func grouped(_ number: Int) -> String {
        let digits = String(number)
        var out = ""
        for (index, digit) in digits.enumerated() {
            if index > 0 && (digits.count - index) % 3 == 0 { out += "," }
            out.append(digit)
        }
        return out
    }
}
