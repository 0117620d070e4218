MATCH (n)
RETURN count(DISTINCT {name: n.list}) AS count