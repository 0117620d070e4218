MATCH ()-[r]->()
RETURN r.num