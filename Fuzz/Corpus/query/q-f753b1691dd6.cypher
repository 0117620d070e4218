UNWIND [1, 2, 3, 4, 5] AS x
CREATE (n:N {num: x})
WITH sum(n.num) AS sum
RETURN sum