MATCH (n) WHERE exists {
MATCH (m) WHERE exists {
MATCH (l) WHERE (l)<-[:R]-(n)-[:R]->(m) RETURN true
}
RETURN true
}
RETURN n