CREATE (n:Foo)
CREATE (n {})-[:OWNS]->(:Dog)