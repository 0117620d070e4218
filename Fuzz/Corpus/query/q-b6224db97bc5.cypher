MATCH p = (n)-->(b)
RETURN coUnt( dIstInct p )