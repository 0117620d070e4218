// Bridges Graphviz's C API (libgvc + libcgraph) into Swift for the
// `crimegraph-graphviz` worker, the only target allowed to import it.
//
// The headers come from the system (`libgraphviz-dev`, found through
// pkg-config `libgvc`); nothing is vendored. Swift 6 rejects references to
// mutable C globals such as `Agdirected` ("not concurrency-safe"), so they
// are returned by value from `static inline` accessors instead; likewise variadic C
// functions the worker needs (`prctl`), which Swift cannot call.
#ifndef CRIMEGRAPH_CGRAPHVIZ_SHIM_H
#define CRIMEGRAPH_CGRAPHVIZ_SHIM_H

#include <graphviz/gvc.h>
#include <graphviz/cgraph.h>

/// The descriptor for a directed, non-strict graph (`Agdirected`).
static inline Agdesc_t cg_agdirected(void) { return Agdirected; }

/// The descriptor for a strict directed graph (`Agstrictdirected`).
static inline Agdesc_t cg_agstrictdirected(void) { return Agstrictdirected; }

/// The descriptor for an undirected, non-strict graph (`Agundirected`).
static inline Agdesc_t cg_agundirected(void) { return Agundirected; }

/// `AGERR` as a plain int: the level `agerrors()` reports once an error
/// (rather than only a warning) has been seen.
static inline int cg_agerr_level(void) { return (int)AGERR; }

#ifdef __linux__
#include <signal.h>
#include <sys/prctl.h>

/// Asks the kernel to SIGKILL the worker when the thread that spawned it ends (`prctl` is
/// variadic, which Swift cannot call), so a client killed by Ctrl-C leaves no Graphviz layout
/// running. The client's spawning thread blocks until the worker ends, so it never fires early.
static inline int cg_die_with_parent(void) { return prctl(PR_SET_PDEATHSIG, SIGKILL); }
#else
static inline int cg_die_with_parent(void) { return 0; }
#endif

#endif
