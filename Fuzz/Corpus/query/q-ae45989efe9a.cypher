MATCH (n) WHERE exists {
MATCH (m) WHERE exists {
(n)-[]->(m) WHERE n.prop = m.prop
}
RETURN true
}
RETURN n