import CrimeGraph

/// How to write a graph.
public struct WriteOptions: Sendable {
    /// The sources to write instead of the graph's own, e.g. with `file` paths rewritten for
    /// the output's folder; nil writes the graph's.
    public var sources: [Source]?

    /// Creates options.
    public init(sources: [Source]? = nil) {
        self.sources = sources
    }
}

/// What a writer produced: one or more files, and what the format could not hold.
public struct GraphExport: Sendable {
    /// The files, the main one first.
    public var files: [ExportFile]
    /// What was dropped or changed because the format cannot hold it; empty for a lossless
    /// export.
    public var losses: [ExportLoss]

    /// Creates an export.
    public init(files: [ExportFile], losses: [ExportLoss] = []) {
        self.files = files
        self.losses = losses
    }

    /// The one file of a single-file export.
    init(bytes: [UInt8], losses: [ExportLoss]) {
        self.init(files: [ExportFile(placement: .output, bytes: bytes)], losses: losses)
    }
}

/// One file of an export and where it goes relative to the output path the user named.
public struct ExportFile: Sendable {
    /// Where a file goes.
    public enum Placement: Sendable, Hashable {
        /// At the output path itself.
        case output
        /// Beside the output, its extension replaced: `.nodes.csv` turns `out/g.csv` into
        /// `out/g.nodes.csv`.
        case companion(suffix: String)
        /// Inside the output path, which is a folder.
        case inFolder(name: String)
    }

    /// Where the file goes.
    public var placement: Placement
    /// Its content.
    public var bytes: [UInt8]

    /// Creates a file.
    public init(placement: Placement, bytes: [UInt8]) {
        self.placement = placement
        self.bytes = bytes
    }

    /// The path of this file for the output path `output`.
    public func path(for output: String) -> String {
        switch placement {
        case .output: return output
        case .companion(let suffix):
            let slash = output.lastIndex(of: "/").map { output.index(after: $0) } ?? output.startIndex
            let name = output[slash...]
            let stem = name.lastIndex(of: ".").map { name[..<$0] } ?? name
            return String(output[..<slash]) + stem + suffix
        case .inFolder(let name):
            return output.hasSuffix("/") ? output + name : output + "/" + name
        }
    }
}

/// Something an export could not keep, for the message a lossy export prints.
public struct ExportLoss: Sendable, Hashable, CustomStringConvertible {
    /// What was dropped or changed, and how many elements it concerns.
    public let message: String

    /// Creates a loss.
    public init(_ message: String) { self.message = message }

    /// The message.
    public var description: String { message }
}

/// Counts what a writer drops, by kind of loss, and words it once at the end.
struct LossCounter {
    private var counts: [String: Int] = [:]
    private var order: [String] = []
    private var examples: [String: String] = [:]

    /// Notes one element that lost `what`; `example` names the first such element.
    mutating func note(_ what: String, example: String? = nil) {
        if counts[what] == nil {
            order.append(what)
            if let example { examples[what] = example }
        }
        counts[what, default: 0] += 1
    }

    /// Notes `count` elements at once.
    mutating func note(_ what: String, count: Int) {
        guard count > 0 else { return }
        if counts[what] == nil { order.append(what) }
        counts[what, default: 0] += count
    }

    /// One loss per kind, in the order first noted: "what (N, e.g. 'x')".
    var losses: [ExportLoss] {
        order.map { what in
            let count = counts[what] ?? 0
            let example = examples[what].map { ", e.g. '\($0)'" } ?? ""
            return ExportLoss("\(what) (\(count)\(example))")
        }
    }
}
