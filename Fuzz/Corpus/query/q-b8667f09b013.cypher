MATCH (n:Single)
OPTIONAL MATCH (n)-[r]-(m)
WHERE m.num = 42
RETURN m