#!/bin/sh
# Ask questions in Cypher and read the case in time order.
set -e
cg=${CRIMEGRAPH:-crimegraph}
case_file=Graphs/sihanoukville-2022.yaml

$cg query "$case_file" 'MATCH (e:event)-[:found]->(n:nationality) RETURN e.name AS event, collect(n.name) AS nationalities ORDER BY event'
$cg timeline "$case_file" --kind event --between 2022-09-19 2022-09-30 --format csv
