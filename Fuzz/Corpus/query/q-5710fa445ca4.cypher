MATCH (a)
WITH a
ORDER BY a.num % 2 <dir1>, a.num, a.text <dir2>
LIMIT 1
RETURN a