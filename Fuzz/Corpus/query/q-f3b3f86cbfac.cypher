MATCH ()-[r:R]->()
SET r.num = r.num + 1
RETURN sum(r.num) AS sum