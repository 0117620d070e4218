#!/usr/bin/env python3
"""Writes graphs with the reference tools' own writers, for CrimeGraph to read back:
NetworkX GraphML and GEXF (a multigraph with typed attributes and parallel edges) and igraph
GraphML, with expected.json saying what CrimeGraph should read.

Usage: make_reference_files.py OUTDIR
The committed copies in networkx/ were made with the versions pinned in requirements.txt.
"""
import json
import os
import sys

import igraph
import networkx as nx


def build():
    graph = nx.MultiDiGraph()
    graph.add_node("hun-sen", name="Hun Sen", kind="person", age=70, score=0.75, active=True)
    graph.add_node("gdi", name="General Department of Immigration", kind="agency")
    graph.add_node("王文天", name="王文天", kind="person", note="Chinese ambassador, \"Wang\" & <co>")
    graph.add_node("galaxy", name="Galaxy World", kind="company", note="ព្រះសីហនុ")
    graph.add_edge("hun-sen", "gdi", kind="ordered", weight=2.5, date="2022-09")
    graph.add_edge("gdi", "galaxy", kind="targeted", weight=1.0)
    graph.add_edge("gdi", "galaxy", kind="targeted", weight=3.0, note="second raid")
    graph.add_edge("王文天", "hun-sen", kind="communicated_with", count=3)
    return graph


def expected(graph):
    nodes = {}
    for node, data in graph.nodes(data=True):
        properties = {k: v for k, v in data.items() if k not in ("name", "kind")}
        nodes[node] = {"name": data.get("name", node), "kind": data.get("kind", "person"), "properties": properties}
    edges = []
    for source, target, data in graph.edges(data=True):
        properties = {k: v for k, v in data.items() if k not in ("kind", "weight", "date")}
        edges.append({"from": source, "to": target, "kind": data.get("kind"), "weight": data.get("weight"),
                      "date": data.get("date"), "properties": properties})
    return {"directed": True, "nodes": nodes, "edges": edges}


def main():
    out = sys.argv[1]
    os.makedirs(out, exist_ok=True)
    graph = build()
    nx.write_graphml(graph, os.path.join(out, "networkx.graphml"))
    nx.write_gexf(graph, os.path.join(out, "networkx.gexf"))
    other = igraph.Graph(directed=True)
    other.add_vertices(4)
    other.vs["name"] = ["a", "b", "c", "d"]
    other.vs["label"] = ["Alpha", "Beta", "Gamma", "Delta"]
    other.vs["kind"] = ["person", "person", "company", "location"]
    other.add_edges([(0, 1), (1, 2), (1, 2), (2, 3)])
    other.es["weight"] = [1.5, 2.0, 2.0, 4.0]
    other.es["kind"] = ["owns", "directs", "directs", "located_in"]
    other.write_graphml(os.path.join(out, "igraph.graphml"))
    with open(os.path.join(out, "expected.json"), "w", encoding="utf-8") as handle:
        json.dump(expected(graph), handle, ensure_ascii=False, indent=1, sort_keys=True)
        handle.write("\n")


if __name__ == "__main__":
    main()
