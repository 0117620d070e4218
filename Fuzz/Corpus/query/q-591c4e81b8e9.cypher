MATCH ()
RETURN count(*) * 10 AS c