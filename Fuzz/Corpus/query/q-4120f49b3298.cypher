MATCH (a)
WHERE a.name ENDS WITH ' '
RETURN a.name AS name