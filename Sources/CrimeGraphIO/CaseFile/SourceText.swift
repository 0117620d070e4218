import CrimeGraph
import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// The text of a cited source split into paragraphs the way citations count them: every
/// non-blank line is a paragraph, numbered from 1 (headlines and subheadings count).
public struct SourceText: Sendable {
    /// The paragraphs in order; `paragraphs[0]` is paragraph 1.
    public let paragraphs: [String]

    /// Splits `text` into paragraphs.
    public init(text: String) {
        paragraphs = text.split(omittingEmptySubsequences: true, whereSeparator: \.isNewline)
            .map(String.init)
            .filter { !$0.trimmingWhitespace().isEmpty }
    }

    /// The largest source text read (an article is a few kilobytes).
    public static let maximumSize = 64 << 20

    /// Reads and splits the file at `path`.
    ///
    /// Only a regular file of at most ``maximumSize`` bytes is read: a case file names its
    /// sources' paths, and a hostile one could name `/dev/zero`, a pipe or a huge file.
    /// - Throws: `Diagnostic` when the file is missing, not a regular file, too large, or not
    ///   UTF-8 text.
    public init(contentsOf path: String) throws(Diagnostic) {
        var info = stat()
        if stat(path, &info) == 0 {
            guard info.st_mode & S_IFMT == S_IFREG else { throw Diagnostic(at: SourceLocation(file: path), "not a regular file") }
            guard info.st_size <= Self.maximumSize else {
                throw Diagnostic(at: SourceLocation(file: path), "larger than \(Self.maximumSize >> 20) MB: not a source text")
            }
        }
        self.init(text: try TextInput.text(at: path))
    }

    /// Paragraph `number` (from 1), or nil if there is no such paragraph.
    public func paragraph(_ number: Int) -> String? {
        number >= 1 && number <= paragraphs.count ? paragraphs[number - 1] : nil
    }

    /// Whether `quote` occurs in paragraph `number`, ignoring differences of whitespace and of
    /// straight and curly quotes and apostrophes.
    public func paragraph(_ number: Int, contains quote: String) -> Bool {
        guard let text = paragraph(number) else { return false }
        return Self.normalized(text).contains(Self.normalized(quote))
    }

    /// Whitespace runs folded to one space; curly quotes and apostrophes made straight.
    static func normalized(_ text: String) -> String {
        var result = ""
        var pendingSpace = false
        for character in text {
            if character.isWhitespace {
                pendingSpace = true
                continue
            }
            if pendingSpace && !result.isEmpty { result.append(" ") }
            pendingSpace = false
            switch character {
            case "\u{2018}", "\u{2019}", "\u{201B}", "`", "\u{2032}": result.append("'")
            case "\u{201C}", "\u{201D}", "\u{201F}", "\u{2033}": result.append("\"")
            default: result.append(character)
            }
        }
        return result
    }

    /// Resolves a source's `file` relative to the folder of the case file that names it.
    public static func resolve(_ file: String, relativeTo caseFile: String?) -> String {
        if file.hasPrefix("/") { return file }
        guard let caseFile else { return file }
        let folder = URL(fileURLWithPath: caseFile).deletingLastPathComponent()
        return folder.appendingPathComponent(file).standardizedFileURL.path
    }
}

extension SourceText {
    /// `path` (absolute or relative to the working folder) expressed relative to `folder`, so a
    /// case file written elsewhere still finds its sources.
    public static func relativePath(of path: String, from folder: String) -> String {
        let target = URL(fileURLWithPath: path).standardizedFileURL.pathComponents
        let base = URL(fileURLWithPath: folder).standardizedFileURL.pathComponents
        var common = 0
        while common < target.count, common < base.count, target[common] == base[common] { common += 1 }
        let ups = Array(repeating: "..", count: base.count - common)
        let rest = Array(target[common...])
        let parts = ups + rest
        return parts.isEmpty ? "." : parts.joined(separator: "/")
    }
}

extension CaseFile {
    /// The same case file with relative source paths rewritten for a file written to
    /// `destination` (they are resolved from each file's own folder).
    public func relocatingSources(to destination: String) -> CaseFile {
        var copy = self
        let folder = URL(fileURLWithPath: destination).deletingLastPathComponent().path
        copy.sources = sources.map { source in
            guard let file = source.file, !file.hasPrefix("/") else { return source }
            var moved = source
            moved.file = SourceText.relativePath(of: SourceText.resolve(file, relativeTo: path), from: folder)
            return moved
        }
        return copy
    }
}
