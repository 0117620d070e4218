CREATE (root),
(root)-[:LINK]->(root)