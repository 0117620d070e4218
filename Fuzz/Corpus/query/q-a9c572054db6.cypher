MATCH (n:N)
WITH n, n.num AS num
DELETE n
WITH sum(num) AS sum
RETURN sum