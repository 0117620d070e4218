MATCH (n)
RETURN percentileDisc(n.price, $percentile) AS p