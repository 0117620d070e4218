MATCH (a), (b)
MERGE (a)-[NO_COLON]->(b)