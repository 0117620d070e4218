MATCH (a)
RETURN a, count(*)
ORDER BY count(*)