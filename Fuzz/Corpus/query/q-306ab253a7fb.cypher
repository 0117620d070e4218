MATCH p = (n)<-->(k)<--(n)
RETURN p