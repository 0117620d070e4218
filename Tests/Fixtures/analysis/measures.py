"""Reference values for one fixture graph, computed with NetworkX (and cross-checked with igraph,
numpy and, for brokerage, R's sna package, called from generate.py).

Every function takes the views built by fixtures.views(): `U` (nx.Graph, undirected view) and
`D` (nx.DiGraph, directed view, or None for undirected files). Edge attributes: `strength` and
`distance` (see fixtures.views). Node lists come out in entity order; node-keyed maps are keyed by
entity id.
"""

from __future__ import annotations

import itertools
import math
import random

import networkx as nx
import numpy as np

TOLERANCE = 1e-12  # exact measures
ITERATIVE_TOLERANCE = 1e-9  # relative, eigenvector and PageRank
EIGEN_TOL = 1e-13
PAGERANK_TOL = 1e-14  # 1e-13 leaves errors up to 5e-12 (caviar); see README
LINK_PREDICTION_LIMIT = 200  # kept per score for graphs above 60 nodes
LINK_PREDICTION_ALL_UP_TO = 60
LOUVAIN_SEEDS = 20


class Checks:
    """Independent cross-checks; their worst disagreements are printed by generate.py."""

    def __init__(self) -> None:
        self.worst: dict[str, float] = {}

    def record(self, what: str, difference: float, limit: float) -> None:
        self.worst[what] = max(self.worst.get(what, 0.0), difference)
        if not difference <= limit:
            raise AssertionError(f"cross-check {what}: difference {difference} > {limit}")


# --------------------------------------------------------------------------------------------
# Helpers


def fl(x) -> float | None:
    """A JSON float; NaN becomes None (null)."""
    x = float(x)
    return None if math.isnan(x) else x


def node_map(ids: list[str], values: dict) -> dict:
    return {i: fl(values[i]) for i in ids}


def tie_key(x: float) -> float:
    """Values equal to 12 significant digits are ties (NetworkX sums floats in set order, so two
    mathematically equal scores can differ in the last bit)."""
    return float(f"{x:.12g}")


def without_self_loops(G):
    H = G.copy()
    H.remove_edges_from(list(nx.selfloop_edges(H)))
    return H


def ordered_components(comps, index) -> list[list[str]]:
    lists = [sorted(c, key=index.__getitem__) for c in comps]
    lists.sort(key=lambda c: (-len(c), index[c[0]]))
    return lists


def edge_list(index, values: dict) -> list[dict]:
    out = []
    for (u, v), x in values.items():
        if index[u] > index[v]:
            u, v = v, u
        out.append({"from": u, "to": v, "value": fl(x)})
    out.sort(key=lambda e: (index[e["from"]], index[e["to"]]))
    return out


# --------------------------------------------------------------------------------------------
# Centrality


def degree_measures(U, D, ids) -> dict:
    m = {"degree_centrality": node_map(ids, nx.degree_centrality(U))}
    if D is not None:
        m["in_degree_centrality"] = node_map(ids, nx.in_degree_centrality(D))
        m["out_degree_centrality"] = node_map(ids, nx.out_degree_centrality(D))
    return m


def path_centralities(U, D, ids, weighted: bool) -> dict:
    m = {}
    variants = [("", U, None)]
    if D is not None:
        variants.append(("_directed", D, None))
    if weighted:
        variants.append(("_weighted", U, "distance"))
        if D is not None:
            variants.append(("_directed_weighted", D, "distance"))
    for suffix, G, w in variants:
        m["betweenness" + suffix] = node_map(ids, nx.betweenness_centrality(G, normalized=True, endpoints=False, weight=w))
        m["closeness" + suffix] = node_map(ids, nx.closeness_centrality(G, distance=w, wf_improved=True))
        m["harmonic" + suffix] = node_map(ids, nx.harmonic_centrality(G, distance=w))
    index = {i: k for k, i in enumerate(ids)}
    m["edge_betweenness"] = edge_list(index, nx.edge_betweenness_centrality(U, normalized=True))
    if weighted:
        m["edge_betweenness_weighted"] = edge_list(
            index, nx.edge_betweenness_centrality(U, normalized=True, weight="distance"))
    return m


def _dense(G, ids, weight):
    return nx.to_numpy_array(G, nodelist=ids, weight=weight)


def eigenvector_measures(U, D, ids, weighted: bool, skipped: dict, checks: Checks) -> dict:
    m = {}
    variants = [("eigenvector", U, None)]
    if weighted:
        variants.append(("eigenvector_weighted", U, "strength"))
    if D is not None:
        variants.append(("eigenvector_directed", D, None))
        if weighted:
            variants.append(("eigenvector_directed_weighted", D, "strength"))
    for name, G, w in variants:
        if G.is_directed():
            if not nx.is_strongly_connected(G):
                skipped[name] = ("not strongly connected: directed eigenvector centrality is not "
                                 "defined (the dominant eigenvector is not unique and positive)")
                continue
        elif not nx.is_connected(G):
            skipped[name] = "disconnected: eigenvector centrality is not defined"
            continue
        x = nx.eigenvector_centrality(G, max_iter=100000, tol=EIGEN_TOL, weight=w)
        # Check against a dense eigensolver: NetworkX uses in-edges, i.e. x = A^T x.
        A = _dense(G, ids, w)
        vals, vecs = np.linalg.eig(A.T)
        k = int(np.argmax(vals.real))
        v = np.abs(vecs[:, k].real)
        v /= np.linalg.norm(v)
        diff = max(abs(x[i] - v[j]) / v[j] for j, i in enumerate(ids))
        checks.record("eigenvector vs numpy.linalg.eig (relative)", diff, 1e-10)
        m[name] = node_map(ids, x)
    return m


def _pagerank_exact(G, ids, w, alpha=0.85) -> np.ndarray:
    A = _dense(G, ids, w)
    n = len(ids)
    S = A.sum(axis=1)
    P = np.zeros_like(A)
    nz = S != 0
    P[nz] = A[nz] / S[nz][:, None]
    dangling = (~nz).astype(float)
    # x = alpha (x P + (x . dangling) / n) + (1 - alpha) / n, with sum(x) = 1
    M = alpha * (P + np.outer(dangling, np.full(n, 1.0 / n)))
    x = np.linalg.solve((np.eye(n) - M).T, np.full(n, (1 - alpha) / n))
    return x / x.sum()


def pagerank_measures(U, D, ids, weighted: bool, checks: Checks) -> dict:
    m = {}
    main = D if D is not None else U
    variants = [("pagerank", main, None)]
    if weighted:
        variants.append(("pagerank_weighted", main, "strength"))
    if D is not None:
        variants.append(("pagerank_undirected", U, None))
    for name, G, w in variants:
        x = nx.pagerank(G, alpha=0.85, tol=PAGERANK_TOL, max_iter=100000, weight=w)
        finer = nx.pagerank(G, alpha=0.85, tol=PAGERANK_TOL / 100, max_iter=100000, weight=w)
        checks.record("pagerank tol vs tol/100", max(abs(x[i] - finer[i]) for i in ids), 1e-12)
        exact = _pagerank_exact(G, ids, w)
        checks.record("pagerank vs linear solve", max(abs(x[i] - exact[j]) for j, i in enumerate(ids)), 1e-12)
        checks.record("pagerank vs linear solve (relative)",
                      max(abs(x[i] - exact[j]) / exact[j] for j, i in enumerate(ids)), 1e-10)
        m[name] = node_map(ids, x)
    return m


# --------------------------------------------------------------------------------------------
# Structure


def structure_measures(U, D, ids) -> dict:
    index = {i: k for k, i in enumerate(ids)}
    m = {}
    m["counts"] = {
        "nodes": len(ids),
        "undirected_edges": U.number_of_edges(),
        "undirected_self_loops": nx.number_of_selfloops(U),
    }
    if D is not None:
        m["counts"]["directed_arcs"] = D.number_of_edges()
        m["counts"]["directed_self_loops"] = nx.number_of_selfloops(D)
    m["weakly_connected_components"] = ordered_components(nx.connected_components(U), index)
    if D is not None:
        assert ordered_components(nx.weakly_connected_components(D), index) == m["weakly_connected_components"]
        m["strongly_connected_components"] = ordered_components(nx.strongly_connected_components(D), index)
    aps = sorted(nx.articulation_points(U), key=index.__getitem__)
    bridges = sorted(
        (sorted((u, v), key=index.__getitem__) for u, v in nx.bridges(U)),
        key=lambda e: (index[e[0]], index[e[1]]),
    )
    # Brute-force check: removing the node / edge increases the number of components.
    base = nx.number_connected_components(U)
    brute_aps = [i for i in ids if nx.number_connected_components(nx.restricted_view(U, [i], [])) > base]
    assert brute_aps == aps, (brute_aps, aps)
    brute_bridges = sorted(
        ([u, v] if index[u] < index[v] else [v, u]) for u, v in U.edges() if u != v
        and nx.number_connected_components(nx.restricted_view(U, [], [(u, v)])) > base
    )
    assert sorted(map(list, bridges)) == brute_bridges
    m["articulation_points"] = aps
    m["bridges"] = [list(e) for e in bridges]
    m["core_number"] = {i: c for i, c in sorted(nx.core_number(without_self_loops(U)).items())}
    m["density"] = fl(nx.density(U))
    if D is not None:
        m["density_directed"] = fl(nx.density(D))
    comps = []
    for comp in m["weakly_connected_components"]:
        if len(comp) < 2:
            continue
        S = U.subgraph(comp)
        comps.append({
            "size": len(comp),
            "diameter": nx.diameter(S),
            "average_shortest_path_length": fl(nx.average_shortest_path_length(S)),
        })
    m["components"] = comps
    return m


def burt_measures(U, ids, weighted: bool) -> dict:
    """Burt's constraint and effective size, on the undirected view without self-loops."""
    H = without_self_loops(U)
    w = "strength" if weighted else None
    return {
        "constraint": node_map(ids, nx.constraint(H, weight=w)),
        # nodes=list(H) takes NetworkX's per-node path: with scipy installed, the default path of
        # NetworkX 3.6 divides weighted ties by the wrong node's largest weight (networkx#8906).
        "effective_size": node_map(ids, nx.effective_size(H, weight=w, nodes=list(H))),
    }


# --------------------------------------------------------------------------------------------
# Communities


def louvain(U, weighted: bool) -> dict:
    w = "strength" if weighted else None
    best = max(
        nx.community.modularity(U, nx.community.louvain_communities(U, weight=w, seed=seed), weight=w)
        for seed in range(LOUVAIN_SEEDS)
    )
    return {"best_modularity": fl(best), "seeds": LOUVAIN_SEEDS, "weight": w or "none",
            "resolution": 1.0}


def partitions(fx, U, D, ids, weighted: bool) -> list[dict]:
    parts = []
    for prop in fx.named_partitions:
        values = [e["properties"][prop] for e in fx.entities]
        labels = sorted(set(values), key=values.index)
        parts.append((prop, {i: labels.index(v) for i, v in zip(ids, values)}))
    rng = random.Random(f"crimegraph/{fx.name}/partitions/v1")
    for k in (1, 2):
        while True:
            membership = {i: rng.randrange(3) for i in ids}
            if len(set(membership.values())) == 3:
                break
        parts.append((f"random-{k}", membership))
    out = []
    for name, membership in parts:
        groups = [{i for i in ids if membership[i] == g} for g in sorted(set(membership.values()))]
        entry = {"name": name, "membership": membership,
                 "modularity": fl(nx.community.modularity(U, groups, weight=None))}
        if weighted:
            entry["modularity_weighted"] = fl(nx.community.modularity(U, groups, weight="strength"))
        if D is not None:
            entry["modularity_directed"] = fl(nx.community.modularity(D, groups, weight=None))
            if weighted:
                entry["modularity_directed_weighted"] = fl(nx.community.modularity(D, groups, weight="strength"))
        out.append(entry)
    return out


# --------------------------------------------------------------------------------------------
# Link prediction


def link_prediction(U, ids) -> dict:
    index = {i: k for k, i in enumerate(ids)}
    H = without_self_loops(U)
    pairs = [(u, v) for a, u in enumerate(ids) for v in ids[a + 1:] if not H.has_edge(u, v)]
    scores = {
        "jaccard": [(u, v, fl(s)) for u, v, s in nx.jaccard_coefficient(H, pairs)],
        "adamic_adar": [(u, v, fl(s)) for u, v, s in nx.adamic_adar_index(H, pairs)],
        "resource_allocation": [(u, v, fl(s)) for u, v, s in nx.resource_allocation_index(H, pairs)],
        "common_neighbors": [(u, v, len(set(H[u]) & set(H[v]))) for u, v in pairs],
    }
    truncated = len(ids) > LINK_PREDICTION_ALL_UP_TO
    out: dict = {"pairs": len(pairs), "limit": LINK_PREDICTION_LIMIT if truncated else None}
    for name, rows in scores.items():
        rows.sort(key=lambda r: (-tie_key(r[2]), index[r[0]], index[r[1]]))
        if truncated:
            rows = rows[:LINK_PREDICTION_LIMIT]
        out[name] = [list(r) for r in rows]
    return out


# --------------------------------------------------------------------------------------------
# Paths


def _pairs(fx, G, ids, count: int, salt: str) -> list[tuple[str, str]]:
    """`count` seeded-random ordered pairs of distinct nodes: the fixture's required pairs (for
    shortest paths) first, then pairs of the largest component of G (so every drawn pair is
    connected in the undirected view)."""
    index = {i: k for k, i in enumerate(ids)}
    largest = ordered_components(nx.connected_components(G), index)[0]
    rng = random.Random(f"crimegraph/{fx.name}/{salt}/v1")
    pairs = list(fx.required_pairs) if salt == "shortest" else []
    while len(pairs) < count:
        u, v = rng.sample(largest, 2)
        if (u, v) not in pairs and (v, u) not in pairs:
            pairs.append((u, v))
    return pairs


def neighborhoods(fx, U, D, ids) -> list[dict]:
    """Every node within 1, 2 and 3 hops of three seeded sources, with its distance
    (NetworkX's single_source_shortest_path_length with a cutoff): both ways, and for a
    directed graph out along and in against the arrows."""
    sources = [u for u, _ in _pairs(fx, U, ids, 3, "neighborhood")]
    views = [("both", U)]
    if D is not None:
        views += [("out", D), ("in", D.reverse(copy=False))]
    rows = []
    for source in sources:
        for direction, G in views:
            for depth in (1, 2, 3):
                found = nx.single_source_shortest_path_length(G, source, cutoff=depth)
                rows.append({"from": source, "direction": direction, "depth": depth,
                             "distances": {n: found[n] for n in sorted(found)}})
    return rows


def shortest_paths(fx, U, D, ids, weighted: bool) -> dict:
    pairs = _pairs(fx, U, ids, 10, "shortest")
    variants = [("shortest_paths", U, None)]
    if weighted:
        variants.append(("shortest_paths_weighted", U, "distance"))
    if D is not None:
        variants.append(("shortest_paths_directed", D, None))
        if weighted:
            variants.append(("shortest_paths_directed_weighted", D, "distance"))
    m = {}
    for name, G, w in variants:
        rows = []
        for u, v in pairs:
            if nx.has_path(G, u, v):
                length = nx.shortest_path_length(G, u, v, weight=w)
                count = sum(1 for _ in nx.all_shortest_paths(G, u, v, weight=w))
                rows.append({"from": u, "to": v, "length": length if w is None else fl(length), "count": count})
            else:
                rows.append({"from": u, "to": v, "length": None, "count": 0})
        m[name] = rows
    if fx.name == "disconnected":
        assert any(r["length"] is None for r in m["shortest_paths"]), "need an unreachable pair"
    k_pairs = _pairs(fx, U, ids, 3, "k-shortest")
    m["k_shortest_paths"] = [
        {"from": u, "to": v, "lengths": [len(p) - 1 for p in itertools.islice(nx.shortest_simple_paths(U, u, v), 5)]}
        for u, v in k_pairs
    ]
    m["neighborhoods"] = neighborhoods(fx, U, D, ids)
    s_pairs = _pairs(fx, U, ids, 3, "simple")
    m["simple_paths"] = [
        {"from": u, "to": v, "cutoff": 4, "count": sum(1 for _ in nx.all_simple_paths(U, u, v, cutoff=4))}
        for u, v in s_pairs
    ]
    return m


def _steiner_optimum(G, terminals: list[str]) -> float:
    """The exact minimum Steiner tree weight (Dreyfus-Wagner) with edge weight `weight`."""
    nodes = list(G.nodes)
    pos = {v: k for k, v in enumerate(nodes)}
    n, k = len(nodes), len(terminals)
    dist = np.full((n, n), np.inf)
    for v, lengths in nx.all_pairs_dijkstra_path_length(G, weight="weight"):
        for u, d in lengths.items():
            dist[pos[v], pos[u]] = d
    full = (1 << k) - 1
    dp = np.full((1 << k, n), np.inf)
    for t, term in enumerate(terminals):
        dp[1 << t] = dist[pos[term]]
    for S in range(1, full + 1):
        if S & (S - 1) == 0:
            continue
        g = np.full(n, np.inf)
        sub = (S - 1) & S
        while sub:
            if sub < (S ^ sub):  # each split once
                g = np.minimum(g, dp[sub] + dp[S ^ sub])
            sub = (sub - 1) & S
        dp[S] = np.min(g[:, None] + dist, axis=0)
    return float(dp[full, pos[terminals[0]]])


def steiner(fx, U, ids, weighted: bool) -> list[dict]:
    index = {i: k for k, i in enumerate(ids)}
    H = without_self_loops(U)
    largest = ordered_components(nx.connected_components(H), index)[0]
    # NetworkX's Kou implementation computes its second spanning tree with the attribute named
    # "weight" whatever `weight` says, so the component is copied with weight = distance.
    C = nx.Graph()
    C.add_nodes_from(largest)
    for u, v, d in H.subgraph(largest).edges(data=True):
        C.add_edge(u, v, weight=d["distance"])
    rng = random.Random(f"crimegraph/{fx.name}/steiner/v1")
    out = []
    for size in (3, 5):
        terminals = sorted(rng.sample(largest, min(size, len(largest))), key=index.__getitem__)
        entry = {"terminals": terminals, "weight": "distance" if weighted else "none"}
        for method in ("kou", "mehlhorn"):
            T = nx.algorithms.approximation.steiner_tree(C, terminals, weight="weight", method=method)
            total = sum(d["weight"] for _, _, d in sorted(T.edges(data=True), key=lambda e: (index[e[0]], index[e[1]])))
            entry[method] = {
                "weight": fl(total) if weighted else int(total),
                "edges": T.number_of_edges(),
                "nodes": sorted(T.nodes, key=index.__getitem__),
            }
        opt = _steiner_optimum(C, terminals)
        entry["optimum"] = fl(opt) if weighted else int(opt)
        for method in ("kou", "mehlhorn"):
            assert entry[method]["weight"] >= opt - 1e-9 and entry[method]["weight"] <= 2 * opt + 1e-9
        out.append(entry)
    return out


# --------------------------------------------------------------------------------------------
# Brokerage (Gould-Fernandez): the adjacency handed to R, and an independent count to check it


def brokerage_input(fx, U, D, ids) -> tuple[np.ndarray, list[str]]:
    G = D if D is not None else U.to_directed()  # undirected: every edge both ways
    A = nx.to_numpy_array(G, nodelist=ids, weight=None, dtype=int)
    np.fill_diagonal(A, 0)
    A = (A > 0).astype(int)
    groups = [str(e["properties"][fx.brokerage_group]) for e in fx.entities]
    return A, groups


ROLES = ["coordinator", "itinerant", "representative", "gatekeeper", "liaison"]  # sna column order


def brokerage_python(A: list[list[int]], groups: list[str]) -> list[list[int]]:
    """Count, for each broker j, the ordered two-paths i -> j -> k (i, j, k distinct) with no arc
    i -> k, by the groups of i, j, k (Gould & Fernandez 1989)."""
    n = len(groups)
    counts = [[0] * 5 for _ in range(n)]
    for j in range(n):
        for i in range(n):
            if i == j or not A[i][j]:
                continue
            for k in range(n):
                if k == i or k == j or not A[j][k] or A[i][k]:
                    continue
                gi, gj, gk = groups[i], groups[j], groups[k]
                if gi == gj == gk:
                    role = 0  # coordinator  A -> A -> A
                elif gi == gk:
                    role = 1  # itinerant    A -> B -> A
                elif gi == gj:
                    role = 2  # representative A -> A -> B
                elif gj == gk:
                    role = 3  # gatekeeper   A -> B -> B
                else:
                    role = 4  # liaison      A -> B -> C
                counts[j][role] += 1
    return counts


def brokerage_reference(fx, ids, groups, raw: list[list[float]]) -> dict:
    nodes = {}
    for i, g, row in zip(ids, groups, raw):
        entry = {role: int(row[c]) for c, role in enumerate(ROLES)}
        entry["total"] = int(row[5])
        entry["group"] = g
        nodes[i] = entry
    return {"group_property": fx.brokerage_group, "nodes": nodes}


# --------------------------------------------------------------------------------------------
# Projection (two-mode)


def projection(fx, U) -> dict:
    index = {i: k for k, i in enumerate(fx.ids)}
    women, events = fx.bipartite
    out = {}
    for label, side in (("women", women), ("events", events)):
        entry = {}
        for kind, fn in (("weighted", nx.bipartite.weighted_projected_graph),
                         ("collaboration", nx.bipartite.collaboration_weighted_projected_graph)):
            P = fn(U, side)
            rows = []
            for u, v, d in P.edges(data=True):
                if index[u] > index[v]:
                    u, v = v, u
                w = d["weight"]
                rows.append({"from": u, "to": v, "weight": int(w) if kind == "weighted" else fl(w)})
            rows.sort(key=lambda r: (index[r["from"]], index[r["to"]]))
            entry[kind] = rows
        out[label] = entry
    return out


# --------------------------------------------------------------------------------------------
# Disruption


def fragmentation(U, ids, betweenness: dict) -> list[dict]:
    index = {i: k for k, i in enumerate(ids)}
    ranked = sorted(ids, key=lambda i: (-tie_key(betweenness[i]), index[i]))
    out = []
    for k in (0, 1, 3, 5):
        removed = ranked[:k]
        H = U.subgraph([i for i in ids if i not in set(removed)])
        sizes = [len(c) for c in nx.connected_components(H)]
        n = H.number_of_nodes()
        F = 1.0 - sum(s * (s - 1) for s in sizes) / (n * (n - 1))
        out.append({
            "removed": removed,
            "fragmentation": fl(F),
            "components": len(sizes),
            "largest": max(sizes),
        })
    return out


def near_ties(G, weight: str) -> int:
    """How many (source, arc) comparisons d(s,v) + w(v,x) == d(s,x) of a weighted shortest-path
    search fail only by rounding (relative difference below 1e-12): such a pair is a tie in exact
    arithmetic that NetworkX's exact float comparison does not see. Zero means the weighted
    path-count measures do not depend on how the sums are rounded."""
    count = 0
    for s in G:
        dist = nx.single_source_dijkstra_path_length(G, s, weight=weight)
        for v, dv in dist.items():
            for x, data in G[v].items():
                if x in dist:
                    candidate = dv + data[weight]
                    if candidate != dist[x] and abs(candidate - dist[x]) <= 1e-12 * dist[x]:
                        count += 1
    return count


# --------------------------------------------------------------------------------------------
# Cross-checks with igraph


def igraph_checks(U, D, ids, weighted: bool, ref: dict, checks: Checks) -> None:
    import igraph as ig

    if nx.number_of_selfloops(U):
        return  # self-loop conventions differ between the libraries; nothing to compare
    pos = {i: k for k, i in enumerate(ids)}
    n = len(ids)

    def to_ig(G):
        g = ig.Graph(n=n, edges=[(pos[u], pos[v]) for u, v in G.edges()], directed=G.is_directed())
        g.es["distance"] = [d["distance"] for _, _, d in G.edges(data=True)]
        g.es["strength"] = [d["strength"] for _, _, d in G.edges(data=True)]
        return g

    def compare(what, ours: dict, theirs, limit=1e-11):
        checks.record(what, max(abs(ours[i] - theirs[pos[i]]) / max(1.0, abs(ours[i])) for i in ids), limit)

    variants = [("", U, None)]
    if D is not None:
        variants.append(("_directed", D, None))
    if weighted:
        variants.append(("_weighted", U, "distance"))
        if D is not None:
            variants.append(("_directed_weighted", D, "distance"))
    for suffix, G, w in variants:
        g = to_ig(G)
        bw = g.betweenness(directed=G.is_directed(), weights=w)
        scale = 1 / ((n - 1) * (n - 2)) if G.is_directed() else 2 / ((n - 1) * (n - 2))
        compare("igraph betweenness" + suffix, ref["betweenness" + suffix], [b * scale for b in bw])
        hc = g.harmonic_centrality(mode="in", weights=w, normalized=False)
        compare("igraph harmonic" + suffix, ref["harmonic" + suffix], hc)
    gu = to_ig(U)
    compare("igraph coreness", ref["core_number"], gu.coreness())
    main = D if D is not None else U
    gm = to_ig(main)
    compare("igraph pagerank", ref["pagerank"], gm.pagerank(damping=0.85, directed=main.is_directed()), 1e-10)
    if weighted:
        compare("igraph pagerank weighted", ref["pagerank_weighted"],
                gm.pagerank(damping=0.85, directed=main.is_directed(), weights="strength"), 1e-10)
    assert sorted(ids[k] for k in gu.articulation_points()) == sorted(ref["articulation_points"])
