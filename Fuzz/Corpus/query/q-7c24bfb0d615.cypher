UNWIND [1.0, 2.0, 0.5, null] AS x
RETURN max(x)