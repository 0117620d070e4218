MATCH (a)-[r:REL*2..2]->(b:End)
RETURN r