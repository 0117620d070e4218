CREATE (a)
WITH a
WITH *
CREATE (b)
CREATE (a)<-[:T]-(b)