UNWIND [true, false] AS bools
RETURN bools
ORDER BY bools DESC