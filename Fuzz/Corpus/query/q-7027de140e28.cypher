WITH [1, 2, 3] AS list
RETURN list[-5..5] AS r