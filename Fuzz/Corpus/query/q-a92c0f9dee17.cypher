MATCH (a)<--()<--(b)-->()-->(c)
WHERE a:A
RETURN c