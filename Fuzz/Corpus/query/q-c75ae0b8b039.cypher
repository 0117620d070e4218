UNWIND [1.5, 1.3, 999.99] AS floats
WITH floats
ORDER BY floats DESC
LIMIT 2
RETURN floats