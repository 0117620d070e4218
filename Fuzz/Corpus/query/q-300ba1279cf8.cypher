MATCH ()-[r1]->()
WITH r1 AS r2
RETURN r2 AS rel