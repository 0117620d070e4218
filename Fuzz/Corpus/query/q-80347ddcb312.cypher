MATCH (n:N)
SET n.num = 42
RETURN n.num AS num
SKIP 2 LIMIT 2