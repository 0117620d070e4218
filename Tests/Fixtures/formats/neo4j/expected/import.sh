#!/bin/sh
# Imports this CrimeGraph export into a new Neo4j 5 database (stop the database first).
# Usage: sh import.sh [DATABASE]   (run from this folder)
set -e
cd "$(dirname "$0")"
neo4j-admin database import full --overwrite-destination --id-type=string \
  --nodes=nodes.csv --nodes=sources.csv --relationships=relationships.csv \
  --array-delimiter='|' --multiline-fields=true "${1:-neo4j}"
