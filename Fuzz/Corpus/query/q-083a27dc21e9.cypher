MATCH (a:A)
WITH a.num2 % 3 AS mod, sum(a.num + a.num2) AS sum
ORDER BY sum(a.num + a.num2)
LIMIT 2
RETURN mod, sum