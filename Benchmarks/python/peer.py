"""Benchmark worker for the reference libraries: NetworkX, igraph, NetworKit, rustworkx.

Run by `crimegraph-bench run`, one process per library and graph. It loads the labelled CSV
edge list, runs the requested operations and prints one JSON line per operation, as the
CrimeGraph worker does: times measured inside the process (interpreter start and imports
excluded), repeated up to --repeats times while the runs stay within --budget seconds, and the
peak RSS of each operation (VmHWM, reset before it).

Each library loads the file its fastest documented way: rustworkx with its native
`read_edge_list(labels=True)`, NetworkX with `add_edges_from` on the labels, igraph and
NetworKit from integer edge arrays after interning the labels in a dict (neither has a reader
for labelled CSV). Every operation is the library's own function with the settings that match
CrimeGraph's definition (see Benchmarks/README.md).
"""

import argparse
import gc
import json
import random
import sys
import time


def memory():
    rss = peak = 0.0
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                rss = int(line.split()[1]) / 1024
            elif line.startswith("VmHWM:"):
                peak = int(line.split()[1]) / 1024
    return rss, peak


def reset_peak():
    try:
        with open("/proc/self/clear_refs", "w") as refs:
            refs.write("5")
    except OSError:
        pass


def emit(obj):
    print(json.dumps(obj, sort_keys=True), flush=True)


def intern_edges(path):
    """Reads `source,target` lines into integer arrays, numbering labels in first-seen order."""
    import numpy as np
    from array import array

    ids = {}
    src = array("l")
    dst = array("l")
    get = ids.get
    with open(path, encoding="utf-8") as f:
        f.readline()
        for line in f:
            a, b = line.rstrip("\n").split(",")
            i = get(a)
            if i is None:
                i = ids[a] = len(ids)
            j = get(b)
            if j is None:
                j = ids[b] = len(ids)
            src.append(i)
            dst.append(j)
    return ids, np.frombuffer(src, dtype=np.int64), np.frombuffer(dst, dtype=np.int64)


def pagerank_residual(n, src, dst, x):
    """‖x − step(x)‖₁ for one PageRank step on the undirected graph (α = 0.85, uniform teleport)."""
    import numpy as np
    import scipy.sparse as sp

    x = np.asarray(x, dtype=float)
    x = x / x.sum()
    rows = np.concatenate([src, dst])
    cols = np.concatenate([dst, src])
    a = sp.csr_matrix((np.ones(len(rows)), (rows, cols)), shape=(n, n))
    degree = np.asarray(a.sum(axis=1)).ravel()
    share = np.divide(x, degree, out=np.zeros(n), where=degree > 0)
    dangling = x[degree == 0].sum()
    step = (1 - 0.85) / n + 0.85 * dangling / n + 0.85 * (a @ share)
    return float(np.abs(step - x).sum())


class Peer:
    def __init__(self, path, anchor):
        self.path = path
        self.anchor_label = anchor
        self.graph = None

    def anchor(self):
        return self.index[self.anchor_label]


class NetworkXPeer(Peer):
    def load(self):
        import networkx as nx

        g = nx.Graph()
        with open(self.path, encoding="utf-8") as f:
            f.readline()
            g.add_edges_from(line.rstrip("\n").split(",") for line in f)
        self.graph = g
        return {"nodes": g.number_of_nodes(), "edges": g.number_of_edges()}

    def anchor(self):
        return self.anchor_label

    def run(self, op):
        import networkx as nx

        g = self.graph
        n = g.number_of_nodes()
        if op == "bfs":
            return {"reached": len(dict(nx.bfs_predecessors(g, self.anchor()))) + 1}
        if op == "components":
            return {"count": len(list(nx.connected_components(g)))}
        if op == "degree":
            return {"max": max(nx.degree_centrality(g).values())}
        if op == "pagerank":
            self.last = nx.pagerank(g, alpha=0.85, tol=1e-11 / n, max_iter=100000)
            return {}
        if op == "betweenness":
            return {"max": max(nx.betweenness_centrality(g).values())}
        if op == "betweenness_sampled":
            return {"max": max(nx.betweenness_centrality(g, k=256, seed=1).values())}
        if op == "closeness":
            return {"max": max(nx.closeness_centrality(g, wf_improved=True).values())}
        if op == "louvain":
            self.last = nx.community.louvain_communities(g, seed=1)
            return {"communities": len(self.last)}
        if op == "kcore":
            return {"max": max(nx.core_number(g).values())}
        if op == "articulation":
            return {"count": len(list(nx.articulation_points(g)))}
        if op == "twohop":
            return {"reached": len(nx.single_source_shortest_path_length(g, self.anchor(), cutoff=2)) - 1}
        raise ValueError(op)

    def finish(self, op, info):
        import networkx as nx
        import numpy as np

        g = self.graph
        if op == "pagerank":
            index = {node: i for i, node in enumerate(g)}
            edges = np.array([(index[a], index[b]) for a, b in g.edges()], dtype=np.int64)
            x = np.array([self.last[node] for node in g])
            info["residual"] = pagerank_residual(len(index), edges[:, 0], edges[:, 1], x)
        if op == "louvain":
            info["modularity"] = nx.community.modularity(g, self.last)


class IGraphPeer(Peer):
    def load(self):
        import igraph as ig

        self.index, src, dst = intern_edges(self.path)
        self.src, self.dst = src, dst
        self.graph = ig.Graph(n=len(self.index), edges=list(zip(src.tolist(), dst.tolist())), directed=False)
        return {"nodes": self.graph.vcount(), "edges": self.graph.ecount()}

    def run(self, op):
        g = self.graph
        n = g.vcount()
        if op == "bfs":
            return {"reached": len(g.bfs(self.anchor())[0])}
        if op == "components":
            return {"count": len(g.connected_components())}
        if op == "degree":
            return {"max": max(g.degree()) / (n - 1)}
        if op == "pagerank":
            self.last = g.pagerank(damping=0.85, directed=False)
            return {}
        if op == "betweenness":
            # igraph counts each unordered pair once, unnormalised: × 2/((n−1)(n−2)) gives
            # NetworkX's (and CrimeGraph's) normalised value (scaling the maximum only).
            return {"max": max(g.betweenness(directed=False)) * 2 / ((n - 1) * (n - 2))}
        if op == "betweenness_sampled":
            # Paths from the sampled sources only, each pair once: × 2/(k(n−2)) estimates the
            # normalised value as NetworkX's and CrimeGraph's sampling do (other samples).
            sources = random.Random(1).sample(range(n), 256)
            return {"max": max(g.betweenness(directed=False, sources=sources)) * 2 / (256 * (n - 2))}
        if op == "closeness":
            # igraph averages over the reachable vertices only; Wasserman–Faust scales that by
            # the share of the others reached: (r − 1)/(n − 1) for a component of r vertices.
            closeness = g.closeness()
            components = g.connected_components()
            sizes = components.sizes()
            membership = components.membership
            values = [0.0 if c != c else c * (sizes[membership[v]] - 1) / (n - 1) for v, c in enumerate(closeness)]
            return {"max": max(values)}
        if op == "louvain":
            self.last = g.community_multilevel()
            return {"communities": len(self.last)}
        if op == "kcore":
            return {"max": max(g.coreness())}
        if op == "articulation":
            return {"count": len(g.articulation_points())}
        if op == "twohop":
            return {"reached": g.neighborhood_size(self.anchor(), order=2) - 1}
        raise ValueError(op)

    def finish(self, op, info):
        if op == "pagerank":
            info["residual"] = pagerank_residual(self.graph.vcount(), self.src, self.dst, self.last)
        if op == "louvain":
            info["modularity"] = self.last.modularity


class NetworKitPeer(Peer):
    def load(self):
        import networkit as nk
        import numpy as np

        self.index, src, dst = intern_edges(self.path)
        self.src, self.dst = src, dst
        self.graph = nk.graph.GraphFromCoo((src.astype(np.uint64), dst.astype(np.uint64)), n=len(self.index), directed=False)
        return {"nodes": self.graph.numberOfNodes(), "edges": self.graph.numberOfEdges()}

    def run(self, op):
        import networkit as nk

        g = self.graph
        if op == "bfs":
            bfs = nk.distance.BFS(g, self.anchor(), storePaths=False)
            bfs.run()
            return {"reached": sum(1 for d in bfs.getDistances() if d < 1e300)}
        if op == "components":
            cc = nk.components.ConnectedComponents(g)
            cc.run()
            return {"count": cc.numberOfComponents()}
        if op == "degree":
            dc = nk.centrality.DegreeCentrality(g, normalized=True)
            dc.run()
            # NetworKit normalises by n, the others by n − 1.
            n = g.numberOfNodes()
            return {"max": max(dc.scores()) * n / (n - 1)}
        if op == "pagerank":
            pr = nk.centrality.PageRank(g, damp=0.85, tol=1e-11)
            pr.norm = nk.centrality.Norm.L1_NORM
            pr.run()
            self.last = pr.scores()
            return {"iterations": pr.numberOfIterations()}
        if op == "betweenness":
            bc = nk.centrality.Betweenness(g, normalized=True)
            bc.run()
            return {"max": max(bc.scores())}
        if op == "betweenness_sampled":
            bc = nk.centrality.EstimateBetweenness(g, 256, normalized=True, parallel=True)
            bc.run()
            return {"max": max(bc.scores())}
        if op == "closeness":
            cl = nk.centrality.Closeness(g, True, nk.centrality.ClosenessVariant.GENERALIZED)
            cl.run()
            return {"max": max(cl.scores())}
        if op == "louvain":
            plm = nk.community.PLM(g, refine=False, gamma=1.0)
            plm.run()
            self.last = plm.getPartition()
            return {"communities": self.last.numberOfSubsets()}
        if op == "kcore":
            cd = nk.centrality.CoreDecomposition(g)
            cd.run()
            return {"max": max(cd.scores())}
        if op == "articulation":
            # NetworKit has no articulation-point function: its biconnected components are the
            # computation; the points (nodes in more than one component) are counted untimed.
            bc = nk.components.BiconnectedComponents(g)
            bc.run()
            self.last = bc
            return {}
        if op == "twohop":
            a = self.anchor()
            seen = set(g.iterNeighbors(a))
            for u in list(seen):
                seen.update(g.iterNeighbors(u))
            seen.discard(a)
            return {"reached": len(seen)}
        raise ValueError(op)

    def finish(self, op, info):
        import networkit as nk

        if op == "pagerank":
            info["residual"] = pagerank_residual(self.graph.numberOfNodes(), self.src, self.dst, self.last)
        if op == "louvain":
            info["modularity"] = nk.community.Modularity().getQuality(self.last, self.graph)
        if op == "articulation":
            counts = {}
            for component in self.last.getComponents():
                for node in component:
                    counts[node] = counts.get(node, 0) + 1
            info["count"] = sum(1 for c in counts.values() if c > 1)


class RustworkxPeer(Peer):
    def load(self):
        import rustworkx as rx

        # The header line starts with "source", read as a comment.
        self.graph = rx.PyGraph.read_edge_list(self.path, comment="source", deliminator=",", labels=True)
        return {"nodes": self.graph.num_nodes(), "edges": self.graph.num_edges()}

    def anchor(self):
        if not hasattr(self, "anchor_index"):
            g = self.graph
            self.anchor_index = next(i for i in g.node_indices() if g[i] == self.anchor_label)
        return self.anchor_index

    def run(self, op):
        import rustworkx as rx

        g = self.graph
        if op == "bfs":
            return {"reached": sum(len(layer) for layer in rx.bfs_layers(g, [self.anchor()]))}
        if op == "components":
            return {"count": len(rx.connected_components(g))}
        if op == "degree":
            return {"max": max(rx.degree_centrality(g).values())}
        if op == "pagerank":
            n = g.num_nodes()
            self.last = rx.pagerank(self.directed, alpha=0.85, tol=1e-11 / n, max_iter=100000)
            return {}
        if op == "betweenness":
            return {"max": max(rx.betweenness_centrality(g, normalized=True).values())}
        if op == "closeness":
            return {"max": max(rx.closeness_centrality(g, wf_improved=True).values())}
        if op == "kcore":
            return {"max": max(rx.core_number(g).values())}
        if op == "articulation":
            return {"count": len(rx.articulation_points(g))}
        if op == "twohop":
            a = self.anchor()
            seen = set(g.neighbors(a))
            for u in list(seen):
                seen.update(g.neighbors(u))
            seen.discard(a)
            return {"reached": len(seen)}
        raise ValueError(op)

    def prepare(self, op):
        # rustworkx's PageRank takes a directed graph (each edge both ways): converted once,
        # untimed, as CrimeGraph's simple-graph view is built apart from the PageRank timing.
        if op == "pagerank":
            self.directed = self.graph.to_directed()

    def finish(self, op, info):
        import numpy as np

        if op == "pagerank":
            self.directed = None
            g = self.graph
            edges = np.array(g.edge_list(), dtype=np.int64)
            x = np.array([self.last[i] for i in range(g.num_nodes())])
            info["residual"] = pagerank_residual(g.num_nodes(), edges[:, 0], edges[:, 1], x)


# An operation with a run shorter than QUICK_OPERATION seconds runs QUICK_REPEATS times (a
# median of three runs of a few microseconds measures the machine's noise); the Swift worker
# (Worker.swift) uses the same figures.
QUICK_OPERATION = 0.001
QUICK_REPEATS = 101

PEERS = {"networkx": NetworkXPeer, "igraph": IGraphPeer, "networkit": NetworKitPeer, "rustworkx": RustworkxPeer}


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--library", required=True, choices=sorted(PEERS))
    parser.add_argument("--graph", required=True)
    parser.add_argument("--anchor", required=True)
    parser.add_argument("--ops", required=True)
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--budget", type=float, default=20)
    args = parser.parse_args()
    peer = PEERS[args.library](args.graph, args.anchor)
    # Import the library before "ready", so that its loading is not timed.
    __import__({"networkx": "networkx", "igraph": "igraph", "networkit": "networkit", "rustworkx": "rustworkx"}[args.library])
    import numpy  # noqa: F401  (used by loaders and residuals)
    import scipy.sparse  # noqa: F401

    emit({"event": "ready", "rss_mb": memory()[0]})
    ops = ["load"] + [op for op in args.ops.split(",") if op not in ("load", "view")]
    for op in ops:
        if op != "load" and hasattr(peer, "prepare"):
            peer.prepare(op)
        gc.collect()
        reset_peak()
        before = memory()[0]
        times = []
        first_peak = 0.0
        info = {}
        while True:
            if op == "load":
                peer.graph = None
                gc.collect()
            start = time.perf_counter()
            info = peer.load() if op == "load" else peer.run(op)
            times.append(time.perf_counter() - start)
            if len(times) == 1:
                first_peak = memory()[1]
            # As the Swift worker: once a run has taken under a millisecond, QUICK_REPEATS runs.
            wanted = max(args.repeats, QUICK_REPEATS) if min(times) < QUICK_OPERATION else args.repeats
            if len(times) >= wanted or sum(times) + times[-1] >= args.budget:
                break
        if hasattr(peer, "finish") and op != "load":
            peer.finish(op, info)
        emit({"op": op, "times": times, "rss_before_mb": before, "rss_after_mb": memory()[0],
              "peak_mb": first_peak, "info": info})
    emit({"event": "done"})


if __name__ == "__main__":
    sys.exit(main())
