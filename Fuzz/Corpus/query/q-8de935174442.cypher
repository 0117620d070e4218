MATCH (a)
WITH a, a.name AS name
WITH a, name
ORDER BY <sort>
LIMIT 3
RETURN a, name