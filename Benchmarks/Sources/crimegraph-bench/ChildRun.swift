import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// One worker process: its JSON lines as they arrive, killed when one operation takes longer
/// than the timeout, with its wall time and peak RSS (from `wait4`).
struct ChildRun {
    var lines: [[String: Any]] = []
    var timedOut = false
    var exitStatus: Int32 = 0
    /// Seconds from spawn to exit.
    var wallTime = 0.0
    /// Seconds from spawn to the worker's `ready` line (interpreter and module loading).
    var startTime: Double?
    /// Peak resident set of the whole process, MiB.
    var peakRSS = 0.0
    var stderr = ""

    /// Runs `arguments` (the executable first); `timeout` restarts with every line received.
    static func run(_ arguments: [String], timeout: Double, environment: [String: String] = [:]) -> ChildRun {
        var result = ChildRun()
        var out: [Int32] = [0, 0]
        var err: [Int32] = [0, 0]
        pipe(&out)
        pipe(&err)
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        posix_spawn_file_actions_adddup2(&actions, out[1], 1)
        posix_spawn_file_actions_adddup2(&actions, err[1], 2)
        posix_spawn_file_actions_addclose(&actions, out[0])
        posix_spawn_file_actions_addclose(&actions, err[0])
        var env = ProcessInfo.processInfo.environment
        for (key, value) in environment { env[key] = value }
        let envStrings = env.map { "\($0.key)=\($0.value)" }
        var argv: [UnsafeMutablePointer<CChar>?] = arguments.map { strdup($0) } + [nil]
        var envp: [UnsafeMutablePointer<CChar>?] = envStrings.map { strdup($0) } + [nil]
        defer {
            for pointer in argv { free(pointer) }
            for pointer in envp { free(pointer) }
            posix_spawn_file_actions_destroy(&actions)
        }
        var pid: pid_t = 0
        let start = Measure.now()
        let spawned = posix_spawn(&pid, arguments[0], &actions, nil, &argv, &envp)
        close(out[1])
        close(err[1])
        guard spawned == 0 else {
            result.exitStatus = -1
            result.stderr = "cannot start \(arguments[0]): \(String(cString: strerror(spawned)))"
            close(out[0]); close(err[0])
            return result
        }
        var pending: [UInt8] = []
        var errorBytes: [UInt8] = []
        var deadline = start + timeout
        var open = (out: true, err: true)
        var buffer = [UInt8](repeating: 0, count: 1 << 16)
        while open.out || open.err {
            let remaining = deadline - Measure.now()
            if remaining <= 0 {
                kill(pid, SIGKILL)
                result.timedOut = true
                break
            }
            var fds = [pollfd(fd: open.out ? out[0] : -1, events: Int16(POLLIN), revents: 0),
                       pollfd(fd: open.err ? err[0] : -1, events: Int16(POLLIN), revents: 0)]
            let ready = poll(&fds, 2, Int32(min(remaining, 1) * 1000))
            if ready < 0 { if errno == EINTR { continue } else { break } }
            if fds[0].revents != 0 {
                let got = read(out[0], &buffer, buffer.count)
                if got <= 0 { open.out = false } else {
                    pending.append(contentsOf: buffer[0..<got])
                    while let newline = pending.firstIndex(of: 0x0A) {
                        let line = Array(pending[0..<newline])
                        pending.removeSubrange(0...newline)
                        if let object = try? JSONSerialization.jsonObject(with: Data(line)) as? [String: Any] {
                            if object["event"] as? String == "ready" { result.startTime = Measure.now() - start }
                            result.lines.append(object)
                            deadline = Measure.now() + timeout
                        }
                    }
                }
            }
            if fds[1].revents != 0 {
                let got = read(err[0], &buffer, buffer.count)
                if got <= 0 { open.err = false } else if errorBytes.count < 1 << 20 { errorBytes.append(contentsOf: buffer[0..<got]) }
            }
        }
        close(out[0])
        close(err[0])
        var status: Int32 = 0
        var usage = rusage()
        wait4(pid, &status, 0, &usage)
        result.wallTime = Measure.now() - start
        result.exitStatus = status
        result.peakRSS = Double(usage.ru_maxrss) / 1024
        result.stderr = String(decoding: errorBytes, as: UTF8.self)
        return result
    }
}
