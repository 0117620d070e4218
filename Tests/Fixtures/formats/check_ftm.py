#!/usr/bin/env python3
"""Checks FollowTheMoney JSON lines with the followthemoney library itself.

Usage: check_ftm.py FILE        every entity must have a known, concrete schema; every
                                property must belong to it (and not be a stub); every value
                                must survive followthemoney's cleaning; edges must name their
                                ends. Prints a JSON summary; exits 1 on any problem.
       check_ftm.py --schemata  prints every concrete schema as JSON: {name: [source, target]
                                for edges, null for nodes}, for CrimeGraph's mapping test.
"""
import json
import sys

from followthemoney import model


def schemata():
    result = {}
    for name, schema in sorted(model.schemata.items()):
        if schema.abstract:
            continue
        result[name] = [schema.edge_source, schema.edge_target] if schema.edge else None
    print(json.dumps(result, sort_keys=True))


def check(path):
    problems = []
    counts = {}
    with open(path, encoding="utf-8") as handle:
        for number, line in enumerate(handle, 1):
            if not line.strip():
                continue
            data = json.loads(line)
            schema = model.get(data.get("schema"))
            if schema is None or schema.abstract:
                problems.append(f"line {number}: schema {data.get('schema')!r} is not a concrete schema")
                continue
            proxy = model.get_proxy(data, cleaned=False)
            if not proxy.id:
                problems.append(f"line {number}: no id")
            for name, values in data.get("properties", {}).items():
                prop = schema.properties.get(name)
                if prop is None:
                    problems.append(f"line {number}: {schema.name} has no property {name!r}")
                    continue
                if prop.stub:
                    problems.append(f"line {number}: {schema.name}.{name} is a stub (reverse) property")
                kept = proxy.get(name)
                if len(kept) != len(set(values)):
                    problems.append(f"line {number}: {schema.name}.{name}: followthemoney kept {kept!r} of {values!r}")
            try:
                schema.validate(proxy.to_dict())
            except Exception as error:  # InvalidData with details
                problems.append(f"line {number}: {error}: {getattr(error, 'errors', '')}")
            if schema.edge:
                for end in (schema.edge_source, schema.edge_target):
                    if not proxy.get(end):
                        problems.append(f"line {number}: {schema.name} without {end}")
            counts[schema.name] = counts.get(schema.name, 0) + 1
    for problem in problems:
        print(problem)
    if problems:
        sys.exit(1)
    print(json.dumps({"entities": sum(counts.values()), "schemata": counts}, sort_keys=True))


if __name__ == "__main__":
    if sys.argv[1] == "--schemata":
        schemata()
    else:
        check(sys.argv[1])
