#!/bin/sh
# Explore a case: check it, summarize it, look at one official, and ask how the Prime Minister's
# order reaches a raided company. Run from the repository root; CRIMEGRAPH names the binary.
set -e
cg=${CRIMEGRAPH:-crimegraph}
case_file=Graphs/sihanoukville-2022.yaml

$cg validate "$case_file" --no-warnings
$cg entities "$case_file" --kind agency
$cg show "$case_file" "Keo Vanthan"
$cg path "$case_file" "Hun Sen" "Jing Chhay Technology"
