#!/usr/bin/env python3
"""Generate CrimeGraph's analysis reference fixtures.

    .venv/bin/python Tests/Fixtures/analysis/generate.py --out Tests/Fixtures/analysis

writes OUT/graphs/NAME.json (the fixture graphs as CrimeGraph case files, schema v1) and
OUT/reference/NAME.json (reference values computed with NetworkX, cross-checked with igraph and
numpy; Gould-Fernandez brokerage from R's sna package). See README.md beside this script.

The output is byte-for-byte deterministic: fixed seeds, fixed node and edge order, sorted keys,
full-precision floats (Python's repr), no timestamps. NetworkX iterates some sets of node ids
(for example in Louvain, Kou's Steiner tree, harmonic centrality and the link-prediction sums),
so the script re-executes itself with PYTHONHASHSEED=0 to make that order fixed as well.
"""

from __future__ import annotations

import os
import sys

if os.environ.get("PYTHONHASHSEED") != "0":
    os.execve(sys.executable, [sys.executable, os.path.abspath(__file__), *sys.argv[1:]],
              dict(os.environ, PYTHONHASHSEED="0"))

import argparse  # noqa: E402
import json  # noqa: E402
import shutil  # noqa: E402
import subprocess  # noqa: E402
import tempfile  # noqa: E402
import time  # noqa: E402
from pathlib import Path  # noqa: E402

import networkx as nx  # noqa: E402

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.dont_write_bytecode = True  # no __pycache__ beside the fixtures

import fixtures  # noqa: E402
import measures as M  # noqa: E402

REPO = HERE.parents[2]  # Tests/Fixtures/analysis -> repository root
DATASETS = REPO / ".." / "shared" / "datasets"
LINE = 100


# --------------------------------------------------------------------------------------------
# Deterministic JSON: sorted keys, repr floats, containers on one line when they fit


def render(value, indent: int = 0) -> str:
    flat = json.dumps(value, sort_keys=True, ensure_ascii=False, allow_nan=False)
    if not isinstance(value, (dict, list)) or not value or indent + len(flat) <= LINE:
        return flat
    pad = " " * (indent + 2)
    if isinstance(value, list):
        items = [pad + render(v, indent + 2) for v in value]
        return "[\n" + ",\n".join(items) + "\n" + " " * indent + "]"
    items = [
        pad + json.dumps(k, ensure_ascii=False) + ": " + render(value[k], indent + 2)
        for k in sorted(value)
    ]
    return "{\n" + ",\n".join(items) + "\n" + " " * indent + "}"


def write_json(path: Path, value) -> None:
    path.write_text(render(value) + "\n", encoding="utf-8")


# --------------------------------------------------------------------------------------------


def check_case_file(fx: fixtures.Fixture) -> None:
    ids = fx.ids
    assert len(set(ids)) == len(ids), f"{fx.name}: duplicate ids"
    for i in ids:
        assert fixtures.SLUG.match(i), f"{fx.name}: bad id {i!r}"
    known = set(ids)
    for r in fx.relationships:
        assert r["from"] in known and r["to"] in known, f"{fx.name}: dangling relationship {r}"
        if fx.weighted:
            assert isinstance(r.get("weight"), int) and r["weight"] > 0
        else:
            assert "weight" not in r


def run_brokerage(jobs: list[tuple[str, list[list[int]], list[str]]]) -> dict[str, list[list[float]]]:
    """Run brokerage.R once for all jobs (name, adjacency, groups); return sna's raw.nli rows."""
    if shutil.which("Rscript") is None:
        raise SystemExit("Rscript not found: install R and the sna package "
                         "(apt-get install r-cran-sna) to regenerate the brokerage fixtures")
    results = {}
    with tempfile.TemporaryDirectory(prefix="crimegraph-brokerage-") as tmp:
        for name, A, groups in jobs:
            Path(tmp, name + ".adj").write_text(
                "\n".join(" ".join(str(int(x)) for x in row) for row in A) + "\n")
            Path(tmp, name + ".groups").write_text("\n".join(groups) + "\n")
        proc = subprocess.run(
            ["Rscript", "--vanilla", str(HERE / "brokerage.R"), tmp, *[j[0] for j in jobs]],
            capture_output=True, text=True)
        if proc.returncode != 0:
            raise SystemExit("brokerage.R failed (is r-cran-sna installed?):\n" + proc.stderr)
        for name, A, groups in jobs:
            lines = Path(tmp, name + ".out").read_text().split("\n")
            assert lines[0].split() == ["w_I", "w_O", "b_IO", "b_OI", "b_O", "t"], lines[0]
            rows = [[float(x) for x in line.split()] for line in lines[1:] if line.strip()]
            assert len(rows) == len(groups)
            results[name] = rows
    return results


def reference(fx: fixtures.Fixture, checks: M.Checks) -> tuple[dict, tuple | None]:
    U, D = fixtures.views(fx)
    ids = fx.ids
    w = fx.weighted
    skipped: dict[str, str] = {}
    m: dict = {}
    m.update(M.structure_measures(U, D, ids))
    m.update(M.degree_measures(U, D, ids))
    m.update(M.path_centralities(U, D, ids, w))
    m.update(M.eigenvector_measures(U, D, ids, w, skipped, checks))
    m.update(M.pagerank_measures(U, D, ids, w, checks))
    m.update(M.burt_measures(U, ids, w))
    m["louvain"] = M.louvain(U, w)
    m["modularity_of_partitions"] = M.partitions(fx, U, D, ids, w)
    m["link_prediction"] = M.link_prediction(U, ids)
    m.update(M.shortest_paths(fx, U, D, ids, w))
    m["steiner_tree"] = M.steiner(fx, U, ids, w)
    m["fragmentation"] = M.fragmentation(U, ids, m["betweenness"])
    if fx.bipartite:
        m["projection"] = M.projection(fx, U)
    else:
        skipped["projection"] = "not a two-mode network (computed for davis only)"
    job = None
    if fx.brokerage_group:
        A, groups = M.brokerage_input(fx, U, D, ids)
        job = (fx.name, A.tolist(), groups)
    else:
        skipped["brokerage"] = ("no group attribute chosen for this graph (computed for karate, "
                                "caviar and directed-weighted only)")
    if w:
        for label, G in (("undirected", U), ("directed", D)):
            if G is not None:
                checks.record(f"near-ties in weighted shortest paths ({label})", M.near_ties(G, "distance"), 0)
    M.igraph_checks(U, D, ids, w, m, checks)
    if skipped:
        m["_skipped"] = skipped
    ref = {
        "graph": fx.name,
        "directed": fx.directed,
        "weighted": w,
        "weight_meaning": fx.weight_meaning,
        "tolerance": M.TOLERANCE,
        "iterative_tolerance": M.ITERATIVE_TOLERANCE,
        "nodes": ids,
        "parameters": {
            "eigenvector_tol": M.EIGEN_TOL,
            "pagerank_alpha": 0.85,
            "pagerank_tol": M.PAGERANK_TOL,
            "max_iter": 100000,
            "louvain_seeds": M.LOUVAIN_SEEDS,
            "link_prediction_limit": M.LINK_PREDICTION_LIMIT if len(ids) > M.LINK_PREDICTION_ALL_UP_TO else None,
            "simple_paths_cutoff": 4,
            "k_shortest_paths": 5,
        },
        "measures": m,
    }
    return ref, job


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--out", required=True, type=Path,
                        help="folder that receives graphs/ and reference/")
    args = parser.parse_args()
    started = time.monotonic()
    datasets = DATASETS.resolve()
    if not datasets.is_dir():
        raise SystemExit(
            f"generate.py: the criminal-network data sets are missing: expected {datasets} "
            "(../shared/datasets relative to the repository root, with morselli_caviar.csv and "
            "morselli_siren.csv). The committed fixtures do not need them; only regeneration does.")
    graphs_dir = args.out / "graphs"
    ref_dir = args.out / "reference"
    for d in (graphs_dir, ref_dir):
        d.mkdir(parents=True, exist_ok=True)
        for old in d.glob("*.json"):
            old.unlink()

    checks = M.Checks()
    refs: dict[str, dict] = {}
    jobs = []
    by_name = {}
    for fx in fixtures.all_fixtures(REPO, datasets):
        by_name[fx.name] = fx
        check_case_file(fx)
        if fx.write_graph:
            write_json(graphs_dir / f"{fx.name}.json", fx.case_file())
        ref, job = reference(fx, checks)
        refs[fx.name] = ref
        if job:
            jobs.append(job)
    raw = run_brokerage(jobs)
    for name, A, groups in jobs:
        ours = M.brokerage_python(A, groups)
        theirs = [[int(x) for x in row[:5]] for row in raw[name]]
        assert ours == theirs, f"{name}: sna::brokerage disagrees with the Python two-path count"
        assert all(int(row[5]) == sum(row[:5]) for row in raw[name])
        fx = by_name[name]
        refs[name]["measures"]["brokerage"] = M.brokerage_reference(fx, fx.ids, groups, raw[name])
    for name, ref in refs.items():
        write_json(ref_dir / f"{name}.json", ref)

    for what, worst in sorted(checks.worst.items()):
        print(f"  check {what}: worst {worst:.3g}", file=sys.stderr)
    print(f"generate.py: {len(refs)} references, {len(list(graphs_dir.glob('*.json')))} graphs "
          f"in {args.out} ({time.monotonic() - started:.1f} s, networkx {nx.__version__})",
          file=sys.stderr)


if __name__ == "__main__":
    main()
