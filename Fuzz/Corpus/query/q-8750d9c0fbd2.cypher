MATCH (n) WHERE exists {
(n)-->(m) WHERE n.prop = m.prop
}
RETURN n