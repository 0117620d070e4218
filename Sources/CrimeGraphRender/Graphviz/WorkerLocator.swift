#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#endif

/// Finds the `crimegraph-graphviz` executable.
///
/// In order: an explicit path, else `$CRIMEGRAPH_GRAPHVIZ` (either must be an executable file;
/// nothing else is tried when one is given), else the folder of the running executable, else
/// `../libexec` relative to that folder (`PREFIX/libexec` for a `PREFIX/bin` install). Under
/// `swift test` the worker sits beside the test runner in the build folder.
///
/// The environment and the running executable's path are parameters, so tests can check
/// discovery without touching the process environment.
struct WorkerLocator {
    /// The worker's file name.
    static let executableName = "crimegraph-graphviz"
    /// The environment variable that overrides discovery.
    static let environmentVariable = "CRIMEGRAPH_GRAPHVIZ"

    /// A path the caller chose, used alone when present.
    var explicitPath: String?
    /// The environment to read `CRIMEGRAPH_GRAPHVIZ` from.
    var environment: [String: String]
    /// The running executable (normally `/proc/self/exe` resolved), or nil when unknown.
    var runningExecutable: String?

    /// The path of an executable worker, or `workerNotFound` listing the paths tried.
    func locate() throws(GraphvizError) -> String {
        let override = explicitPath ?? environment[Self.environmentVariable].flatMap { $0.isEmpty ? nil : $0 }
        if let override {
            guard Self.isExecutableFile(override) else { throw .workerNotFound(searched: [override]) }
            return override
        }
        let candidates = candidatePaths()
        if let found = candidates.first(where: Self.isExecutableFile) { return found }
        throw .workerNotFound(searched: candidates)
    }

    /// The default places, in order: beside the running executable, then `../libexec`.
    func candidatePaths() -> [String] {
        guard let runningExecutable, let folder = Self.parent(of: runningExecutable) else { return [] }
        var paths = [Self.join(folder, Self.executableName)]
        if let prefix = Self.parent(of: folder) {
            paths.append(Self.join(Self.join(prefix, "libexec"), Self.executableName))
        }
        return paths
    }

    /// The running executable's path, from `/proc/self/exe`, or nil if it cannot be read.
    static func currentExecutablePath() -> String? {
        var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
        let length = readlink("/proc/self/exe", &buffer, buffer.count - 1)
        guard length > 0 else { return nil }
        return String(decoding: buffer[0..<length].map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    /// Whether `path` names a regular file (after symlinks) this process may execute.
    static func isExecutableFile(_ path: String) -> Bool {
        var information = stat()
        guard stat(path, &information) == 0 else { return false }
        return (information.st_mode & S_IFMT) == S_IFREG && access(path, X_OK) == 0
    }

    /// The folder holding `path` ("/usr/bin" for "/usr/bin/tool"), or nil for "/" and bare names.
    static func parent(of path: String) -> String? {
        var trimmed = Substring(path)
        while trimmed.count > 1, trimmed.hasSuffix("/") { trimmed = trimmed.dropLast() }
        guard let slash = trimmed.lastIndex(of: "/"), trimmed != "/" else { return nil }
        return slash == trimmed.startIndex ? "/" : String(trimmed[..<slash])
    }

    private static func join(_ folder: String, _ name: String) -> String {
        folder.hasSuffix("/") ? folder + name : folder + "/" + name
    }
}
