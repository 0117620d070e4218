MATCH (n:N)
REMOVE n.name
WITH sum(n.num) AS sum
RETURN sum