import Foundation
import Testing

/// `render --diff OLD` on the two versions of the merge fixtures, whose differences
/// `crimegraph diff` lists: one entity and one relationship added, one of each removed, two
/// entities and one relationship changed.
@Suite("render --diff")
struct RenderDiffTests {
    static let old = "Tests/Fixtures/merge/versions/v1.yaml"
    static let new = "Tests/Fixtures/merge/versions/v2.yaml"

    /// The DOT attribute list of the statement that starts with `head`.
    static func statement(_ head: String, in dot: String) -> String? {
        dot.split(separator: "\n").first { $0.trimmingCharacters(in: .whitespaces).hasPrefix(head) }.map(String.init)
    }

    @Test func marksAddedRemovedAndChangedElements() throws {
        let result = try CLI.run("render", Self.new, "--diff", Self.old, "-o", "-", "--to", "dot")
        #expect(result.status == 0, "\(result.stderr)")
        let dot = result.stdout
        #expect(result.stderr.contains("diff: 1 entity added, 1 removed, 2 changed; 1 relationship added, 1 removed, 1 changed"))
        // The removed company is drawn (from the old version), dashed and faded.
        let removed = try #require(Self.statement("\"galaxy-world\" [", in: dot))
        #expect(removed.contains("color=\"#CC3311\"") && removed.contains("dashed"))
        let added = try #require(Self.statement("\"quach-van-duc\" [", in: dot))
        #expect(added.contains("color=\"#228833\"") && added.contains("penwidth=3.5"))
        for changed in ["\"raid-jing-chhay\" [", "\"jing-chhay-technology\" ["] {
            #expect(try #require(Self.statement(changed, in: dot)).contains("color=\"#EE7733\""))
        }
        let unchanged = try #require(Self.statement("\"chhay-sokha\" [", in: dot))
        #expect(!unchanged.contains("penwidth"))
        let removedEdge = try #require(Self.statement("\"raid-jing-chhay\" -> \"galaxy-world\"", in: dot))
        #expect(removedEdge.contains("style=\"dashed\"") && removedEdge.contains("#CC3311"))
        let addedEdge = try #require(Self.statement("\"quach-van-duc\" -> \"jing-chhay-technology\"", in: dot))
        #expect(addedEdge.contains("#228833"))
        let changedEdge = try #require(Self.statement("\"chhay-sokha\" -> \"jing-chhay-technology\"", in: dot))
        #expect(changedEdge.contains("#EE7733"))
        #expect(dot.contains(">added</FONT> (1 entity, 1 relationship)"))
        #expect(dot.contains(">changed</FONT> (2 entities, 1 relationship)"))
    }

    @Test func marksSurviveAFocusView() throws {
        let result = try CLI.run("render", Self.new, "--diff", Self.old, "--focus", "Galaxy World", "-o", "-", "--to", "dot")
        #expect(result.status == 0, "\(result.stderr)")
        #expect(try #require(Self.statement("\"galaxy-world\" [", in: result.stdout)).contains("#CC3311"))
        #expect(Self.statement("\"quach-van-duc\" [", in: result.stdout) == nil)
    }

    @Test func diffCannotBeCollapsed() throws {
        let result = try CLI.run("render", Self.new, "--diff", Self.old, "--collapse", "kind", "-o", "/tmp/never.svg")
        #expect(result.status == 64)
        #expect(result.stderr.contains("cannot be combined with --diff"))
    }

    @Test func missingOldVersionIsAClearError() throws {
        let result = try CLI.run("render", Self.new, "--diff", "Tests/Fixtures/merge/versions/v0.yaml", "-o", "-", "--to", "dot")
        #expect(result.status == 1)
        #expect(result.stderr.contains("v0.yaml"))
        #expect(result.stdout.isEmpty)
    }
}
