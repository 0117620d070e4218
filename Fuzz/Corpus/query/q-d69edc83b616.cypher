MATCH ()-[r:R]->()
REMOVE r.num
RETURN r
SKIP 1