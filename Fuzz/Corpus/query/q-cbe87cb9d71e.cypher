WITH 82.9 AS weight
RETURN toInteger(weight)