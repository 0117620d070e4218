UNWIND [[1], [2], [2, 1]] AS x
RETURN min(x)