MATCH (n) WHERE exists {
(n)-[r]->() WHERE type(r) = 'NA'
}
RETURN n