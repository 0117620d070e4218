WITH localdatetime(<map>) AS x, localdatetime(<map2>) AS d
RETURN x > d, x < d, x >= d, x <= d, x = d