#!/usr/bin/env python3
"""Makes FollowTheMoney entities with the followthemoney library, for CrimeGraph to read:
people, a company, an organization, a public body, an address, an event, and edges
(Ownership, Directorship, Membership, Employment, Family, Associate, UnknownLink,
Representation) with dates. Writes entities.ftm.json and expected.json.

Usage: make_ftm_entities.py OUTDIR
"""
import json
import os
import sys

from followthemoney import model


def make(schema, key, **properties):
    entity = model.make_entity(schema)
    entity.id = key
    for name, values in properties.items():
        entity.add(name, values)
    return entity


def main():
    out = sys.argv[1]
    os.makedirs(out, exist_ok=True)
    entities = [
        make("Person", "p-hun-sen", name=["Hun Sen", "Samdech Hun Sen"], alias="Prime Minister", nationality="kh",
             topics="role.pep", birthDate="1952-08-05"),
        make("Person", "p-wang", name="Wang Wentian", nationality="cn", country="kh"),
        make("Person", "p-keo", name="Keo Vanthan"),
        make("Company", "c-galaxy", name="Galaxy World", jurisdiction="kh", registrationNumber="00012345",
             addressEntity="a-sihanoukville"),
        make("Organization", "o-gang", name="Example Syndicate", keywords="organized-crime"),
        make("PublicBody", "g-gdi", name="General Department of Immigration", country="kh"),
        make("LegalEntity", "l-holding", name="Holding Ltd"),
        make("Address", "a-sihanoukville", full="Sihanoukville, Cambodia", country="kh"),
        make("Event", "e-raid", name="Raid on Galaxy World", startDate="2022-09-19", endDate="2022-09-22",
             involved="c-galaxy", organizer="g-gdi"),
        make("Ownership", "own-1", owner="l-holding", asset="c-galaxy", percentage="51", startDate="2019"),
        make("Directorship", "dir-1", director="p-keo", organization="c-galaxy", role="Director", startDate="2020-01"),
        make("Membership", "mem-1", member="p-keo", organization="o-gang"),
        make("Employment", "emp-1", employee="p-keo", employer="g-gdi", role="Deputy director-general"),
        make("Family", "fam-1", person="p-hun-sen", relative="p-keo", relationship="cousin"),
        make("Associate", "ass-1", person="p-wang", associate="p-hun-sen"),
        make("UnknownLink", "unk-1", subject="o-gang", object="c-galaxy"),
        make("Representation", "rep-1", agent="p-wang", client="l-holding", date="2022-09-27"),
    ]
    with open(os.path.join(out, "entities.ftm.json"), "w", encoding="utf-8") as handle:
        for entity in entities:
            handle.write(json.dumps(entity.to_dict(), ensure_ascii=False, sort_keys=True) + "\n")
    expected = {
        "entities": {e.id: {"schema": e.schema.name, "name": e.first("name") or e.first("full")} for e in entities
                     if not e.schema.edge},
        "edges": {e.id: {"schema": e.schema.name, "source": e.first(e.schema.edge_source),
                         "target": e.first(e.schema.edge_target)} for e in entities if e.schema.edge},
    }
    with open(os.path.join(out, "expected.json"), "w", encoding="utf-8") as handle:
        json.dump(expected, handle, ensure_ascii=False, indent=1, sort_keys=True)
        handle.write("\n")


if __name__ == "__main__":
    main()
