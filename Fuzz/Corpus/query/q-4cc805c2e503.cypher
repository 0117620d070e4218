MATCH ()-[rel:X]-(a)
WHERE a.name = 'Andres'
RETURN a