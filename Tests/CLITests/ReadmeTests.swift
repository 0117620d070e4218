import Foundation
import Testing

/// The README shows real commands and real output; these tests keep it true.
@Suite("README stays true")
struct ReadmeTests {
    static func readme() throws -> String {
        try String(contentsOfFile: CLI.repository + "/README.md", encoding: .utf8)
    }

    /// The command reference: README.md's tour points there for every command.
    static func reference() throws -> String {
        try String(contentsOfFile: CLI.repository + "/docs/cli.md", encoding: .utf8)
    }

    /// Every fenced block of `language` in the README and the command reference.
    static func blocks(_ language: String) throws -> [String] {
        var blocks: [String] = []
        var current: [Substring]?
        for line in (try readme() + "\n" + reference()).split(separator: "\n", omittingEmptySubsequences: false) {
            if current == nil, line == "```\(language)" {
                current = []
            } else if current != nil, line == "```" {
                blocks.append((current ?? []).joined(separator: "\n") + "\n")
                current = nil
            } else {
                current?.append(line)
            }
        }
        return blocks
    }

    @Test func libraryExampleIsTheBuiltExample() throws {
        let example = try String(contentsOfFile: CLI.repository + "/Examples/Embedding/main.swift", encoding: .utf8)
        #expect(try Self.blocks("swift").contains(example))
    }

    @Test func shownOutputsMatchTheTool() throws {
        let sessions = try Self.blocks("text").filter { $0.hasPrefix("$ crimegraph ") }
        #expect(sessions.count >= 2)
        for session in sessions {
            var lines = session.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            let command = lines.removeFirst().dropFirst("$ crimegraph ".count)
            let arguments = Self.shellWords(String(command))
            let result = try CLI.run(arguments)
            let shown = lines.joined(separator: "\n")
            if let ellipsis = shown.range(of: "...\n") {
                // An elided block: the shown lines come first, the last line ends it.
                let head = String(shown[..<ellipsis.lowerBound])
                let tail = String(shown[ellipsis.upperBound...]).trimmingCharacters(in: .newlines)
                #expect(result.stdout.hasPrefix(head), "README block for: \(command)")
                #expect(result.stdout.trimmingCharacters(in: .newlines).hasSuffix(tail), "README block for: \(command)")
            } else {
                #expect(result.stdout == shown, "README block for: \(command)")
            }
        }
    }

    /// Every command in the reference's table, and every command the tool has, shows an example.
    @Test func everyCommandInTheTableHasAnExample() throws {
        let readme = try Self.reference()
        let tableCommands = readme.split(separator: "\n").compactMap { line -> String? in
            guard line.hasPrefix("| `") else { return nil }
            // Command rows start with a lowercase command name; path rows (`Sources/…`) do not.
            let word = line.dropFirst(3).prefix { $0.isLowercase || $0 == "-" }
            let next = line.dropFirst(3 + word.count).first
            return word.isEmpty || (next != " " && next != "`") ? nil : String(word)
        }
        let help = try CLI.run("--help").stdout
        let toolCommands = help.split(separator: "\n").drop { !$0.hasPrefix("SUBCOMMANDS") }.dropFirst().compactMap { line -> String? in
            let word = line.drop { $0 == " " }.prefix { $0.isLetter || $0 == "-" }
            return line.hasPrefix("  ") && !word.isEmpty && !line.hasPrefix("   ") && word.first?.isLowercase == true ? String(word) : nil
        }
        #expect(toolCommands.count >= 20, "\(toolCommands)")
        for command in Set(tableCommands).union(toolCommands) where command != "help" {
            #expect(readme.contains("crimegraph \(command)"), "no example of \(command)")
            #expect(tableCommands.contains(command), "\(command) is missing from the command table in docs/cli.md")
        }
    }

    /// Splits a command line on spaces, keeping double-quoted words together.
    static func shellWords(_ line: String) -> [String] {
        var words: [String] = []
        var current = ""
        var quoted = false
        var inWord = false
        for character in line {
            if character == "\"" {
                quoted.toggle()
                inWord = true
            } else if character == " " && !quoted {
                if inWord { words.append(current) }
                current = ""
                inWord = false
            } else {
                current.append(character)
                inWord = true
            }
        }
        if inWord { words.append(current) }
        return words
    }
}
