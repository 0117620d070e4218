MATCH (a), (b)
WITH a, b
WHERE a = b
RETURN a, b