MATCH <pattern>
RETURN p