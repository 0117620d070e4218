"""Writes the compact results table (markdown) from a `crimegraph-bench run` JSON file.

    python3 Benchmarks/python/table.py [Benchmarks/results/latest.json] [-o Benchmarks/results/table.md]

One row per (suite, operation): CrimeGraph's median seconds, the fastest peer's (name and
median), CrimeGraph ÷ fastest peer, CrimeGraph ÷ NetworkX; then peak memory at the largest
suite for every library. Standard library only.
"""

import argparse
import json
import math

TITLES = {"crimegraph": "CrimeGraph", "networkx": "NetworkX", "igraph": "igraph", "networkit": "NetworKit", "rustworkx": "rustworkx"}
NAMES = {
    "load": "load labelled edge list", "view": "simple-graph view (CrimeGraph only)", "bfs": "BFS from one node",
    "components": "connected components", "degree": "degree centrality", "pagerank": "PageRank (residual ≤ 1e-11)",
    "betweenness": "betweenness, exact", "betweenness_sampled": "betweenness, 256 sources",
    "closeness": "closeness (Wasserman–Faust)", "louvain": "Louvain", "kcore": "k-core",
    "articulation": "articulation points", "twohop": "2-hop neighbourhood (anchored)",
    "twohop_cypher": "the same 2-hop question as a Cypher query",
}
# Operations only CrimeGraph runs, set against the peers' figures for another (the peers have
# no query language: the Cypher 2-hop query is compared with their 2-hop neighbourhood calls).
COMPARED_WITH = {"twohop_cypher": "twohop"}
SIZES = {"caviar": "CAVIAR", "10k": "10k / 50k", "100k": "100k / 500k", "1m": "1M / 5M"}


def seconds(value):
    if value is None or math.isnan(value):
        return "–"
    if value >= 100:
        return f"{value:.0f}"
    if value >= 10:
        return f"{value:.1f}"
    if value >= 0.001:
        return f"{value:.3g}"
    return f"{value:.2g}"


def ratio(value):
    return "–" if value is None else (f"{value:.2f}" if value >= 0.01 else f"{value:.3f}")


def entry(suite, library, op):
    return suite["libraries"].get(library, {}).get("operations", {}).get(op)


def median(suite, library, op):
    e = entry(suite, library, op)
    return e["median"] if e and e.get("status") == "ok" else None


def rows(document):
    out = []
    for suite in document["suites"]:
        libraries = list(suite["libraries"])
        peers = [lib for lib in libraries if lib != "crimegraph"]
        ops = list(dict.fromkeys(op for lib in libraries for op in suite["libraries"][lib]["operations"]))
        order = [op for op in NAMES if op in ops]
        for op in order:
            mine = median(suite, "crimegraph", op)
            theirs = COMPARED_WITH.get(op, op)
            timed = [(median(suite, p, theirs), p) for p in peers if median(suite, p, theirs) is not None]
            best = min(timed) if timed else None
            if best:
                fastest = f"{TITLES[best[1]]} {seconds(best[0])}"
                vs_best = ratio(mine / best[0]) if mine is not None and best[0] > 0 else "–"
            else:
                fastest, vs_best = "n/a", "–"
            nx = entry(suite, "networkx", theirs)
            if nx and nx.get("status") == "ok" and mine is not None:
                vs_nx = ratio(mine / nx["median"])
            elif nx and nx.get("status") == "timeout" and mine is not None:
                vs_nx = f"< {ratio(mine / nx['timeout_seconds'])} (NetworkX > {nx['timeout_seconds']:.0f} s)"
            else:
                vs_nx = "–"
            out.append([SIZES.get(suite["name"], suite["name"]), NAMES[op], seconds(mine), fastest, vs_best, vs_nx])
    largest = document["suites"][-1] if document["suites"] else None
    if largest:
        size = SIZES.get(largest["name"], largest["name"])
        for label, value in [
            ("peak memory added by load, MB", lambda lib: load_memory(largest, lib)),
            ("peak RSS of the whole process, MB", lambda lib: process_peak(largest, lib)),
        ]:
            figures = {lib: value(lib) for lib in largest["libraries"]}
            peers = {lib: v for lib, v in figures.items() if lib != "crimegraph" and v is not None}
            mine = figures.get("crimegraph")
            if not peers or mine is None:
                continue
            lean = min(peers, key=peers.get)
            others = ", ".join(f"{TITLES[lib]} {peers[lib]:.0f}" for lib in sorted(peers, key=peers.get) if lib != lean)
            nx = peers.get("networkx")
            out.append([size, label, f"{mine:.0f}", f"{TITLES[lean]} {peers[lean]:.0f} (then {others})",
                        ratio(mine / peers[lean]), ratio(mine / nx) if nx else "–"])
    return out


def load_memory(suite, library):
    e = entry(suite, library, "load")
    if not e or e.get("status") != "ok":
        return None
    return e["peak_mb"] - e["rss_before_mb"]


def process_peak(suite, library):
    processes = suite["libraries"].get(library, {}).get("processes", [])
    peaks = [p["peak_rss_mb"] for p in processes if p.get("peak_rss_mb")]
    return max(peaks) if peaks else None


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("json", nargs="?", default="Benchmarks/results/latest.json")
    parser.add_argument("-o", "--out")
    args = parser.parse_args()
    with open(args.json, encoding="utf-8") as f:
        document = json.load(f)
    header = ["graph (nodes / edges)", "operation", "CrimeGraph, s", "fastest peer, s", "CrimeGraph ÷ fastest", "CrimeGraph ÷ NetworkX"]
    lines = ["| " + " | ".join(header) + " |", "|" + "|".join(["---"] * 2 + ["---:"] * 4) + "|"]
    lines += ["| " + " | ".join(row) + " |" for row in rows(document)]
    text = "\n".join(lines) + "\n"
    if args.out:
        with open(args.out, "w", encoding="utf-8") as f:
            f.write(text)
    else:
        print(text, end="")


if __name__ == "__main__":
    main()
