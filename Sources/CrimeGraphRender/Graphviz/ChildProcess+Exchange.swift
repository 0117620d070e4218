#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#endif

/// How a child process ended.
enum ProcessTermination: Equatable {
    /// It exited with this status.
    case exited(Int32)
    /// A signal killed it (not one the renderer sent).
    case signaled(Int32)
    /// The deadline passed; the renderer killed its process group with `SIGKILL`.
    case timedOut
}

/// What a child process produced and how it ended.
struct ProcessOutcome {
    var termination: ProcessTermination
    /// Everything it wrote on stdout.
    var standardOutput: [UInt8]
    /// The last bytes it wrote on stderr (at most the tail limit given to `exchange`).
    var standardError: [UInt8]
}

extension ChildProcess {
    /// Writes `input` to the child's stdin (then closes it), collects stdout and the tail of
    /// stderr, and reaps the child, all before `deadline`; past it, kills the child's process
    /// group and reports `.timedOut`.
    ///
    /// One `poll` loop serves the three descriptors, so neither a large input nor a large
    /// output can deadlock the two processes. Whatever happens, the child is reaped and every
    /// descriptor closed before this returns or throws.
    func exchange(
        input: [UInt8], deadline: ContinuousClock.Instant, errorTailLimit: Int = 64 * 1024
    ) throws(SystemCallError) -> ProcessOutcome {
        var open: [Int32] = [input.isEmpty ? -1 : self.input, output, errorOutput]
        if input.isEmpty { _ = close(self.input) }
        var standardOutput: [UInt8] = []
        var standardError: [UInt8] = []
        var written = 0
        var chunk = [UInt8](repeating: 0, count: 64 * 1024)

        func finish(_ termination: ProcessTermination) -> ProcessOutcome {
            for descriptor in open where descriptor >= 0 { _ = close(descriptor) }
            return ProcessOutcome(termination: termination, standardOutput: standardOutput, standardError: standardError)
        }

        do throws(SystemCallError) {
            while open[1] >= 0 || open[2] >= 0 {
                guard let waitLimit = Self.milliseconds(until: deadline) else {
                    return finish(killAndReap())
                }
                // Slot 0 is stdin (wait until writable), 1 stdout and 2 stderr (until readable).
                let slots = open.indices.filter { open[$0] >= 0 }
                var requests = slots.map { slot in
                    pollfd(fd: open[slot], events: Int16(slot == 0 ? POLLOUT : POLLIN), revents: 0)
                }
                let ready = poll(&requests, nfds_t(requests.count), waitLimit)
                if ready < 0 {
                    if errno == EINTR { continue }
                    throw SystemCallError("poll")
                }
                for (slot, request) in zip(slots, requests) where request.revents != 0 {
                    let finished: Bool
                    switch slot {
                    case 0: finished = try sendNextPiece(of: input, from: &written)
                    case 1: finished = try receive(from: request.fd, into: &standardOutput, chunk: &chunk, limit: Int.max)
                    default: finished = try receive(from: request.fd, into: &standardError, chunk: &chunk, limit: errorTailLimit)
                    }
                    if finished {
                        _ = close(open[slot])
                        open[slot] = -1
                    }
                }
            }
            if open[0] >= 0 { _ = close(open[0]); open[0] = -1 }
            return finish(try waitForExit(until: deadline) ?? killAndReap())
        } catch {
            // A failed waitpid means the child is no longer ours to wait for (say, SIGCHLD is
            // ignored and the kernel reaped it): its pid may already be reused, so no kill.
            if error.call != "waitpid" { _ = killAndReap() }
            _ = finish(.timedOut)
            throw error
        }
    }

    /// Sends the next piece of `input`; returns true once stdin should be closed: everything is
    /// written, or the child closed its end (`EPIPE`: its answer will say why).
    private func sendNextPiece(of input: [UInt8], from written: inout Int) throws(SystemCallError) -> Bool {
        let count = input.withUnsafeBytes { buffer in
            send(self.input, buffer.baseAddress.map { $0 + written }, min(buffer.count - written, 64 * 1024),
                       Int32(MSG_NOSIGNAL) | Int32(MSG_DONTWAIT))
        }
        if count >= 0 {
            written += count
            return written == input.count
        }
        switch errno {
        case EAGAIN, EWOULDBLOCK, EINTR: return false
        case EPIPE, ECONNRESET: return true
        default: throw SystemCallError("send")
        }
    }

    /// Reads what is available from `descriptor` into `bytes`, keeping at most `limit` bytes
    /// (the newest). Returns true at end of file.
    private func receive(
        from descriptor: Int32, into bytes: inout [UInt8], chunk: inout [UInt8], limit: Int
    ) throws(SystemCallError) -> Bool {
        let count = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
        if count == 0 { return true }
        if count < 0 {
            switch errno {
            case EAGAIN, EWOULDBLOCK, EINTR: return false
            default: throw SystemCallError("read")
            }
        }
        bytes.append(contentsOf: chunk[0..<count])
        if bytes.count > limit { bytes.removeFirst(bytes.count - limit) }
        return false
    }

    /// Reaps the child once its output is closed; nil if it is still running at `deadline`.
    private func waitForExit(until deadline: ContinuousClock.Instant) throws(SystemCallError) -> ProcessTermination? {
        var pause: UInt32 = 500
        while true {
            var status: Int32 = 0
            let reaped = waitpid(pid, &status, WNOHANG)
            if reaped == pid { return Self.termination(fromWaitStatus: status) }
            if reaped < 0 {
                if errno == EINTR { continue }
                throw SystemCallError("waitpid")
            }
            guard Self.milliseconds(until: deadline) != nil else { return nil }
            usleep(pause)
            pause = min(pause * 2, 20_000)
        }
    }

    /// Kills the child's process group (and the child itself, should the group be gone) with
    /// `SIGKILL`, then reaps the child. The pid cannot be reused before it is reaped, so the
    /// kill cannot hit a stranger.
    private func killAndReap() -> ProcessTermination {
        _ = kill(-pid, SIGKILL)
        _ = kill(pid, SIGKILL)
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        return .timedOut
    }

    /// Decodes a `waitpid` status (the `WIFEXITED`/`WTERMSIG` macros do not import into Swift).
    static func termination(fromWaitStatus status: Int32) -> ProcessTermination {
        let signal = status & 0x7F
        return signal == 0 ? .exited((status >> 8) & 0xFF) : .signaled(signal)
    }

    /// The time left until `deadline` in whole milliseconds for `poll` (at least 1), or nil
    /// once it has passed.
    static func milliseconds(until deadline: ContinuousClock.Instant) -> Int32? {
        let left = ContinuousClock.now.duration(to: deadline)
        guard left > .zero else { return nil }
        let milliseconds = left.components.seconds * 1000 + left.components.attoseconds / 1_000_000_000_000_000
        return Int32(clamping: max(1, milliseconds + 1))
    }
}
