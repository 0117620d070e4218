MATCH (n) WHERE exists {
MATCH (n)-->(m)
SET m.prop='fail'
}
RETURN n