"""The fixture graphs: built-in NetworkX graphs, real criminal-network matrices, the Sihanoukville
case file and two synthetic graphs, each as a CrimeGraph case file (schema v1) plus the views
(undirected and directed simple graphs) CrimeGraph builds from it.

Nothing here depends on hash order or the clock: every graph is built in a fixed order and every
random choice comes from a `random.Random` seeded with a fixed string.
"""

from __future__ import annotations

import csv
import random
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

import networkx as nx
import yaml


@dataclass
class Fixture:
    """One fixture graph: a CrimeGraph case file and what the reference needs to know about it."""

    name: str
    title: str
    description: str | None
    directed: bool
    weight_meaning: str | None  # "strength", "distance", or None when unweighted
    entities: list[dict]  # {"id", "kind", "name", optional "properties"} in entity order
    relationships: list[dict]  # {"from", "kind", "to", optional "weight"} in file order
    sources: list[dict] = field(default_factory=list)
    write_graph: bool = True
    # Brokerage: the entity property holding the group, if brokerage is computed for this graph.
    brokerage_group: str | None = None
    # Davis: the two node sets of the two-mode network.
    bipartite: tuple[list[str], list[str]] | None = None
    # Entity properties whose values form a partition whose modularity is recorded (karate: club).
    named_partitions: list[str] = field(default_factory=list)
    # Ordered pairs that must appear among the shortest-path queries.
    required_pairs: list[tuple[str, str]] = field(default_factory=list)

    @property
    def ids(self) -> list[str]:
        return [e["id"] for e in self.entities]

    @property
    def weighted(self) -> bool:
        return self.weight_meaning is not None

    def case_file(self) -> dict:
        """The CrimeGraph case file (schema v1) as a JSON-ready dict."""
        doc: dict = {"schema_version": 1, "title": self.title}
        if self.description:
            doc["description"] = self.description
        doc["directed"] = self.directed
        if self.weight_meaning:
            doc["weight_meaning"] = self.weight_meaning
        doc["sources"] = self.sources
        doc["entities"] = self.entities
        doc["relationships"] = self.relationships
        return doc


# --------------------------------------------------------------------------------------------
# Ids


SLUG = re.compile(r"^[a-z0-9][a-z0-9._-]*$")


def slugify(name: str) -> str:
    """A case-file id for `name`: ASCII-folded, lower case, runs of other characters as '-'."""
    text = unicodedata.normalize("NFKD", str(name)).encode("ascii", "ignore").decode("ascii")
    text = re.sub(r"[^a-z0-9._-]+", "-", text.lower())
    text = re.sub(r"-{2,}", "-", text).strip("-.")
    text = re.sub(r"^[^a-z0-9]+", "", text)
    return text or "node"


def unique_ids(names: list) -> list[str]:
    """Slugs for `names`, made unique by appending -2, -3, … in order."""
    seen: set[str] = set()
    ids = []
    for name in names:
        base = slugify(name)
        candidate, k = base, 2
        while candidate in seen:
            candidate, k = f"{base}-{k}", k + 1
        seen.add(candidate)
        ids.append(candidate)
    for i in ids:
        assert SLUG.match(i), i
    return ids


# --------------------------------------------------------------------------------------------
# Views: the simple graphs CrimeGraph's measures run on


def _merge(meaning: str | None, old: float | None, new: float) -> float:
    if old is None:
        return new
    if meaning == "strength":
        return old + new
    if meaning == "distance":
        return min(old, new)
    return 1  # unweighted: a merged edge is still weight 1


def _attributes(meaning: str | None, weight: float) -> dict:
    if meaning == "strength":
        return {"strength": float(weight), "distance": 1.0 / weight}
    if meaning == "distance":
        return {"strength": 1.0 / weight, "distance": float(weight)}
    return {"strength": 1.0, "distance": 1.0}


def views(fx: Fixture) -> tuple[nx.Graph, nx.DiGraph | None]:
    """The undirected view (nx.Graph from every relationship, parallel relationships and both
    directions merged, self-loops kept) and, for directed files, the directed view (nx.DiGraph,
    parallel arcs merged). Each edge carries `strength` and `distance`: merged strength is the sum
    of strengths, merged distance the minimum distance; distance = 1/strength for strength weights,
    strength = 1/distance for distance weights, both 1 when unweighted. Nodes are added in entity
    order and edges in (tail index, head index) order."""
    index = {i: k for k, i in enumerate(fx.ids)}
    meaning = fx.weight_meaning
    undirected: dict[tuple[int, int], float] = {}
    directed: dict[tuple[int, int], float] = {}
    for r in fx.relationships:
        a, b = index[r["from"]], index[r["to"]]
        w = r.get("weight", 1)
        key = (min(a, b), max(a, b))
        undirected[key] = _merge(meaning, undirected.get(key), w)
        directed[(a, b)] = _merge(meaning, directed.get((a, b)), w)
    ids = fx.ids
    U = nx.Graph()
    U.add_nodes_from(ids)
    for (a, b) in sorted(undirected):
        U.add_edge(ids[a], ids[b], **_attributes(meaning, undirected[(a, b)]))
    if not fx.directed:
        return U, None
    D = nx.DiGraph()
    D.add_nodes_from(ids)
    for (a, b) in sorted(directed):
        D.add_edge(ids[a], ids[b], **_attributes(meaning, directed[(a, b)]))
    return U, D


# --------------------------------------------------------------------------------------------
# The graphs


def sihanoukville(repo: Path) -> Fixture:
    path = repo / "Graphs" / "sihanoukville-2022.yaml"
    with open(path, encoding="utf-8") as f:
        doc = yaml.safe_load(f)
    assert doc.get("directed", True) is True and "weight_meaning" not in doc
    entities = [{"id": e["id"], "kind": e["kind"], "name": e["name"]} for e in doc["entities"]]
    rels = [{"from": r["from"], "kind": r["kind"], "to": r["to"]} for r in doc["relationships"]]
    assert all("weight" not in r for r in doc["relationships"])
    return Fixture(
        name="sihanoukville",
        title=doc["title"],
        description=None,
        directed=True,
        weight_meaning=None,
        entities=entities,
        relationships=rels,
        write_graph=False,
        required_pairs=[("hun-sen", "jing-chhay-technology")],
    )


def florentine() -> Fixture:
    G = nx.florentine_families_graph()
    names = list(G.nodes)
    ids = unique_ids(names)
    to_id = dict(zip(names, ids))
    return Fixture(
        name="florentine",
        title="Florentine families: marriage ties (Padgett & Ansell 1993)",
        description=(
            "Marriage ties among fifteenth-century Florentine families, as in NetworkX's "
            "florentine_families_graph() (Padgett & Ansell, 'Robust action and the rise of the "
            "Medici, 1400-1434', American Journal of Sociology 98(6), 1993; data from Breiger & "
            "Pattison 1986). The isolated Pucci family is not included, as in NetworkX."
        ),
        directed=False,
        weight_meaning=None,
        entities=[{"id": to_id[n], "kind": "organization", "name": n} for n in names],
        relationships=[
            {"from": to_id[u], "kind": "family_of", "to": to_id[v]} for u, v in G.edges()
        ],
    )


def karate() -> Fixture:
    G = nx.karate_club_graph()
    nodes = list(G.nodes)

    def label(n: int) -> str:
        return {0: "Mr Hi", 33: "John A"}.get(n, f"Member {n + 1}")

    return Fixture(
        name="karate",
        title="Zachary's karate club (Zachary 1977)",
        description=(
            "Friendship ties among 34 members of a university karate club, as in NetworkX's "
            "karate_club_graph() (W. W. Zachary, 'An information flow model for conflict and "
            "fission in small groups', Journal of Anthropological Research 33(4), 452-473, 1977). "
            "Node k of NetworkX is entity nk, Zachary's member k+1; edge weights are not used. "
            "Property club: the faction each member joined after the split."
        ),
        directed=False,
        weight_meaning=None,
        entities=[
            {"id": f"n{n}", "kind": "person", "name": label(n),
             "properties": {"club": G.nodes[n]["club"]}}
            for n in nodes
        ],
        relationships=[
            {"from": f"n{u}", "kind": "associated_with", "to": f"n{v}"} for u, v in G.edges()
        ],
        brokerage_group="club",
        named_partitions=["club"],
    )


def les_miserables() -> Fixture:
    G = nx.les_miserables_graph()
    names = list(G.nodes)
    ids = unique_ids(names)
    to_id = dict(zip(names, ids))
    return Fixture(
        name="les-miserables",
        title="Les Miserables co-appearance network (Knuth 1993)",
        description=(
            "Characters of Victor Hugo's Les Miserables; a tie joins two characters who appear in "
            "the same chapter, its weight the number of such chapters. As in NetworkX's "
            "les_miserables_graph(), from D. E. Knuth, The Stanford GraphBase: A Platform for "
            "Combinatorial Computing, Addison-Wesley, 1993."
        ),
        directed=False,
        weight_meaning="strength",
        entities=[{"id": to_id[n], "kind": "person", "name": n} for n in names],
        relationships=[
            {"from": to_id[u], "kind": "associated_with", "to": to_id[v], "weight": int(d["weight"])}
            for u, v, d in G.edges(data=True)
        ],
    )


def read_matrix(path: Path) -> tuple[list[str], list[list[int]]]:
    """A label-bordered adjacency matrix CSV (first row and column are labels; UTF-8, maybe with a
    byte-order mark)."""
    with open(path, encoding="utf-8-sig", newline="") as f:
        rows = list(csv.reader(f))
    header = [c.strip() for c in rows[0][1:]]
    labels = [r[0].strip() for r in rows[1:]]
    if header != labels:
        raise SystemExit(f"{path}: row labels differ from column labels")
    cells = []
    for r in rows[1:]:
        values = [float(c) for c in r[1:]]
        if len(values) != len(labels) or any(v != int(v) or v < 0 for v in values):
            raise SystemExit(f"{path}: expected {len(labels)} non-negative integer cells per row")
        cells.append([int(v) for v in values])
    return labels, cells


def caviar(datasets: Path) -> Fixture:
    labels, cells = read_matrix(datasets / "morselli_caviar.csv")
    n = len(labels)
    assert any(cells[i][j] != cells[j][i] for i in range(n) for j in range(n)), "expected asymmetric"
    ids = [f"n{label}" for label in labels]
    assert len(set(ids)) == n
    rels = [
        {"from": ids[i], "kind": "communicated_with", "to": ids[j], "weight": cells[i][j]}
        for i in range(n) for j in range(n) if cells[i][j] > 0
    ]
    return Fixture(
        name="caviar",
        title="Project CAVIAR drug-trafficking network, Montreal 1994-96 (Morselli 2009)",
        description=(
            "Communications intercepted by the police during Project CAVIAR, from C. Morselli, "
            "Inside Criminal Networks, Springer, 2009 (matrix morselli_caviar.csv from "
            "mcmacdonald/criminal-networks, commit 39a2313, after the UCINET covert networks "
            "collection). Row i, column j "
            "of the matrix is read as the number of communications from participant i to "
            "participant j (rows are senders); each non-zero cell is one communicated_with "
            "relationship whose weight (strength) is that count. Property group: the participant "
            "number modulo 3, a fixed synthetic grouping for the brokerage test, not a fact of "
            "the case."
        ),
        directed=True,
        weight_meaning="strength",
        entities=[
            {"id": ids[k], "kind": "person", "name": f"N{labels[k]}",
             "properties": {"group": f"m{int(labels[k]) % 3}"}}
            for k in range(n)
        ],
        relationships=rels,
        brokerage_group="group",
    )


def siren(datasets: Path) -> Fixture:
    labels, cells = read_matrix(datasets / "morselli_siren.csv")
    n = len(labels)
    symmetric = all(cells[i][j] == cells[j][i] for i in range(n) for j in range(n))
    binary = all(c in (0, 1) for row in cells for c in row)
    ids = [f"n{label}" for label in labels]
    rels = []
    for i in range(n):
        for j in range(n):
            if cells[i][j] > 0 and (not symmetric or i <= j):
                rel = {"from": ids[i], "kind": "associated_with", "to": ids[j]}
                if not binary:
                    rel["weight"] = cells[i][j]
                rels.append(rel)
    return Fixture(
        name="siren",
        title="Siren auto-theft ring (Morselli 2009)",
        description=(
            "The Siren auto-theft ring, from C. Morselli, Inside Criminal Networks, Springer, 2009 "
            "(matrix morselli_siren.csv from mcmacdonald/criminal-networks, commit 39a2313, after "
            "the UCINET covert networks collection). The matrix is "
            + ("symmetric" if symmetric else "asymmetric")
            + " and "
            + ("binary" if binary else "weighted")
            + ", so the graph is "
            + ("undirected" if symmetric else "directed")
            + (" and unweighted" if binary else " and weighted")
            + ": one relationship per non-zero cell"
            + (" of the upper triangle." if symmetric else ".")
        ),
        directed=not symmetric,
        weight_meaning=None if binary else "strength",
        entities=[{"id": ids[k], "kind": "person", "name": f"N{labels[k]}"} for k in range(n)],
        relationships=rels,
    )


def directed_weighted() -> Fixture:
    """A seeded random directed graph: 40 nodes, 120 arcs (a random Hamiltonian cycle, so the
    graph is strongly connected, plus random arcs, 6 of them reciprocal), distance weights 1-9,
    groups a/b/c."""
    rng = random.Random("crimegraph/directed-weighted/v1")
    n, arcs_wanted, reciprocal = 40, 120, 6
    ids = [f"v{k:02d}" for k in range(n)]
    order = list(range(n))
    rng.shuffle(order)
    arcs: list[tuple[int, int]] = [(order[k], order[(k + 1) % n]) for k in range(n)]
    present = set(arcs)
    while len(arcs) < arcs_wanted - reciprocal:
        a, b = rng.randrange(n), rng.randrange(n)
        if a == b or (a, b) in present or (b, a) in present:
            continue
        arcs.append((a, b))
        present.add((a, b))
    for a, b in rng.sample(arcs, reciprocal):
        arcs.append((b, a))
        present.add((b, a))
    assert len(present) == arcs_wanted
    weights = {arc: rng.randint(1, 9) for arc in arcs}
    groups = [rng.choice("abc") for _ in range(n)]
    assert set(groups) == {"a", "b", "c"}
    return Fixture(
        name="directed-weighted",
        title="Synthetic directed network with distance weights",
        description=(
            "A seeded random directed graph (random.Random('crimegraph/directed-weighted/v1')): a "
            "random Hamiltonian cycle over 40 nodes (so it is strongly connected) plus random "
            "arcs up to 114, then 6 reversed copies of random arcs (reciprocal pairs): 120 arcs, "
            "no parallel arcs, no self-loops. Weights are distances 1-9; property group is a, b "
            "or c."
        ),
        directed=True,
        weight_meaning="distance",
        entities=[
            {"id": ids[k], "kind": "person", "name": f"Node {k}", "properties": {"group": groups[k]}}
            for k in range(n)
        ],
        relationships=[
            {"from": ids[a], "kind": "communicated_with", "to": ids[b], "weight": weights[(a, b)]}
            for a, b in sorted(arcs)
        ],
        brokerage_group="group",
    )


def disconnected() -> Fixture:
    """A small undirected multigraph: three components of 7, 4 and 2 nodes, 3 isolated nodes,
    2 self-loops, 2 pairs of parallel relationships and one pair in opposite directions."""
    names = {
        "a": "Alpha", "b": "Bravo", "c": "Charlie", "d": "Delta", "e": "Echo", "f": "Foxtrot",
        "g": "Golf", "h": "Hotel", "i": "India", "j": "Juliett", "k": "Kilo", "l": "Lima",
        "m": "Mike", "n": "November", "o": "Oscar", "p": "Papa",
    }
    rels = [
        ("a", "associated_with", "b"),
        ("a", "family_of", "b"),  # parallel to the previous one (same from/to, other kind)
        ("b", "associated_with", "c"),
        ("c", "associated_with", "a"),
        ("b", "associated_with", "b"),  # self-loop
        ("c", "associated_with", "d"),  # bridge
        ("d", "associated_with", "e"),
        ("e", "communicated_with", "d"),  # the same pair in the other direction
        ("e", "associated_with", "f"),
        ("f", "associated_with", "d"),
        ("f", "associated_with", "g"),  # bridge to a leaf
        ("h", "associated_with", "i"),
        ("h", "communicated_with", "i"),  # parallel
        ("i", "associated_with", "j"),
        ("i", "associated_with", "k"),
        ("j", "associated_with", "j"),  # self-loop
        ("l", "associated_with", "m"),
    ]
    return Fixture(
        name="disconnected",
        title="Synthetic disconnected multigraph",
        description=(
            "Three components (a-g: a triangle a-b-c joined by the bridge c-d to a triangle d-e-f "
            "with the leaf g; h-k: a star around i; l-m), three isolated entities (n, o, p), "
            "self-loops on b and j, parallel relationships a->b (associated_with, family_of) and "
            "h->i (associated_with, communicated_with), and d->e with e->d."
        ),
        directed=False,
        weight_meaning=None,
        entities=[{"id": k, "kind": "person", "name": v} for k, v in names.items()],
        relationships=[{"from": a, "kind": kind, "to": b} for a, kind, b in rels],
        required_pairs=[("a", "h")],
    )


def davis() -> Fixture:
    G = nx.davis_southern_women_graph()
    women = list(G.graph["top"])
    events = list(G.graph["bottom"])
    nodes = list(G.nodes)
    assert nodes == women + events
    ids = unique_ids(nodes)
    to_id = dict(zip(nodes, ids))
    rels = []
    for w in women:  # women in node order, each woman's events in adjacency order
        for e in G[w]:
            rels.append({"from": to_id[w], "kind": "participated_in", "to": to_id[e]})
    return Fixture(
        name="davis",
        title="Davis Southern women: attendance at social events (Davis, Gardner & Gardner 1941)",
        description=(
            "Two-mode network: 18 women and the 14 social events each attended, as in NetworkX's "
            "davis_southern_women_graph() (A. Davis, B. B. Gardner, M. R. Gardner, Deep South, "
            "University of Chicago Press, 1941). Relationships run woman -> event."
        ),
        directed=True,
        weight_meaning=None,
        entities=[
            {"id": to_id[n], "kind": "person" if n in set(women) else "event", "name": n}
            for n in nodes
        ],
        relationships=rels,
        bipartite=([to_id[w] for w in women], [to_id[e] for e in events]),
    )


def all_fixtures(repo: Path, datasets: Path) -> list[Fixture]:
    return [
        sihanoukville(repo),
        florentine(),
        karate(),
        les_miserables(),
        caviar(datasets),
        siren(datasets),
        directed_weighted(),
        disconnected(),
        davis(),
    ]
