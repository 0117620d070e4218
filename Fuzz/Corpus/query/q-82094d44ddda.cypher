RETURN true OR false = false AS a,
true OR (false = false) AS b,
(true OR false) = false AS c