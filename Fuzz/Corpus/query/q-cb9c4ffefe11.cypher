MATCH (n {name: 'bar'})
RETURN n