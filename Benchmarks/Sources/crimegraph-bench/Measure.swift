import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// Clocks and memory figures from inside a worker process.
enum Measure {
    /// Monotonic seconds.
    static func now() -> Double {
        var spec = timespec()
        clock_gettime(CLOCK_MONOTONIC, &spec)
        return Double(spec.tv_sec) + Double(spec.tv_nsec) / 1e9
    }

    /// `VmRSS` and `VmHWM` of this process, in MiB.
    static func memory() -> (rss: Double, peak: Double) {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return (0, 0) }
        var rss = 0.0
        var peak = 0.0
        for line in status.split(separator: "\n") {
            let parts = line.split(whereSeparator: { $0 == " " || $0 == "\t" })
            guard parts.count >= 2, let kb = Double(parts[1]) else { continue }
            if parts[0] == "VmRSS:" { rss = kb / 1024 }
            if parts[0] == "VmHWM:" { peak = kb / 1024 }
        }
        return (rss, peak)
    }

    /// Resets `VmHWM` to the current RSS (Linux ≥ 4.0), so the peak of one operation can be read.
    static func resetPeak() {
        let fd = open("/proc/self/clear_refs", O_WRONLY)
        guard fd >= 0 else { return }
        _ = "5".withCString { write(fd, $0, 1) }
        close(fd)
    }
}

/// Writes one JSON object per line on stdout, flushed at once (the orchestrator reads lines as
/// they come, to apply per-operation timeouts).
enum Emit {
    static func line(_ object: [String: Any]) {
        guard let data = try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys]),
            let text = String(data: data, encoding: .utf8)
        else { return }
        print(text)
        fflush(stdout)
    }
}
