// The `crimegraph-graphviz` worker: renders one DOT graph with Graphviz and exits.
//
// This executable is the only code in CrimeGraph that calls libgvc/cgraph. Debian 12's
// Graphviz 2.43 segfaults, aborts on assertions and hangs on real inputs; in a child process
// such a failure costs one error message instead of the caller's session. The client side is
// `GraphvizRenderer` in CrimeGraphRender.
//
// ## Protocol (version 1)
//
//     crimegraph-graphviz --engine ENGINE --format FORMAT [--memory-limit MIB]
//     crimegraph-graphviz --version | --help
//
// - `ENGINE` is one of `dot`, `neato`, `fdp`, `sfdp`, `circo`, `twopi`; `FORMAT` one of `svg`,
//   `png`, `pdf`. Anything else is refused before Graphviz is touched (in particular the
//   `gtk`, `x11` and `xlib` devices, which call `exit` or segfault). A `layout` attribute in
//   the graph is overridden by `--engine`.
// - `--memory-limit MIB` caps the address space (`RLIMIT_AS`); default 4096 MiB, `0` for no
//   cap. A runaway layout then fails an allocation and dies (usually `SIGABRT`/`SIGSEGV`)
//   instead of pushing the machine into swap.
// - stdin: the DOT text, read until EOF. It must not contain NUL bytes.
// - Success: exit status 0; stdout holds exactly the rendered bytes, nothing else.
// - Failure: exit status 2; stdout holds one line of JSON,
//   `{"stage": "request|parse|layout|render", "message": "…"}`, where `message` is Graphviz's
//   own error text (collected through `agseterrf`) or the worker's description of a bad request.
// - Any other outcome (a signal, another exit status) is a crash; the client reports it.
// - stderr is diagnostic and never shown raw to users: Graphviz's warnings, text printed by
//   cairo/pango/fontconfig, assertion messages, and one marker line
//   `crimegraph-graphviz: stage NAME` before each step, so that a client can tell which step
//   a crash happened in.
//
// Start-up, before Graphviz is touched: every inherited descriptor above 2 is closed; crash
// signals get their default action back (no Swift backtrace, the client sees the real
// signal); core dumps are off; the worker asks to die with its parent (`PR_SET_PDEATHSIG`),
// so a client killed while waiting leaves no layout running.
//
// At start-up, file descriptor 1 is pointed at stderr and the real stdout is kept under a
// private descriptor, so stray C `printf`s cannot corrupt the image.
//
// The worker never calls `gvFreeLayout`, `agclose` or `gvFreeContext`: with Graphviz 2.43,
// `gvFreeLayout` after a `dot` layout of a graph with clusters and edge labels corrupts the
// heap and aborts (see `graphviz-crashes/gvfreelayout-clusters-labels.dot`). The process ends
// right after writing its answer, with `_exit`, so the kernel reclaims the memory and no
// library destructor runs over a possibly damaged heap.

import CGraphviz

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#endif

@main
enum GraphvizWorker {
    static func main() {
        closeInheritedDescriptors()
        let output = ResultChannel.takeOverStdout()
        disableCoreDumps()
        restoreDefaultCrashHandling()
        _ = cg_die_with_parent()

        let request: WorkerRequest
        switch WorkerRequest.parse(Array(CommandLine.arguments.dropFirst())) {
        case .render(let parsed):
            request = parsed
        case .help:
            output.finish(with: Array(WorkerRequest.usage.utf8))
        case .version:
            output.finish(with: Array(versionText().utf8))
        case .invalid(let message):
            output.fail(WorkerFailure(stage: .request, message: message))
        }

        if let message = limitAddressSpace(mebibytes: request.memoryLimitMiB) {
            output.fail(WorkerFailure(stage: .request, message: message))
        }

        let dot: [UInt8]
        switch readStandardInput() {
        case .success(let bytes):
            dot = bytes
        case .failure(let failure):
            output.fail(failure)
        }

        switch GraphvizSession.render(dot: dot, engine: request.engine, format: request.format) {
        case .success(let image):
            output.finish(with: image)
        case .failure(let failure):
            output.fail(failure)
        }
    }

    /// The `--version` answer: the worker's protocol version and the Graphviz library version.
    static func versionText() -> String {
        "crimegraph-graphviz protocol 1 (Graphviz \(GraphvizSession.libraryVersion()))\n"
    }
}
