CREATE (a), (b)
MERGE (a)-->(b)