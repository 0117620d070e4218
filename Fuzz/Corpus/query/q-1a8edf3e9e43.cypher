WITH <exp> AS nonMap
RETURN nonMap.num