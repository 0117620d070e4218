MATCH (a)
RETURN count(DISTINCT a.name)