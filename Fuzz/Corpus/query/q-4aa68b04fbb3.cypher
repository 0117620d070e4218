MERGE (a)
MERGE (b)
MERGE (a)-[r:FOO $param]->(b)
RETURN r