#!/usr/bin/env python3
"""Reads a GraphML or GEXF file that CrimeGraph wrote with NetworkX (and GraphML also with
igraph) and checks it against what CrimeGraph meant to write.

Usage: check_networkx.py FILE EXPECTED.json

EXPECTED.json: {"directed": bool,
                "nodes": {id: {attribute: value, ...}},
                "edges": [[source, target, id, {attribute: value, ...}], ...]}
Only the attributes listed are compared; NetworkX may show more (GEXF's viz, start, end).
Prints one line per problem and exits 1 if there is any; prints a summary otherwise.
"""
import json
import math
import sys

import networkx as nx


def same(a, b):
    if isinstance(b, float) or isinstance(a, float):
        try:
            return math.isclose(float(a), float(b), rel_tol=0, abs_tol=0) or float(a) == float(b)
        except (TypeError, ValueError):
            return False
    if isinstance(b, bool) or isinstance(a, bool):
        return a is b or a == b and type(a) is type(b)
    return a == b and type(a) is type(b)


def main():
    path, expected_path = sys.argv[1], sys.argv[2]
    with open(expected_path, encoding="utf-8") as handle:
        expected = json.load(handle)
    problems = []
    if path.endswith(".gexf"):
        graph = nx.read_gexf(path)
    else:
        graph = nx.read_graphml(path)
    if graph.is_directed() != expected["directed"]:
        problems.append(f"directed: NetworkX says {graph.is_directed()}, expected {expected['directed']}")
    if graph.number_of_nodes() != len(expected["nodes"]):
        problems.append(f"nodes: NetworkX reads {graph.number_of_nodes()}, expected {len(expected['nodes'])}")
    if graph.number_of_edges() != len(expected["edges"]):
        problems.append(f"edges: NetworkX reads {graph.number_of_edges()}, expected {len(expected['edges'])}")
    for node, attributes in expected["nodes"].items():
        if node not in graph:
            problems.append(f"node {node!r} missing")
            continue
        data = graph.nodes[node]
        for key, value in attributes.items():
            if key not in data:
                problems.append(f"node {node!r}: attribute {key!r} missing")
            elif not same(data[key], value):
                problems.append(f"node {node!r}: {key} = {data[key]!r}, expected {value!r}")
    multi = graph.is_multigraph()
    for source, target, key, attributes in expected["edges"]:
        if multi:
            found = graph.get_edge_data(source, target, key=key)
        else:
            found = graph.get_edge_data(source, target)
        if found is None:
            problems.append(f"edge {source!r} -> {target!r} ({key!r}) missing")
            continue
        for name, value in attributes.items():
            if name not in found:
                problems.append(f"edge {key!r}: attribute {name!r} missing")
            elif not same(found[name], value):
                problems.append(f"edge {key!r}: {name} = {found[name]!r}, expected {value!r}")
    if path.endswith(".graphml"):
        import igraph

        other = igraph.Graph.Read_GraphML(path)
        if other.vcount() != len(expected["nodes"]) or other.ecount() != len(expected["edges"]):
            problems.append(f"igraph reads {other.vcount()} nodes and {other.ecount()} edges")
        if other.is_directed() != expected["directed"]:
            problems.append(f"igraph: directed = {other.is_directed()}")
        ids = other.vs["id"]
        for vertex, node in zip(other.vs, ids):
            for key, value in expected["nodes"].get(node, {}).items():
                if key in other.vs.attributes() and isinstance(value, str) and vertex[key] != value:
                    problems.append(f"igraph: node {node!r}: {key} = {vertex[key]!r}, expected {value!r}")
    for problem in problems:
        print(problem)
    if problems:
        sys.exit(1)
    print(f"ok: {graph.number_of_nodes()} nodes, {graph.number_of_edges()} edges")


if __name__ == "__main__":
    main()
