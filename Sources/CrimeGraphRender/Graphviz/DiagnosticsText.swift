/// Turns a worker's raw stderr into text fit for a `--verbose` message.
///
/// Graphviz, cairo, pango and fontconfig write what they like; users never see it raw. This
/// keeps the last lines, decoded leniently, without control characters or terminal escapes,
/// each line and the whole bounded. It also reads the worker's
/// `crimegraph-graphviz: stage NAME` markers, which it removes, to tell which step was running.
struct DiagnosticsText {
    /// The marker prefix the worker writes before each step.
    static let stageMarker = "crimegraph-graphviz: stage "

    /// The cleaned tail: at most `maximumLines` lines of at most `maximumLineLength` characters.
    var text: String
    /// The last step the worker announced, or nil if it announced none.
    var lastStage: GraphvizStage?

    init(stderr bytes: [UInt8], maximumLines: Int = 20, maximumLineLength: Int = 300) {
        let decoded = String(decoding: bytes, as: UTF8.self)
        var lines: [String] = []
        var stage: GraphvizStage?
        for rawLine in decoded.split(omittingEmptySubsequences: true, whereSeparator: { $0 == "\n" || $0 == "\r\n" || $0 == "\r" }) {
            let line = Self.clean(rawLine)
            if line.hasPrefix(Self.stageMarker) {
                stage = GraphvizStage(rawValue: String(line.dropFirst(Self.stageMarker.count))) ?? stage
                continue
            }
            guard !line.allSatisfy({ $0 == " " }) else { continue }
            lines.append(line.count > maximumLineLength ? String(line.prefix(maximumLineLength)) + "…" : line)
        }
        if lines.count > maximumLines {
            let dropped = lines.count - maximumLines
            lines = ["… (\(dropped) earlier lines omitted)"] + lines.suffix(maximumLines)
        }
        text = lines.joined(separator: "\n")
        lastStage = stage
    }

    /// Removes terminal escape sequences (`ESC [ … letter`) and other control characters;
    /// tabs become spaces.
    private static func clean(_ line: Substring) -> String {
        var result = ""
        var scalars = line.unicodeScalars.makeIterator()
        while let scalar = scalars.next() {
            switch scalar.value {
            case 0x1B:
                // Skip a CSI sequence up to its final byte, or the single character after ESC.
                if let next = scalars.next(), next == "[" {
                    while let byte = scalars.next(), !(0x40...0x7E).contains(byte.value) {}
                }
            case 0x09:
                result.append(" ")
            case 0x00..<0x20, 0x7F, 0x80..<0xA0:
                continue
            default:
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }
}
