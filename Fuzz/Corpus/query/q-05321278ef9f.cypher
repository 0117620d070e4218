MATCH (person:Person)
MERGE (city:City {name: person.bornIn})