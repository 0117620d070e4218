MATCH (a)
WHERE count(a) > 10
RETURN a