MATCH (a:A)
WITH a
MATCH (a)-->(b)
RETURN *