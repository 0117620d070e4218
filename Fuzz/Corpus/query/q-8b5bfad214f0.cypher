WITH <other> AS other
RETURN datetime(<expression>) AS result