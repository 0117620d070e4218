import Foundation

/// A scenario of a `.feature` file, with Scenario Outline rows already substituted: one
/// ``GherkinScenario`` per example row.
struct GherkinScenario: Sendable {
    /// The file, relative to the TCK's `features/` folder.
    var file: String
    /// `[3] Matching nodes using multiple labels`, with `#n` for the n-th example row.
    var name: String
    var tags: [String]
    var steps: [GherkinStep]
}

/// One step: its keyword-less text (`an empty graph`, `executing query:`), and its doc
/// string or table if it has one.
struct GherkinStep: Sendable {
    enum Keyword: String, Sendable {
        case given = "Given", when = "When", then = "Then", and = "And", but = "But"
    }

    var keyword: Keyword
    var text: String
    var docString: String?
    var table: [[String]]?
}

/// Reads the subset of Gherkin the openCypher TCK uses: Feature, Background, Scenario,
/// Scenario Outline with Examples, tags, doc strings (`"""`) and tables.
enum GherkinReader {
    /// Every scenario of a feature file, outlines expanded.
    static func scenarios(inFile path: String, relativeName: String) throws -> [GherkinScenario] {
        let text = try String(contentsOfFile: path, encoding: .utf8)
        return scenarios(in: text, file: relativeName)
    }

    struct Block {
        var name: String
        var tags: [String]
        var isOutline: Bool
        var steps: [GherkinStep] = []
        var examples: [[String]] = []
        var inExamples = false
    }

    static func scenarios(in text: String, file: String) -> [GherkinScenario] {
        // Some feature files have CRLF line ends, which Swift treats as one Character.
        let lines = text.unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            String(String.UnicodeScalarView(line.last == "\r" ? line.dropLast() : line[...]))
        }
        var background: [GherkinStep] = []
        var inBackground = false
        var blocks: [Block] = []
        var tags: [String] = []
        var index = 0
        func appendStep(_ step: GherkinStep) {
            if inBackground { background.append(step) } else if !blocks.isEmpty { blocks[blocks.count - 1].steps.append(step) }
        }
        while index < lines.count {
            let line = lines[index].trimmingCharacters(in: .whitespaces)
            index += 1
            if line.isEmpty || line.hasPrefix("#") { continue }
            if line.hasPrefix("@") {
                tags += line.split(separator: " ").map(String.init)
            } else if line.hasPrefix("Background:") {
                inBackground = true
            } else if line.hasPrefix("Scenario Outline:") || line.hasPrefix("Scenario:") {
                inBackground = false
                let isOutline = line.hasPrefix("Scenario Outline:")
                let name = String(line.drop(while: { $0 != ":" }).dropFirst()).trimmingCharacters(in: .whitespaces)
                blocks.append(Block(name: name, tags: tags, isOutline: isOutline))
                tags = []
            } else if line.hasPrefix("Examples:") {
                if !blocks.isEmpty { blocks[blocks.count - 1].inExamples = true }
            } else if line.hasPrefix("\"\"\"") {
                let indent = lines[index - 1].prefix(while: { $0 == " " || $0 == "\t" }).count
                var body: [String] = []
                while index < lines.count, !lines[index].trimmingCharacters(in: .whitespaces).hasPrefix("\"\"\"") {
                    let raw = lines[index]
                    let strip = min(indent, raw.prefix(while: { $0 == " " || $0 == "\t" }).count)
                    body.append(String(raw.dropFirst(strip)))
                    index += 1
                }
                index += 1
                attach(docString: body.joined(separator: "\n"), background: inBackground, &background, &blocks)
            } else if line.hasPrefix("|") {
                let cells = tableCells(line)
                if !inBackground, let last = blocks.indices.last, blocks[last].inExamples {
                    blocks[last].examples.append(cells)
                } else {
                    attach(row: cells, background: inBackground, &background, &blocks)
                }
            } else if let step = step(line) {
                appendStep(step)
            }
        }
        var result: [GherkinScenario] = []
        for block in blocks {
            let steps = background + block.steps
            guard block.isOutline else {
                result.append(GherkinScenario(file: file, name: block.name, tags: block.tags, steps: steps))
                continue
            }
            guard let header = block.examples.first else { continue }
            for (number, row) in block.examples.dropFirst().enumerated() {
                var values: [String: String] = [:]
                for (key, value) in zip(header, row) { values[key] = value }
                result.append(GherkinScenario(
                    file: file, name: "\(block.name) #\(number + 1)", tags: block.tags,
                    steps: steps.map { substitute($0, values) }))
            }
        }
        return result
    }

    static func step(_ line: String) -> GherkinStep? {
        for keyword in [GherkinStep.Keyword.given, .when, .then, .and, .but] where line.hasPrefix(keyword.rawValue + " ") {
            return GherkinStep(keyword: keyword, text: String(line.dropFirst(keyword.rawValue.count + 1)))
        }
        return nil
    }

    static func attach(docString: String, background: Bool, _ backgroundSteps: inout [GherkinStep], _ blocks: inout [Block]) {
        if background {
            if !backgroundSteps.isEmpty { backgroundSteps[backgroundSteps.count - 1].docString = docString }
        } else if let block = blocks.indices.last, !blocks[block].steps.isEmpty {
            blocks[block].steps[blocks[block].steps.count - 1].docString = docString
        }
    }

    static func attach(row: [String], background: Bool, _ backgroundSteps: inout [GherkinStep], _ blocks: inout [Block]) {
        if background {
            if !backgroundSteps.isEmpty { backgroundSteps[backgroundSteps.count - 1].table = (backgroundSteps.last?.table ?? []) + [row] }
        } else if let block = blocks.indices.last, let step = blocks[block].steps.indices.last {
            blocks[block].steps[step].table = (blocks[block].steps[step].table ?? []) + [row]
        }
    }

    /// The cells of `| a | b |`, trimmed; `\|` is a bar, `\\` a backslash, `\n` a newline.
    static func tableCells(_ line: String) -> [String] {
        var cells: [String] = []
        var current = ""
        var characters = Array(line.dropFirst())
        if characters.last == "|" { characters.removeLast() }
        var position = 0
        while position < characters.count {
            let character = characters[position]
            if character == "\\", position + 1 < characters.count {
                switch characters[position + 1] {
                case "|": current.append("|")
                case "\\": current.append("\\")
                case "n": current.append("\n")
                default:
                    current.append(character)
                    position += 1
                    continue
                }
                position += 2
                continue
            }
            if character == "|" {
                cells.append(current.trimmingCharacters(in: .whitespaces))
                current = ""
            } else {
                current.append(character)
            }
            position += 1
        }
        cells.append(current.trimmingCharacters(in: .whitespaces))
        return cells
    }

    static func substitute(_ step: GherkinStep, _ values: [String: String]) -> GherkinStep {
        func fill(_ text: String) -> String {
            var result = text
            for (key, value) in values { result = result.replacingOccurrences(of: "<\(key)>", with: value) }
            return result
        }
        var filled = step
        filled.text = fill(step.text)
        filled.docString = step.docString.map(fill)
        filled.table = step.table?.map { $0.map(fill) }
        return filled
    }
}
