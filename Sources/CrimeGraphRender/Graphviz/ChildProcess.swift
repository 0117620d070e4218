#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#endif

/// A worker process started with `posix_spawn`, with the parent's ends of its stdio.
///
/// This file and `ChildProcess+Exchange.swift` are the renderer's one choke point for the C
/// interop: every system call happens here and fails as a `SystemCallError`, which
/// `GraphvizRenderer` translates into a `GraphvizError` once.
///
/// `Foundation.Process` is not used: it is unreliable for this on Linux. Spawning by hand
/// gives exactly these properties:
/// - the child runs in a new process group (its pid), so a timeout kills everything it started;
/// - its stdin is one end of a Unix socket pair (so are stdout and stderr), so the parent writes with
///   `send(…, MSG_NOSIGNAL)`: a child that dies before reading all its input yields `EPIPE`
///   instead of a `SIGPIPE` that would kill the caller. The caller's signal dispositions are
///   never touched;
/// - every descriptor is created close-on-exec, so workers spawned concurrently from other
///   threads do not inherit each other's pipes (which would delay their EOFs). Descriptors the
///   caller's other code opened without close-on-exec do reach the worker, which closes every
///   descriptor above 2 first thing (`posix_spawn_file_actions_addclosefrom_np` does not
///   import into Swift);
/// - all signals are reset to their default action and unblocked in the child, whatever the
///   caller ignores or blocks.
struct ChildProcess {
    /// The child's process id, also its process group id.
    let pid: pid_t
    /// The parent's end of the child's stdin (a socket; write with `MSG_NOSIGNAL`).
    let input: Int32
    /// The parent's end of the child's stdout.
    let output: Int32
    /// The parent's end of the child's stderr.
    let errorOutput: Int32

    /// Starts `executable` with `arguments` (without the program name) and `environment`.
    static func spawn(
        executable: String, arguments: [String], environment: [String: String]
    ) throws(SystemCallError) -> ChildProcess {
        var created: [Int32] = []
        func closeCreated() { for descriptor in created { _ = close(descriptor) } }

        // Socket pairs rather than pipes: they can be created close-on-exec atomically
        // (`pipe2` does not import into Swift), and the stdin one allows `MSG_NOSIGNAL`.
        func makePair() throws(SystemCallError) -> [Int32] {
            var pair: [Int32] = [-1, -1]
            let socketType = Int32(SOCK_STREAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue)
            guard socketpair(AF_UNIX, socketType, 0, &pair) == 0 else {
                let error = SystemCallError("socketpair")
                closeCreated()
                throw error
            }
            created += pair
            return pair
        }
        let inputPair = try makePair()
        let outputPipe = try makePair()
        let errorPipe = try makePair()

        let pid: pid_t
        do {
            pid = try launch(
                executable: executable,
                arguments: [executable] + arguments,
                environment: environment.map { "\($0.key)=\($0.value)" },
                stdio: [inputPair[1], outputPipe[1], errorPipe[1]]
            )
        } catch {
            closeCreated()
            throw error
        }
        // The child holds its own copies now; keeping ours would hide its EOFs.
        _ = close(inputPair[1])
        _ = close(outputPipe[1])
        _ = close(errorPipe[1])
        _ = fcntl(outputPipe[0], F_SETFL, O_NONBLOCK)
        _ = fcntl(errorPipe[0], F_SETFL, O_NONBLOCK)
        return ChildProcess(pid: pid, input: inputPair[0], output: outputPipe[0], errorOutput: errorPipe[0])
    }

    /// Calls `posix_spawn` with `stdio` (three descriptors) as the child's 0, 1 and 2.
    private static func launch(
        executable: String, arguments: [String], environment: [String], stdio: [Int32]
    ) throws(SystemCallError) -> pid_t {
        var actions = posix_spawn_file_actions_t()
        var attributes = posix_spawnattr_t()
        guard posix_spawn_file_actions_init(&actions) == 0 else { throw SystemCallError("posix_spawn_file_actions_init") }
        defer { posix_spawn_file_actions_destroy(&actions) }
        guard posix_spawnattr_init(&attributes) == 0 else { throw SystemCallError("posix_spawnattr_init") }
        defer { posix_spawnattr_destroy(&attributes) }

        for (target, source) in stdio.enumerated() {
            // dup2 clears close-on-exec on the copy; the originals close at exec.
            let code = posix_spawn_file_actions_adddup2(&actions, source, Int32(target))
            guard code == 0 else { throw SystemCallError("posix_spawn_file_actions_adddup2", code: code) }
        }

        var noSignals = sigset_t()
        var allSignals = sigset_t()
        sigemptyset(&noSignals)
        sigfillset(&allSignals)
        let flags = POSIX_SPAWN_SETPGROUP | POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF
        var code = posix_spawnattr_setflags(&attributes, Int16(flags))
        if code == 0 { code = posix_spawnattr_setpgroup(&attributes, 0) }
        if code == 0 { code = posix_spawnattr_setsigmask(&attributes, &noSignals) }
        if code == 0 { code = posix_spawnattr_setsigdefault(&attributes, &allSignals) }
        guard code == 0 else { throw SystemCallError("posix_spawnattr", code: code) }

        let argv = arguments.map { strdup($0) }
        let envp = environment.map { strdup($0) }
        defer {
            for pointer in argv { free(pointer) }
            for pointer in envp { free(pointer) }
        }
        var pid: pid_t = 0
        let spawned = (argv + [nil]).withUnsafeBufferPointer { argvBuffer in
            (envp + [nil]).withUnsafeBufferPointer { envpBuffer in
                guard let argvStart = argvBuffer.baseAddress, let envpStart = envpBuffer.baseAddress else {
                    return EINVAL
                }
                return posix_spawn(&pid, executable, &actions, &attributes, argvStart, envpStart)
            }
        }
        guard spawned == 0 else { throw SystemCallError("posix_spawn", code: spawned) }
        return pid
    }
}

/// A failed system call: its name and `errno`.
struct SystemCallError: Error {
    /// The function that failed, such as "posix_spawn".
    var call: String
    /// The `errno` value (or the returned error number for `posix_spawn*`).
    var code: Int32

    /// Records `call` with the current `errno`, or with `code` when the call returns it.
    init(_ call: String, code: Int32 = errno) {
        self.call = call
        self.code = code
    }

    /// The system's text for `code`, such as "No such file or directory".
    var reason: String {
        guard let text = strerror(code) else { return "errno \(code)" }
        return String(cString: text)
    }
}
