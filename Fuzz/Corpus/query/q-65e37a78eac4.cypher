MATCH (n:TheLabel)
SET n.numbers = [1, 2, 3]
RETURN size(n.numbers)