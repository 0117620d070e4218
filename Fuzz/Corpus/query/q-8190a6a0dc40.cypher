MATCH ()-[r]->()
RETURN r