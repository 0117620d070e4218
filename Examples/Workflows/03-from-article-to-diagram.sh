#!/bin/sh
# From a news article to a network diagram: validate the case written from the article, draw the
# neighbourhood of the immigration department, and check what was written.
set -e
cg=${CRIMEGRAPH:-crimegraph}
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT

$cg validate Graphs/sihanoukville-2022.yaml --no-warnings
$cg render Graphs/sihanoukville-2022.yaml -o "$out/gdi.svg" --focus "General Department of Immigration" --depth 1
$cg render Graphs/sihanoukville-2022.yaml -o "$out/gdi.dot" --focus "General Department of Immigration" --depth 1
grep -c 'class="node"' "$out/gdi.svg"
grep -c ' -> ' "$out/gdi.dot"
