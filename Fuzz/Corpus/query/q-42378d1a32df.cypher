MATCH p = (b)<--(a)
RETURN p