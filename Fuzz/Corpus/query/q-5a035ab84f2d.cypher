MATCH (a)
RETURN a.name