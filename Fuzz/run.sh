#!/usr/bin/env bash
# Builds CrimeGraph's libFuzzer targets and runs each for a bounded time (`make fuzz`).
#
#   Fuzz/run.sh [TARGET...]        every target when none is named
#
# Environment:
#   FUZZ_SECONDS=60                how long each target runs
#   FUZZ_SANITIZERS=fuzzer,address instrumentation; `fuzzer` alone runs about twice as fast
#   FUZZ_SCRATCH=Fuzz/.build       the build folder
#   FUZZ_FLAGS=                    extra libFuzzer flags, e.g. "-jobs=2 -workers=2"
#
# The committed corpus, Corpus/TARGET/, is then replaced by the smallest set of its inputs and
# the new ones that reaches every feature reached (libFuzzer's -merge=1). A crash, timeout, memory blow-up or leak is saved in Regressions/TARGET/ as
# crash-*, timeout-*, oom-* or leak-*: fix it, keep the file (the main test suite replays every
# file there), and commit both. Exits 1 when any target found a problem.
set -euo pipefail
cd "$(dirname "$0")"
# Swift's own crash backtracer and AddressSanitizer's reports get in each other's way.
export SWIFT_BACKTRACE=enable=no
seconds=${FUZZ_SECONDS:-60}
sanitizers=${FUZZ_SANITIZERS:-fuzzer,address}
scratch=${FUZZ_SCRATCH:-.build}
swift=${SWIFT:-swift}

if [ $# -gt 0 ]; then targets=("$@"); else targets=(casefile-yaml casefile-json csv matrix graphml gexf ftm dot query); fi

# The C code (libyaml, inside Yams) gets the same coverage instrumentation as the Swift code.
c_sanitizers=$(echo "$sanitizers" | sed 's/fuzzer/fuzzer-no-link/')
build_flags=(-c release --scratch-path "$scratch" -Xswiftc "-sanitize=$sanitizers" -Xcc "-fsanitize=$c_sanitizers")
echo "::: building the fuzz targets ($sanitizers)"
# A failed build must stop here, not fuzz the binaries an earlier build left behind.
build_log=$(mktemp)
"$swift" build "${build_flags[@]}" >"$build_log" 2>&1 || { cat "$build_log" >&2; echo "the fuzz build failed" >&2; exit 1; }
grep -E "error|warning: unre|Compiling fuzz|Build complete" "$build_log" || true
rm -f "$build_log"
bin=$("$swift" build "${build_flags[@]}" --show-bin-path)

found=()
for target in "${targets[@]}"; do
  executable="$bin/fuzz-$target"
  [ -x "$executable" ] || { echo "no such fuzz target: $target" >&2; exit 64; }
  mkdir -p "Corpus/$target" "Regressions/$target"
  fresh=$(mktemp -d)
  dictionary=()
  [ -f "Dictionaries/$target.dict" ] && dictionary=("-dict=Dictionaries/$target.dict")
  before=$(ls "Regressions/$target" | wc -l)
  echo "::: fuzzing $target for ${seconds}s ($(ls "Corpus/$target" | wc -l) corpus inputs)"
  status=0
  # Regressions first: each must still pass; then the corpus; new inputs go to $fresh.
  # shellcheck disable=SC2086
  "$executable" "$fresh" "Corpus/$target" "Regressions/$target" "${dictionary[@]}" \
    -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2560 -max_len=65536 -print_final_stats=1 \
    -artifact_prefix="Regressions/$target/" ${FUZZ_FLAGS:-} >"$fresh.log" 2>&1 || status=$?
  grep -E "^(stat::number_of_executed_units|stat::peak_rss_mb|Done|INFO: Loaded|#[0-9]+.*DONE)|ERROR|SUMMARY|Test unit written" "$fresh.log" || true
  # Keep the smallest set of inputs, old and new, that reaches everything reached so far.
  minimal=$(mktemp -d)
  if "$executable" -merge=1 "$minimal" "Corpus/$target" "$fresh" -max_len=65536 -timeout=10 >/dev/null 2>&1 \
    && [ -n "$(ls "$minimal")" ]; then
    rm -rf "Corpus/$target" && mkdir -p "Corpus/$target" && cp "$minimal"/* "Corpus/$target/"
  fi
  rm -rf "$fresh" "$minimal"
  after=$(ls "Regressions/$target" | wc -l)
  if [ "$status" -ne 0 ] || [ "$after" -gt "$before" ]; then
    echo "!!! $target: libFuzzer exited with $status; log: $fresh.log" >&2
    found+=("$target")
  else
    rm -f "$fresh.log"
  fi
done

if [ ${#found[@]} -gt 0 ]; then
  echo "problems found in: ${found[*]} (inputs saved under Fuzz/Regressions/)" >&2
  exit 1
fi
echo "::: no crash in ${targets[*]} (${seconds}s each)"
