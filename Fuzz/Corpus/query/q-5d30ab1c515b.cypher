MATCH (n)
WITH n AS a
CREATE (a)-[:T]->()
RETURN a