RETURN false = true IS NULL AS a,
false = (true IS NULL) AS b,
(false = true) IS NULL AS c