#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#endif

/// Caps the worker's address space (`RLIMIT_AS`) so a runaway layout fails an allocation
/// and dies instead of eating the machine's memory. Returns an error message, or nil.
///
/// 4 GiB (the default) is far above what Graphviz needs for the graphs CrimeGraph draws
/// (an sfdp layout of 20,000 nodes stays well below it) while leaving the machine usable.
/// Graphviz does not recover from a failed allocation: it aborts or crashes, and the client
/// reports a crash.
///
/// Under AddressSanitizer or ThreadSanitizer (`make sanitize`) there is no cap: their shadow
/// memory reserves terabytes of address space, so any cap would fail every allocation.
func limitAddressSpace(mebibytes: Int) -> String? {
    guard mebibytes > 0, !runsUnderSanitizer else { return nil }
    let bytes = rlim_t(mebibytes) * 1024 * 1024
    var limit = rlimit()
    guard getrlimit(rlimitResource(RLIMIT_AS), &limit) == 0 else {
        return "cannot read the address-space limit: \(describeErrno(errno))"
    }
    // Never raise a limit someone else lowered. (`RLIM_INFINITY` is all ones on Linux; its
    // macro, a cast of -1, does not import into Swift.)
    if limit.rlim_cur != rlim_t.max && limit.rlim_cur <= bytes { return nil }
    limit.rlim_cur = bytes
    guard setrlimit(rlimitResource(RLIMIT_AS), &limit) == 0 else {
        return "cannot limit the address space to \(mebibytes) MiB: \(describeErrno(errno))"
    }
    return nil
}

/// Whether the AddressSanitizer or ThreadSanitizer runtime is linked into this process.
private var runsUnderSanitizer: Bool {
    let runtimes: [String] = ["__asan_init", "__tsan_init"]
    return runtimes.contains { dlsym(nil, $0) != nil }
}

/// Turns core dumps off: every Graphviz crash would otherwise leave a `core` file behind
/// (or a systemd-coredump entry), which is slow and litters the user's folder.
func disableCoreDumps() {
    var none = rlimit(rlim_cur: 0, rlim_max: 0)
    _ = setrlimit(rlimitResource(RLIMIT_CORE), &none)
}

/// Glibc imports the `RLIMIT_*` constants as an enum; Musl as plain integers.
#if canImport(Glibc)
private func rlimitResource(_ resource: __rlimit_resource) -> __rlimit_resource_t {
    __rlimit_resource_t(resource.rawValue)
}
#else
private func rlimitResource(_ resource: Int32) -> Int32 { resource }
#endif

/// Puts the fatal signals back to their default action, undoing the Swift runtime's crash
/// handler. A Graphviz crash then ends the process at once with the real signal, which the
/// client reports, instead of spending time (and stderr) on a Swift backtrace of C code.
func restoreDefaultCrashHandling() {
    for number in [SIGSEGV, SIGBUS, SIGABRT, SIGFPE, SIGILL, SIGTRAP, SIGQUIT] {
        _ = signal(number, SIG_DFL)
    }
}

/// Closes every descriptor above stderr that the worker inherited: descriptors the client's
/// process opened without close-on-exec (a half-written file, a socket) must not stay open,
/// and busy, for as long as a layout runs.
func closeInheritedDescriptors() {
    guard let folder = opendir("/proc/self/fd") else { return }
    let own = dirfd(folder)
    var inherited: [Int32] = []
    while let entry = readdir(folder) {
        let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
            String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
        }
        if let descriptor = Int32(name), descriptor > 2, descriptor != own {
            inherited.append(descriptor)
        }
    }
    closedir(folder)
    for descriptor in inherited { _ = close(descriptor) }
}
