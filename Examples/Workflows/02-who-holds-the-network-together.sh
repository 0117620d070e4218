#!/bin/sh
# Who holds the CAVIAR trafficking network together (Morselli 2009)? Rank by betweenness, find the
# brokers, and see what removing the top three would do.
set -e
cg=${CRIMEGRAPH:-crimegraph}
network=Graphs/caviar.yaml

$cg rank "$network" --by betweenness --top 5
$cg rank "$network" --by degree --top 5
$cg brokers "$network" --group-by community --top 5
$cg disrupt "$network" --top 3 --by betweenness
$cg disrupt "$network" --top 3 --by betweenness --recompute
