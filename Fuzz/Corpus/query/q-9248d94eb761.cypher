UNWIND [1, 3, 2] AS ints
WITH ints
ORDER BY ints
LIMIT 2
RETURN ints